import type { Database } from '@passerelles/db';

/** One rejected record: where it was, which field, and why. */
export interface Rejection {
  /** "line 12" for CSV, "FICHE #3 (RNCP1234)" for XML. */
  location: string;
  field?: string;
  reason: string;
}

export interface ImportReport {
  source: string;
  file: string;
  fileVersion: string | null;
  status: 'succeeded' | 'failed' | 'dry_run';
  accepted: number;
  updated: number;
  rejected: number;
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
