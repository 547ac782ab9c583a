import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  it('measures real distances between communes of the territory (same figures as the search SQL)', () => {
    const evreux = { latitude: 49.02015421, longitude: 1.14164412464 };
    const valDeReuil = { latitude: 49.261335704, longitude: 1.21147195365 };
    const caen = { latitude: 49.1847936737, longitude: -0.369801713036 };
    expect(distanceKm(evreux, valDeReuil)).toBeCloseTo(27.3, 0);
    expect(distanceKm(evreux, caen)).toBeCloseTo(111.4, 0);
    expect(distanceKm(evreux, evreux)).toBe(0);
    expect(distanceKm(caen, evreux)).toBe(distanceKm(evreux, caen));
  });
});
