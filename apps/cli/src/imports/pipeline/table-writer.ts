import { BULK_BATCH_SIZE, type Db, type WriteCounts } from '@passerelles/db';
import type { ImportContext } from './run-import';

/**
 * Buffers the valid records of one table and writes them in batches. Once anything has been rejected the run will
 * be rolled back, so writing stops (records are still counted): the database never sees rows that refer to a
 * rejected record, and the report is about the file, not about a constraint violation.
 */
export class TableWriter<R> {
  private buffer: R[] = [];

  constructor(
    private readonly context: ImportContext,
    private readonly table: string,
    private readonly write: (db: Db, rows: R[]) => Promise<WriteCounts>,
  ) {}

  async add(row: R): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= BULK_BATCH_SIZE) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.buffer;
    this.buffer = [];
    if (this.context.rejections.count > 0) {
      this.context.record(this.table, rows.length, { inserted: 0, updated: 0 });
      return;
    }
    const counts = rows.length ? await this.write(this.context.db, rows) : { inserted: 0, updated: 0 };
    this.context.record(this.table, rows.length, counts);
  }
}
