import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapFiche } from './rncp-xml-mapping';
import { readRncpFiches, type RawFiche } from './rncp-xml-reader';
import { certificationFixture } from './testing/certification-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'rncp-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(path: string): Promise<RawFiche[]> {
  const fiches: RawFiche[] = [];
  for await (const f of readRncpFiches(path)) fiches.push(f);
  return fiches;
}

describe('RNCP XML streaming reader', () => {
  it('reads each FICHE with its blocs, certifiers and links, ignoring the nested fiches of correspondences', async () => {
    const fiches = await collect(certificationFixture('rncp', 'xml', 'export_fiches_RNCP_fixture.xml'));
    expect(fiches.map((f) => f.fields.get('NUMERO_FICHE'))).toEqual([['RNCP35809'], ['RNCP37488'], ['RNCP37674']]);
    const bts = mapFiche(fiches[0]!);
    if (!('draft' in bts)) throw new Error(JSON.stringify(bts));
    expect(bts.draft.certification).toMatchObject({ code: 'RNCP35809', register: 'RNCP', level: 5, type: 'BTS', isActive: true, validUntil: '2026-08-31 00:00:00' });
    expect(bts.draft.romeCodes).toEqual(['F1201', 'F1202']);
    expect(bts.draft.blocs?.map((b) => b.code)).toEqual(['RNCP35809BC01', 'RNCP35809BC02', 'RNCP35809BC03', 'RNCP35809BC04']);
    expect(bts.draft.blocs?.[0]?.skillList.length).toBeGreaterThan(3);
    expect(bts.draft.successions).toEqual([['RNCP35809', 'RNCP41827'], ['RNCP1020', 'RNCP35809']]);
  });

  it('reads only the direct children of FICHE: a NUMERO_FICHE deeper down is not the fiche number', async () => {
    const path = join(dir, 'nested.xml');
    writeFileSync(path, '<FICHES><FICHE><NUMERO_FICHE>RNCP1</NUMERO_FICHE><CORRESPONDANCES><CORRESPONDANCE><NUMERO_FICHE>RNCP2</NUMERO_FICHE></CORRESPONDANCE></CORRESPONDANCES><ACTIF>Oui</ACTIF></FICHE></FICHES>');
    const [fiche] = await collect(path);
    expect(fiche?.fields.get('NUMERO_FICHE')).toEqual(['RNCP1']);
    expect(fiche?.fields.get('ACTIF')).toEqual(['Oui']);
  });

  it('refuses a truncated file, a wrong root and a file without fiches with a clear message', async () => {
    writeFileSync(join(dir, 't.xml'), '<FICHES><FICHE><NUMERO_FICHE>RNCP1</NUMERO_FICHE>');
    await expect(collect(join(dir, 't.xml'))).rejects.toThrow(/XML incomplet \(fichier tronqué \?\)/);
    writeFileSync(join(dir, 'r.xml'), '<LHEO></LHEO>');
    await expect(collect(join(dir, 'r.xml'))).rejects.toThrow(/élément racine <LHEO>, <FICHES> attendu/);
    writeFileSync(join(dir, 'n.xml'), '<FICHES><VERSION_FLUX>4.1</VERSION_FLUX></FICHES>');
    await expect(collect(join(dir, 'n.xml'))).rejects.toThrow(/aucune <FICHE>/);
  });

  it('refuses cp1252 bytes in a UTF-8 file, naming the line, and reads a file that declares ISO-8859-1', async () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<FICHES>\n<FICHE><INTITULE>Caf\xe9</INTITULE></FICHE></FICHES>', 'latin1');
    writeFileSync(join(dir, 'c.xml'), latin);
    await expect(collect(join(dir, 'c.xml'))).rejects.toThrow(/ligne 3 : octets invalides en UTF-8/);
    writeFileSync(join(dir, 'l.xml'), Buffer.from(latin.toString('latin1').replace('UTF-8', 'ISO-8859-1'), 'latin1'));
    const [fiche] = await collect(join(dir, 'l.xml'));
    expect(fiche?.fields.get('INTITULE')).toEqual(['Café']);
  });
});
