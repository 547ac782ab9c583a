import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { importRuns } from '../schema/index';

export type NewImportRun = typeof importRuns.$inferInsert;
export type ImportRun = typeof importRuns.$inferSelect;

export async function recordImportRun(db: Db, run: NewImportRun): Promise<void> {
  await db.insert(importRuns).values(run);
}

export async function hasSucceededImport(db: Db, source: string): Promise<boolean> {
  const rows = await db
    .select({ id: importRuns.id })
    .from(importRuns)
    .where(and(eq(importRuns.source, source), eq(importRuns.status, 'succeeded')))
    .limit(1);
  return rows.length > 0;
}

/** The last successful run of each source: what the « À propos des données » page shows. */
export async function latestSuccessfulImports(db: Db): Promise<ImportRun[]> {
  const rows = await db.select().from(importRuns).where(eq(importRuns.status, 'succeeded')).orderBy(desc(importRuns.finishedAt));
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.source) ? false : (seen.add(r.source), true)));
}
