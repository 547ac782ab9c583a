import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from './text';

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
