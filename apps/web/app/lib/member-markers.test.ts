import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '@passerelles/domain';
import { MEMBER_MARKERS, markerPath } from './member-markers';

describe('member markers', () => {
  it('gives every kind of member its own shape and its own colour', () => {
    const markers = ORGANISATION_TYPES.map((t) => MEMBER_MARKERS[t]);
    expect(new Set(markers.map((m) => m.shape)).size).toBe(ORGANISATION_TYPES.length);
    expect(new Set(markers.map((m) => m.colour)).size).toBe(ORGANISATION_TYPES.length);
  });

  it('draws closed paths centred on the origin', () => {
    for (const { shape } of Object.values(MEMBER_MARKERS)) {
      const d = markerPath(shape, 5);
      expect(d).toMatch(/^M.*Z$/);
      const xs = [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      expect(Math.max(...xs)).toBeGreaterThan(0);
      expect(Math.min(...xs)).toBeLessThan(0);
    }
  });
});
