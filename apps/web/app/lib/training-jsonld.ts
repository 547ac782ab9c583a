/**
 * schema.org description of a training page, for search engines and aggregators: a `Course` whose sessions
 * are `CourseInstance`s. It is a data block (`<script type="application/ld+json">`), never executed.
 */
interface TrainingLike {
  id: number;
  title: string;
  objective: string | null;
  content: string | null;
  certification: { code: string; title: string; level: number | null } | null;
  organisation: { name: string; websiteUrl: string | null };
  sessions: {
    startDate: string | null;
    endDate: string | null;
    modality: string;
    durationHours: number | null;
    priceEur: number | null;
    seatsLeft: number | null;
    capacity: number | null;
    commune: { name: string; code: string } | null;
  }[];
}

interface Links {
  /** Absolute address of the page itself. */
  url: string;
  /** Absolute address of the provider's page on the platform. */
  providerUrl: string;
  /** Absolute address of the certification's page, when there is one. */
  certificationUrl: string | null;
  inLanguage: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function trainingJsonLd(training: TrainingLike, links: Links): Record<string, Json | undefined> {
  const description = training.objective ?? training.content ?? training.certification?.title ?? training.title;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': links.url,
    url: links.url,
    name: training.title,
    description,
    inLanguage: links.inLanguage,
    courseCode: training.certification?.code,
    provider: { '@type': 'Organization', name: training.organisation.name, url: training.organisation.websiteUrl ?? links.providerUrl },
    educationalCredentialAwarded: training.certification
      ? {
          '@type': 'EducationalOccupationalCredential',
          name: training.certification.title,
          credentialCategory: training.certification.code.startsWith('RS') ? 'certificate' : 'degree',
          educationalLevel: training.certification.level !== null ? `Niveau ${training.certification.level}` : undefined,
          url: links.certificationUrl ?? undefined,
        }
      : undefined,
    hasCourseInstance: training.sessions.map((s) => ({
      '@type': 'CourseInstance',
      courseMode: s.commune ? 'Onsite' : undefined,
      startDate: s.startDate ?? undefined,
      endDate: s.endDate ?? undefined,
      courseWorkload: s.durationHours !== null ? `PT${s.durationHours}H` : undefined,
      location: s.commune ? { '@type': 'Place', name: s.commune.name, address: { '@type': 'PostalAddress', addressLocality: s.commune.name, addressCountry: 'FR' } } : undefined,
      maximumAttendeeCapacity: s.capacity ?? undefined,
      remainingAttendeeCapacity: s.seatsLeft ?? undefined,
      offers: s.priceEur !== null ? { '@type': 'Offer', price: s.priceEur, priceCurrency: 'EUR', category: s.priceEur === 0 ? 'Free' : 'Paid' } : undefined,
    })),
  };
}

/** Serialised for a `<script>` data block: `<` escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
