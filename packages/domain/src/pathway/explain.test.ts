import { describe, expect, it } from 'vitest';
import { routeText } from './explain';
import type { PlannerOffer } from './types';

const offer = (distanceKm: number | null): PlannerOffer => ({
  id: 'session:1', kind: 'training', title: 'BTS Bioanalyses et contrôles', organisation: 'Lycée Senghor', place: 'Évreux', certificationCode: 'RNCP38884',
  certificationLevel: 5, blockCodes: [], requires: { minLevel: 4, anyOfCertifications: [] }, modality: 'initial_scolaire', startDate: '2027-09-01',
  endDate: '2029-06-22', durationMonths: 21.5, priceEur: 0, fundings: [], distanceKm, employmentRate: null,
});
const totals = (maxDistanceKm: number | null) => ({ months: 21.5, costEur: 0, knownCost: true, maxDistanceKm, endDate: '2029-06-22' });

describe('routeText', () => {
  it('says how far the farthest step is, « less than 1 km » in the person’s own commune, and when it is unknown', () => {
    expect(routeText([offer(27.3)], totals(27.3))).toContain('à 27,3 km au plus');
    expect(routeText([offer(0)], totals(0))).toContain('à moins de 1 km');
    expect(routeText([offer(0)], totals(0))).not.toContain('0 km');
    expect(routeText([offer(null)], totals(null))).toContain('distance inconnue');
  });
});
