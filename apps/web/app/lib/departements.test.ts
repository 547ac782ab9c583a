import { describe, expect, it } from 'vitest';
import { departementLabel } from './departements';

describe('departementLabel', () => {
  it('names a département with its code', () => {
    expect(departementLabel('27')).toBe('Eure (27)');
    expect(departementLabel('2A')).toBe('Corse-du-Sud (2A)');
    expect(departementLabel('971')).toBe('Guadeloupe (971)');
  });

  it('shows an unknown code as-is rather than hiding it', () => {
    expect(departementLabel('99')).toBe('99');
  });
});
