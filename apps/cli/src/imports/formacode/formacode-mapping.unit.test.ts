import { describe, expect, it } from 'vitest';
import { alignFormacodeCells, mapFormacode } from './formacode-mapping';

// Real lines of formacode-2003.csv.
const GRAPHES = "11001;THEORIE GRAPHES;théorie graphes;DOM;110 MATHEMATIQUES;;11022 RECHERCHE OPERATIONNELLE;;31672 PERT;Branche des mathématiques permettant de résoudre des problèmes par leur représentation graphique.;;;114 Mathématiques;;11001 THEORIE GRAPHES";
const THERMIQUE = '11461;THERMIQUE;thermique;DOM;114 PHYSIQUE;combustion;11452 THERMODYNAMIQUE;11470 TRANSFERT THERMIQUE;;;;115 Physique;;11461 THERMIQUE';

describe('Formacode 2003 lines', () => {
  it('maps a descriptor with its field, broader term, related terms, NSF group and later-edition code', () => {
    const aligned = alignFormacodeCells(GRAPHES.split(';'));
    expect(aligned).toMatchObject({ realigned: false });
    const mapped = mapFormacode((aligned as { cells: string[] }).cells);
    expect(mapped).toEqual({
      record: {
        code: '11001', label: 'THEORIE GRAPHES', lowercaseLabel: 'théorie graphes', kinds: ['DOM'], fieldCode: '110', fieldLabel: 'MATHEMATIQUES',
        parentCode: '11022', relatedCodes: ['31672'], synonyms: [], definition: expect.stringMatching(/^Branche des mathématiques/), applicationNote: null,
        diplomaLevel: null, nsfCode: '114', romeV2Codes: [], equivalentCodes: ['11001'],
      },
    });
  });

  it('puts back the one 14-field line (its NSF group in the level column) and pads the 4-field descriptors', () => {
    const thermique = alignFormacodeCells(THERMIQUE.split(';'));
    expect(thermique).toMatchObject({ realigned: true });
    expect(mapFormacode((thermique as { cells: string[] }).cells)).toMatchObject({ record: { diplomaLevel: null, nsfCode: '115', equivalentCodes: ['11461'] } });
    const publics = alignFormacodeCells(['80015', 'EMPLOYE', 'employé', 'PUB']);
    expect(mapFormacode((publics as { cells: string[] }).cells)).toMatchObject({ record: { kinds: ['PUB'], fieldCode: null, parentCode: null } });
  });

  it('refuses other field counts and malformed codes', () => {
    expect(alignFormacodeCells(GRAPHES.split(';').slice(0, 13))).toEqual({ problem: expect.stringMatching(/13 champ\(s\) au lieu de 15/) });
    expect(alignFormacodeCells([...GRAPHES.split(';'), 'en trop'])).toEqual({ problem: expect.stringMatching(/16 champ\(s\)/) });
    expect(mapFormacode(GRAPHES.replace('11001;', '1100A;').split(';'))).toEqual({ problems: [{ field: 'code', reason: expect.stringMatching(/1100A/) }] });
    expect(mapFormacode(GRAPHES.replace('11022 RECHERCHE', 'RECHERCHE').split(';'))).toMatchObject({ problems: [{ field: 'terme générique' }] });
  });
});
