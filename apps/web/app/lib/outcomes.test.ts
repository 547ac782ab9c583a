import { describe, expect, it } from 'vitest';
import { cohortYears, figure, per100, regionName, sortOutcomes } from './outcomes';

const line = (leavers: number | null) => ({ cohort: '2021_2022', region: '28', route: 'scolaire', leavers, employment6: null, employment12: null, employment24: null, furtherStudy: null });

describe('outcome figures', () => {
  it('gives a published rate out of 100, as published or from a share', () => {
    expect(figure(line(40), 62)).toEqual({ kind: 'rate', per100: 62 });
    expect(per100(0.62)).toBe(62);
    expect(figure(line(40), 0)).toEqual({ kind: 'rate', per100: 0 });
  });

  it('never turns a missing value into 0: masked under 20 leavers, otherwise not published', () => {
    expect(figure(line(11), null)).toEqual({ kind: 'masked' });
    expect(figure(line(null), null)).toEqual({ kind: 'masked' });
    expect(figure(line(35), null)).toEqual({ kind: 'unpublished' });
  });

  it('names cohorts and regions for reading', () => {
    expect(cohortYears('2021_2022')).toBe('2021-2022');
    expect(regionName('28')).toBe('Normandie');
    expect(regionName('Bretagne')).toBe('Bretagne');
    expect(regionName(null)).toBeNull();
  });

  it('puts the latest cohort first', () => {
    const sorted = sortOutcomes([{ ...line(1), cohort: '2020_2021' }, { ...line(1), cohort: '2022_2023', route: 'apprentissage' }, { ...line(1), cohort: '2022_2023' }]);
    expect(sorted.map((o) => `${o.cohort} ${o.route}`)).toEqual(['2022_2023 apprentissage', '2022_2023 scolaire', '2020_2021 scolaire']);
  });
});
