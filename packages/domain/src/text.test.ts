import { describe, expect, it } from 'vitest';
import { normaliseForSearch, slugify } from './text';

describe('normaliseForSearch', () => {
  it('removes accents, ligatures and punctuation', () => {
    expect(normaliseForSearch('Opérateur / Opératrice de l’industrie pharmaceutique')).toBe(
      'operateur operatrice de l industrie pharmaceutique',
    );
    expect(normaliseForSearch('Œnologue')).toBe('oenologue');
  });
  it('keeps digits', () => {
    expect(normaliseForSearch('BTS Bioanalyses (niveau 5)')).toBe('bts bioanalyses niveau 5');
  });
});

describe('slugify', () => {
  it('makes an address part from a name', () => {
    expect(slugify('Lycée Jean-Rostand (Caen)')).toBe('lycee-jean-rostand-caen');
    expect(slugify('  Œuvres & Cie  ')).toBe('oeuvres-cie');
    expect(slugify('!!!')).toBe('organisation');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(60)).length).toBeLessThanOrEqual(80);
  });
});
