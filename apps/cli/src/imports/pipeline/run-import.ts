import { recordImportRun, type Database, type Db, type WriteCounts } from '@passerelles/db';
import type { ImportOptions, ImportReport, TableCounts } from '../types';
import { ImportFileError } from './import-file-error';
import { Progress } from './progress';
import { RejectionLog } from './rejection-log';

/** What a source's work gets: the transaction, and where to put rejections, counts and progress. */
export interface ImportContext {
  /** The transaction: everything written through it is committed together or not at all. */
  db: Db;
  rejections: RejectionLog;
  progress: Progress;
  /** Adds what a write did to the table's line of the report; `accepted` is the records offered. */
  record(table: string, accepted: number, counts: WriteCounts, removed?: number): void;
  /** An informative count for the report (records skipped on purpose, values missing…). */
  note(label: string, count: number): void;
  /**
   * A part of a record left out on purpose without failing the run (a certification's link to a métier the
   * database does not hold: the link goes, the certification stays). Reported as a rejection; no rollback.
   */
  leaveOut(location: string, reason: string, field?: string): void;
}

/** A run, once its files are found: what it will read, and the work to do in the transaction. */
export interface PreparedImport {
  fileVersion: string | null;
  /** Data date for attribution (ISO date) when the producer gives one, else the files' modification date. */
  fileDate: string | null;
  totalBytes: number;
  work(context: ImportContext): Promise<void>;
}

export interface ImportJob {
  source: string;
  /** The file or folder named in the report. */
  file: string;
  /** Finds the files and their version; throws ImportFileError when they are not there. */
  prepare(): Promise<PreparedImport>;
}

/** Thrown inside the transaction to roll it back on purpose. */
class Rollback extends Error {
  constructor(readonly status: 'failed' | 'dry_run') {
    super(status);
  }
}

/**
 * Runs one import all-or-nothing: the source's work runs in ONE transaction, which is committed only when no
 * record was rejected (parts left out through `leaveOut` do not count) and the run is not a dry run. A dry run therefore exercises every constraint of the real
 * write. The report is stored in import_runs (outside the transaction, so refused runs are recorded too).
 */
export async function runImport(database: Database, job: ImportJob, options: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date();
  const rejections = new RejectionLog();
  const leftOut = new RejectionLog();
  const tables: Record<string, TableCounts> = {};
  const notes: Record<string, number> = {};
  let status: ImportReport['status'] = 'succeeded';
  let error: string | undefined;
  let prepared: PreparedImport | null = null;

  try {
    prepared = await job.prepare();
    const { work } = prepared;
    const progress = new Progress(prepared.totalBytes, options.onProgress);
    await database.db.transaction(async (tx) => {
      const context: ImportContext = {
        db: tx as unknown as Db,
        rejections,
        progress,
        record(table, accepted, counts, removed = 0) {
          const line = (tables[table] ??= { accepted: 0, inserted: 0, updated: 0, removed: 0 });
          line.accepted += accepted;
          line.inserted += counts.inserted;
          line.updated += counts.updated;
          line.removed += removed;
        },
        note(label, count) {
          notes[label] = (notes[label] ?? 0) + count;
        },
        leaveOut(location, reason, field) {
          leftOut.add(location, reason, field);
        },
      };
      await work(context);
      if (rejections.count > 0) throw new Rollback('failed');
      if (options.dryRun) throw new Rollback('dry_run');
    });
  } catch (e) {
    if (e instanceof Rollback) {
      status = e.status;
      if (e.status === 'failed') error = `${rejections.count} enregistrement(s) rejeté(s) : rien n'a été écrit (import tout ou rien).`;
    } else {
      status = 'failed';
      error = e instanceof ImportFileError ? e.message : `erreur inattendue : ${(e as Error).message}`;
    }
  }

  if (leftOut.count) notes['liens ignorés (code inconnu de la base, fiche gardée)'] = leftOut.count;
  const totals = Object.values(tables);
  const report: ImportReport = {
    source: job.source,
    file: job.file,
    fileVersion: prepared?.fileVersion ?? null,
    fileDate: prepared?.fileDate ?? null,
    status,
    accepted: totals.reduce((n, t) => n + t.accepted, 0),
    updated: totals.reduce((n, t) => n + t.updated + t.removed, 0),
    rejected: rejections.count + leftOut.count,
    // Blocking rejections first: they are what the operator must fix.
    rejections: [...rejections.list, ...leftOut.list],
    tables,
    notes,
    ...(error ? { error } : {}),
    durationMs: Date.now() - startedAt.getTime(),
  };
  await recordImportRun(database.db, {
    source: report.source,
    file: report.file,
    fileVersion: report.fileVersion,
    status: report.status,
    accepted: report.accepted,
    updated: report.updated,
    rejected: report.rejected,
    report: { fileDate: report.fileDate, tables: report.tables, notes: report.notes, rejections: report.rejections, error: report.error ?? null },
    startedAt,
    finishedAt: new Date(),
  });
  return report;
}
