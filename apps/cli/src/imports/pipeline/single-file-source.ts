import { basename } from 'node:path';
import type { ImportSource } from '../types';
import { filesTotalBytes, latestModificationDate } from './file-facts';
import { runImport, type ImportContext } from './run-import';

export interface SingleFileSourceSpec {
  name: string;
  description: string;
  /** The producer's version, read from the file or fixed by the edition it handles; null when it gives none. */
  fileVersion?: (path: string) => Promise<string | null> | string | null;
  /** The data date; the file's modification date by default. */
  fileDate?: (path: string) => Promise<string | null> | string | null;
  work(context: ImportContext, path: string): Promise<void>;
}

/** A source that reads one file: the report names it, its size drives the progress bar. */
export function singleFileSource(spec: SingleFileSourceSpec): ImportSource {
  return {
    name: spec.name,
    description: spec.description,
    run: (database, path, options) =>
      runImport(
        database,
        {
          source: spec.name,
          file: basename(path),
          async prepare() {
            return {
              fileVersion: (await spec.fileVersion?.(path)) ?? null,
              fileDate: (await spec.fileDate?.(path)) ?? (await latestModificationDate([path])),
              totalBytes: await filesTotalBytes([path]),
              work: (context) => spec.work(context, path),
            };
          },
        },
        options,
      ),
  };
}
