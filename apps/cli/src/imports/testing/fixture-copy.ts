import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed fixtures (small cuts of the real files), by source folder. */
export const fixturePath = (source: 'rome' | 'communes' | 'nomenclatures', ...parts: string[]) =>
  join(dirname(fileURLToPath(import.meta.url)), '..', source, 'fixtures', ...parts);

/**
 * A throw-away copy of a fixture folder, to break one file of it. Broken variants are made from the real
 * fixture at test time, so each test shows exactly which bytes are wrong.
 */
export function copyFixture(folder: string): { path: string; file(name: string): string; edit(name: string, change: (b: Buffer) => Buffer | string): void; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'passerelles-fixture-'));
  const path = join(root, 'data');
  cpSync(folder, path, { recursive: true });
  const file = (name: string) => join(path, name);
  return {
    path,
    file,
    edit(name, change) {
      writeFileSync(file(name), change(readFileSync(file(name))));
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Text helpers for the edits. */
export const lines = (b: Buffer) => b.toString('utf8').split('\n');
export const unlines = (l: string[]) => l.join('\n');
