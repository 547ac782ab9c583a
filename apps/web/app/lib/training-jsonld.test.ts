import { describe, expect, it } from 'vitest';
import { jsonLdText, trainingJsonLd } from './training-jsonld';

const training = {
  id: 14,
  title: 'BTS Bioanalyses en apprentissage',
  objective: 'Préparer le BTS.',
  content: null,
  certification: { code: 'RNCP38884', title: 'BTS bioanalyses en laboratoire de contrôle', level: 5 },
  organisation: { name: 'CFA </script> des industries', websiteUrl: null },
  sessions: [
    { startDate: '2027-09-01', endDate: '2029-07-02', modality: 'apprentissage', durationHours: 1350, priceEur: 0, seatsLeft: 4, capacity: 12, commune: { name: 'Val-de-Reuil', code: '27701' } },
    { startDate: null, endDate: null, modality: 'vae', durationHours: null, priceEur: null, seatsLeft: null, capacity: null, commune: null },
  ],
};
const links = { url: 'https://x.test/formations/14', providerUrl: 'https://x.test/membres/cfa', certificationUrl: 'https://x.test/certifications/RNCP38884', inLanguage: 'fr' };

describe('training JSON-LD', () => {
  it('is a Course with one CourseInstance per session', () => {
    const ld = trainingJsonLd(training, links);
    expect(ld['@type']).toBe('Course');
    expect(ld.provider).toEqual({ '@type': 'Organization', name: 'CFA </script> des industries', url: links.providerUrl });
    expect(ld.hasCourseInstance).toEqual([
      expect.objectContaining({ '@type': 'CourseInstance', startDate: '2027-09-01', courseWorkload: 'PT1350H', courseMode: 'Onsite', offers: expect.objectContaining({ price: 0, priceCurrency: 'EUR' }) }),
      { '@type': 'CourseInstance' },
    ].map((x, i) => (i === 1 ? expect.objectContaining(x) : x)));
    const second = (ld.hasCourseInstance as Record<string, unknown>[])[1]!;
    expect(JSON.parse(JSON.stringify(second))).toEqual({ '@type': 'CourseInstance' });
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(trainingJsonLd(training, links));
    expect(text).not.toContain('</script>');
    expect((JSON.parse(text) as { provider: { name: string } }).provider.name).toBe('CFA </script> des industries');
  });
});
