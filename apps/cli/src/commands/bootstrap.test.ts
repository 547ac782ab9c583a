import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCampusProfile, getNetworkFigures, hasSucceededImport } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { bootstrapCommand } from './bootstrap';

let database: TestDatabase;
let empty: string;
const previous = process.env.DATA_DIR;

beforeAll(async () => {
  database = await createTestDatabase();
  empty = mkdtempSync(join(tmpdir(), 'passerelles-nodata-'));
});
afterAll(async () => {
  process.env.DATA_DIR = previous;
  rmSync(empty, { recursive: true, force: true });
  await database?.dispose();
});

describe('bootstrap without the reference data folder', () => {
  it('warns where the data should be, still seeds the demo campus, and tries again next time', async () => {
    process.env.DATA_DIR = empty;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await bootstrapCommand(database)).toBe(0);
      expect(warn.mock.calls.flat().join(' ')).toMatch(/DATA_DIR/);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
    expect(await getCampusProfile(database.db)).not.toBeNull();
    expect((await getNetworkFigures(database.db)).members).toBeGreaterThan(30);
    expect(await hasSucceededImport(database.db, 'rome')).toBe(false);
  });
});
