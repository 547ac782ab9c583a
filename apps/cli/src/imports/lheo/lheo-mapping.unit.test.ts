import { describe, expect, it } from 'vitest';
import {
  escapeXml, fundingOfFinanceur, guessModality, lheoCodeOfLevel, levelOfLheoCode, writeLheoDocument, XmlWriter, type LheoFormation,
} from '@passerelles/domain';
import { certificationCodeOf, htmlToText, lheoDate, lheoPrice, mapFormation, meaningful } from './lheo-mapping';
import { readLheoFormations, type LheoNode, type RawFormation } from './lheo-reader';
import { ONISEP_SAMPLE } from './testing/lheo-fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function formations(path: string): Promise<RawFormation[]> {
  const list: RawFormation[] = [];
  for await (const f of readLheoFormations(path)) list.push(f);
  return list;
}

describe('LHÉO mapping of the real Onisep 2.2 offer', () => {
  it('maps the formation, its action × session and its organisation', async () => {
    const [formation] = await formations(ONISEP_SAMPLE);
    const mapped = mapFormation(formation!);
    if (!('draft' in mapped)) throw new Error(JSON.stringify(mapped.problems));
    const { draft } = mapped;
    expect(draft).toMatchObject({
      externalId: '9436_18706',
      location: 'formation #1 (numero 9436_18706) ligne 4',
      organisation: { siret: '19290076900014', uai: null, name: 'Lycée Kerneuzec' },
    });
    expect(draft.training).toMatchObject({
      title: 'BTS négociation et relation client', certificationCode: 'RNCP474', entryLevel: null, entryRequirements: null, accessibility: null,
      formacodes: ['34582', '34076'], isDemo: false, contactLabel: null,
    });
    expect(draft.sessions).toEqual([{
      externalId: '9436_18706', modality: 'initial_scolaire', startDate: '2015-09-01', endDate: '2017-08-31', durationHours: null, priceEur: null,
      fundings: [], capacity: null, seatsLeft: null, registrationUrl: null, isDemo: false,
      place: { label: 'Lycée Kerneuzec', address: 'Kerneuzec', inseeCode: '29233', postalCode: '29391', city: 'QUIMPERLÉ', latitude: 47.882108, longitude: -3.5526545 },
    }]);
  });
});

describe('LHÉO values', () => {
  it('turns the HTML producers write as text into plain text, and leaves plain text alone', () => {
    expect(htmlToText('<p><b>Les objectifs :</b><br />Former.</p><ul><li>Un</li><li>Deux &amp; trois</li></ul>')).toBe('Les objectifs :\nFormer.\n\n• Un\n• Deux & trois');
    expect(htmlToText('pH < 7 et <BPF> & co')).toBe('pH < 7 et <BPF> & co');
    expect(meaningful('-')).toBeNull();
    expect(meaningful('Non communiqué.')).toBeNull();
    expect(meaningful('  Bac S ')).toBe('Bac S');
  });

  it('reads LHÉO dates, unknown placeholders and impossible dates', () => {
    expect(lheoDate('20150901')).toBe('2015-09-01');
    expect(lheoDate('00000000')).toBeNull();
    expect(lheoDate('99999999')).toBeNull();
    expect(lheoDate('20150231')).toBeUndefined();
    expect(lheoDate('2015-09-01')).toBeUndefined();
  });

  it('reads prices and certification codes written either way', () => {
    expect(lheoPrice('1 250,5 €')).toBe('1250.50');
    expect(lheoPrice('sur devis')).toBeNull();
    const certification = (children: [string, string][]): LheoNode => ({ name: 'certification', attributes: {}, text: '', line: 1, children: children.map(([name, text]) => ({ name, text, attributes: {}, children: [], line: 1 })) });
    expect(certificationCodeOf(certification([['code-RNCP', '474']]))).toBe('RNCP474');
    expect(certificationCodeOf(certification([['code-RNCP', 'RNCP38884']]))).toBe('RNCP38884');
    expect(certificationCodeOf(certification([['code-RS', '5678']]))).toBe('RS5678');
    expect(certificationCodeOf(certification([['code-CERTIFINFO', '19004']]))).toBeNull();
  });

  it('maps funder codes, levels and modalities as the dictionaries allow', () => {
    expect(['2', '4', '5', '10', '16', '17', '3', '7'].map(fundingOfFinanceur)).toEqual(['region', 'france_travail', 'employer', 'self', 'opco', 'opco', null, null]);
    expect(['4', '5', '6', '7', '8', '13', '16', '18', '0', '1', '3', '11'].map(levelOfLheoCode)).toEqual([3, 4, 5, 6, 7, 3, 6, 8, null, null, null, null]);
    expect([3, 5, 8, null].map(lheoCodeOfLevel)).toEqual(['13', '15', '18', '1']);
    expect(guessModality(['Contrat d’apprentissage'], false)).toBe('apprentissage');
    expect(guessModality(['En contrat de professionnalisation'], false)).toBe('contrat_pro');
    expect(guessModality(['Accompagnement VAE'], false)).toBe('vae');
    expect(guessModality(['Temps plein'], true)).toBe('initial_scolaire');
    expect(guessModality(['Temps plein'], false)).toBe('formation_continue');
  });
});

describe('the XML writer', () => {
  it('escapes every text and attribute and drops characters XML cannot carry', () => {
    expect(escapeXml('a < b && "c" > d\u0000\u001F\r')).toBe('a &lt; b &amp;&amp; &quot;c&quot; &gt; d&#13;');
    const xml = new XmlWriter().open('r', { a: 'x"<y', skip: null }).leaf('t', '</t><evil/>').empty('e').close().toString();
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<r a="x&quot;&lt;y">\n  <t>&lt;/t&gt;&lt;evil/&gt;</t>\n  <e/>\n</r>\n');
    expect(() => new XmlWriter().open('bad name')).toThrow(/invalide/);
    expect(() => new XmlWriter().open('r').toString()).toThrow(/non fermés/);
  });
});

describe('export → read → map in memory', () => {
  it('gives back the values the export wrote, those LHÉO cannot hold included', async () => {
    const formation: LheoFormation = {
      id: 7, externalId: null, title: 'T'.repeat(300), description: 'Desc', objective: 'O', content: null, expectedResults: null, entryLevel: 5, exitLevel: 5,
      entryRequirements: 'Bac', accessibility: null, contact: { label: 'Accueil', email: 'a@b.fr', phone: null, url: null }, formacodes: ['31734'],
      url: null, certificationCode: 'RNCP38884', isDemo: true,
      organisation: { slug: 'o', name: 'Org', siret: null, uai: '0271579V', websiteUrl: null, isDemo: true, place: null },
      sessions: [{ id: 3, externalId: null, modality: 'apprentissage', startDate: '2026-09-01', endDate: null, durationHours: 1350, priceEur: '0.00',
        fundings: ['opco', 'cpf'], capacity: 15, seatsLeft: 0, registrationUrl: null, isDemo: true, place: null }],
    };
    const folder = mkdtempSync(join(tmpdir(), 'lheo-unit-'));
    try {
      writeFileSync(join(folder, 'o.xml'), writeLheoDocument([formation], { generatedAt: '2026-01-01' }));
      const [raw] = await formations(join(folder, 'o.xml'));
      const mapped = mapFormation(raw!);
      if (!('draft' in mapped)) throw new Error(JSON.stringify(mapped.problems));
      expect(mapped.draft.externalId).toBe('formation-7');
      expect(mapped.draft.organisation).toEqual({ siret: null, uai: '0271579V', name: 'Org' });
      expect(mapped.draft.training).toMatchObject({ title: 'T'.repeat(300), description: 'Desc', objective: 'O', content: null, entryLevel: 5, entryRequirements: 'Bac', certificationCode: 'RNCP38884', isDemo: true });
      expect(mapped.draft.sessions).toEqual([expect.objectContaining({ externalId: 'session-3', modality: 'apprentissage', startDate: '2026-09-01', endDate: null, durationHours: 1350, priceEur: '0.00', fundings: ['opco', 'cpf'], capacity: 15, seatsLeft: 0, isDemo: true, place: null })]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
