import type { Database } from '@passerelles/db';
import type { getHealth } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { HttpError } from '../http/http-error';

export function systemHandlers(database: Database, version: string): { getHealth: Handler<typeof getHealth> } {
  return {
    async getHealth() {
      try {
        await database.ping();
        const migrations = await database.migrationVersion();
        return { status: 'ok', database: { kind: database.kind, migrations }, version };
      } catch {
        throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'La base de données ne répond pas.');
      }
    },
  };
}
