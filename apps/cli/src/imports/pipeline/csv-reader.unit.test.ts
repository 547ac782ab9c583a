import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv, type CsvFileSpec } from './csv-reader';
import { detectEncoding } from './encoding';
import { ImportFileError } from './import-file-error';

const dir = mkdtempSync(join(tmpdir(), 'csv-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: string | Buffer) => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
};

async function read(spec: Omit<CsvFileSpec<string>, 'columns'> & { columns?: string[] }) {
  const malformed: string[] = [];
  const rows: { line: number; values: Record<string, string> }[] = [];
  for await (const r of readCsv({ columns: ['code', 'libelle'], ...spec }, { onMalformed: (line, reason) => malformed.push(`${line}: ${reason}`) })) rows.push(r);
  return { rows, malformed };
}

async function refusal(spec: Omit<CsvFileSpec<string>, 'columns'> & { columns?: string[] }): Promise<string> {
  try {
    await read(spec);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    return (e as Error).message;
  }
  throw new Error('the file was not refused');
}

describe('readCsv', () => {
  it('reads quoted multi-line fields, blank lines and a BOM, keyed by column name in any order', async () => {
    const path = file('\uFEFF"libelle","code"\n"Une ligne\n\nsur trois","A1"\n\n"Avec « ""guillemets"" »","B2"\n');
    const { rows, malformed } = await read({ path });
    expect(malformed).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([
      { libelle: 'Une ligne\n\nsur trois', code: 'A1' },
      { libelle: 'Avec « "guillemets" »', code: 'B2' },
    ]);
    expect(rows[1]!.line).toBe(6);
  });

  it('names the missing and the extra columns', async () => {
    const message = await refusal({ path: file('code,intitule,en_trop\nA,b,c\n') });
    expect(message).toContain('colonnes manquantes : libelle');
    expect(message).toContain('colonnes en trop : intitule, en_trop');
  });

  it('reports a record with the wrong number of fields with its line, and goes on', async () => {
    const { rows, malformed } = await read({ path: file('code,libelle\nA,a\nB\nC,c,x\nD,d\n') });
    expect(rows.map((r) => r.values.code)).toEqual(['A', 'D']);
    expect(malformed).toEqual(['3: 1 champ(s) au lieu de 2', '4: 3 champ(s) au lieu de 2']);
  });

  it('refuses a file cut inside a quoted field, as truncated', async () => {
    expect(await refusal({ path: file('code,libelle\nA,"début de texte\nsans fin') })).toMatch(/guillemet ouvert jamais refermé — fichier tronqué/);
  });

  it('refuses an empty file and a header without rows', async () => {
    expect(await refusal({ path: file('') })).toMatch(/fichier vide \(0 octet\)/);
    expect(await refusal({ path: file('code,libelle\n') })).toMatch(/aucune ligne de données/);
    expect((await read({ path: file('code,libelle\n'), allowNoRows: true })).rows).toEqual([]);
  });

  it('reads a cp1252 file as cp1252', async () => {
    const { rows } = await read({ path: file(iconv.encode('code,libelle\nA,Jardinière paysagiste\n', 'win1252')) });
    expect(rows[0]!.values.libelle).toBe('Jardinière paysagiste');
  });

  it('stops at cp1252 bytes met after a UTF-8 beginning, with the line', async () => {
    const head = Buffer.from(`code,libelle\n${'A,évident\n'.repeat(30_000)}`);
    const path = file(Buffer.concat([head, iconv.encode('B,Jardinière\n', 'win1252')]));
    expect(await refusal({ path })).toMatch(/ligne 30002 : octets invalides en UTF-8/);
  });

  it('uses the delimiter given', async () => {
    const { rows } = await read({ path: file('code|libelle\n0111Z|Culture de céréales, riz\n'), delimiter: '|' });
    expect(rows[0]!.values).toEqual({ code: '0111Z', libelle: 'Culture de céréales, riz' });
  });
});

describe('detectEncoding', () => {
  it('tells UTF-8, cp1252 and a mix of both apart', () => {
    expect(detectEncoding(Buffer.from('Bûcheron'), 'f')).toBe('utf-8');
    expect(detectEncoding(iconv.encode('Bûcheron', 'win1252'), 'f')).toBe('windows-1252');
    const mixed = Buffer.concat([Buffer.from('Bûcheron '), iconv.encode('Jardinière', 'win1252')]);
    expect(() => detectEncoding(mixed, 'f.csv')).toThrow(/f\.csv : encodage mixte/);
  });
});
