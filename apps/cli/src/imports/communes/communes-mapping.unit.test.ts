import { describe, expect, it } from 'vitest';
import { cogProblem, coordinates, isCurrentCommune, padInseeCode, toCommuneRecord } from './communes-mapping';

describe('communes mapping rules', () => {
  it('puts back the leading zero the coordinates file lost, and leaves Corsica alone', () => {
    expect(padInseeCode('1001')).toBe('01001');
    expect(padInseeCode('14118')).toBe('14118');
    expect(padInseeCode('2A004')).toBe('2A004');
  });

  it('reads coordinates, tells missing ones from wrong ones', () => {
    expect(coordinates('49.18', '-0.37')).toEqual([49.18, -0.37]);
    expect(coordinates('', '')).toBeNull();
    expect(coordinates('49.18', '')).toBeUndefined();
    expect(coordinates('nord', '0')).toBeUndefined();
    expect(coordinates('95', '0')).toBeUndefined();
  });

  it('checks the shape of a COG element and keeps only current communes', () => {
    expect(cogProblem({ code: '14118', nom: 'Caen', type: 'commune-actuelle', departement: '14' })).toBeNull();
    expect(cogProblem({ code: '1411', nom: 'Caen', type: 'commune-actuelle', departement: '14' })).toMatch(/code INSEE « 1411 » invalide/);
    expect(cogProblem({ code: '14118', type: 'commune-actuelle', departement: '14' })).toBe('nom absent');
    expect(cogProblem('texte')).toBe('objet attendu');
    expect(isCurrentCommune({ type: 'commune-deleguee' })).toBe(false);
  });

  it('maps a COG commune, postal codes deduplicated and sorted', () => {
    const record = toCommuneRecord(
      { code: '14118', nom: 'Caen', type: 'commune-actuelle', departement: '14', region: '28', codesPostaux: ['14300', '14000', '14000'], population: 108_000 },
      [49.18, -0.37],
    );
    expect(record).toEqual({
      inseeCode: '14118', name: 'Caen', departement: '14', region: '28', postalCodes: ['14000', '14300'], population: 108_000,
      latitude: 49.18, longitude: -0.37,
    });
  });
});
