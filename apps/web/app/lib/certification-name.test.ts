import { describe, expect, it } from 'vitest';
import { certificationFullName, certificationName } from './certification-name';

describe('certification names', () => {
  it('splits the kind from the title whether the type field is set or not', () => {
    expect(certificationName('BTS', 'BTS - Métiers de la chimie')).toEqual({ kind: 'BTS', rest: 'Métiers de la chimie' });
    expect(certificationName('BAC PRO', 'BAC PRO - Production en industries pharmaceutiques')).toEqual({ kind: 'BAC PRO', rest: 'Production en industries pharmaceutiques' });
    expect(certificationName(null, 'BTS bioanalyses en laboratoire de contrôle')).toEqual({ kind: 'BTS', rest: 'Bioanalyses en laboratoire de contrôle' });
    expect(certificationName(null, 'Master mention biotechnologies')).toEqual({ kind: 'Master', rest: 'Mention biotechnologies' });
    expect(certificationName('BTS', 'Bioanalyses en laboratoire de contrôle')).toEqual({ kind: 'BTS', rest: 'Bioanalyses en laboratoire de contrôle' });
    expect(certificationName(null, 'Habilitation électrique')).toEqual({ kind: '', rest: 'Habilitation électrique' });
    expect(certificationName('BTSA', 'BTS bioqualité')).toEqual({ kind: 'BTSA', rest: 'BTS bioqualité' });
  });

  it('writes the full name once', () => {
    expect(certificationFullName('CAP', 'CAP - Employé technique de laboratoire')).toBe('CAP Employé technique de laboratoire');
    expect(certificationFullName(null, 'Génie biologique')).toBe('Génie biologique');
  });
});
