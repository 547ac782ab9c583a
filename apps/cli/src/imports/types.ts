import type { Database } from '@passerelles/db';

/** One rejected record: where it was, which field, and why. */
export interface Rejection {
  /** "line 12" for CSV, "FICHE #3 (RNCP1234)" for XML. */
  location: string;
  field?: string;
  reason: string;
}

/** What one run did to one table. */
export interface TableCounts {
  /** Valid records offered to the table. */
  accepted: number;
  inserted: number;
  /** Existing rows whose content changed. */
  updated: number;
  /** Rows the new file no longer has (link tables only). */
  removed: number;
}

export interface ImportReport {
  source: string;
  file: string;
  fileVersion: string | null;
  /** Date of the data (ISO), kept for attribution. */
  fileDate: string | null;
  status: 'succeeded' | 'failed' | 'dry_run';
  accepted: number;
  /** Rows changed or removed: 0 when the same files are imported again. */
  updated: number;
  rejected: number;
  tables: Record<string, TableCounts>;
  /** Informative counts (records skipped on purpose, values missing). */
  notes: Record<string, number>;
  rejections: Rejection[];
  /** Set when the whole run was refused (unreadable file, wrong format): nothing was written. */
  error?: string;
  durationMs: number;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Called as records are read; the CLI draws a progress bar from it on a terminal. */
  onProgress?: (done: number, total: number | null, unit: string) => void;
}

export interface ImportSource {
  name: string;
  description: string;
  run(database: Database, path: string, options: ImportOptions): Promise<ImportReport>;
}
