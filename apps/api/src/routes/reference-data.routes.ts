import { REFERENCE_SOURCES } from '@passerelles/domain';
import { latestSuccessfulImports, type Database } from '@passerelles/db';
import type { listDataSources } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';

/** Attribution as the licences require: producer, version, licence, and when we last imported each source. */
export function referenceDataHandlers(database: Database): { listDataSources: Handler<typeof listDataSources> } {
  return {
    async listDataSources() {
      const runs = await latestSuccessfulImports(database.db);
      const lastBySource = (id: string) => runs.find((r) => r.source === id || r.source.startsWith(`${id}-`));
      return {
        items: REFERENCE_SOURCES.map((s) => {
          const run = lastBySource(s.id);
          return {
            ...s,
            lastImport: run
              ? { file: run.file.split('/').pop() ?? run.file, fileVersion: run.fileVersion, finishedAt: run.finishedAt.toISOString(), accepted: run.accepted, rejected: run.rejected }
              : null,
          };
        }),
      };
    },
  };
}
