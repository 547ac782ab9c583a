import { stat } from 'node:fs/promises';

/** Sum of the sizes of the files a run will read (missing ones count 0: reading them reports the problem). */
export async function filesTotalBytes(paths: string[]): Promise<number> {
  const sizes = await Promise.all(paths.map((p) => stat(p).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

/** The newest modification date of the files (ISO date): the data date when the producer gives none inside. */
export async function latestModificationDate(paths: string[]): Promise<string | null> {
  const times = await Promise.all(paths.map((p) => stat(p).then((s) => s.mtimeMs, () => 0)));
  const newest = Math.max(0, ...times);
  return newest ? new Date(newest).toISOString().slice(0, 10) : null;
}
