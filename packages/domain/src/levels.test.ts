import { describe, expect, it } from 'vitest';
import { isQualificationLevel, parseLevel } from './levels';

describe('parseLevel', () => {
  it('reads the 2019 nomenclature codes of the RNCP export', () => {
    expect(parseLevel('NIV5')).toBe(5);
    expect(parseLevel('NIV8')).toBe(8);
  });
  it('reads bare numbers', () => {
    expect(parseLevel('3')).toBe(3);
  });
  it('returns null for missing or out-of-range levels', () => {
    expect(parseLevel('')).toBeNull();
    expect(parseLevel(null)).toBeNull();
    expect(parseLevel('NIV2')).toBeNull();
    expect(parseLevel('Sans niveau')).toBeNull();
  });
  it('knows the range of levels', () => {
    expect(isQualificationLevel(3)).toBe(true);
    expect(isQualificationLevel(9)).toBe(false);
  });
});
