import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratedPgliteImage } from '@passerelles/db';
import { PGLITE_IMAGE_ENV } from '@passerelles/db/testing';

/**
 * Once per run, before the test files: a migrated empty PGlite database, saved to a temporary file that every PGlite
 * test database then starts from (creating an embedded cluster takes seconds; loading a copy, well under one). The
 * workers inherit the variable naming the file; the file goes at the end of the run.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-pglite-image-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await (await migratedPgliteImage()).arrayBuffer()));
  process.env[PGLITE_IMAGE_ENV] = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
