/** Lower-case, accents and ligatures removed, punctuation folded to spaces: the search key of a label. */
export function normaliseForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** « Lycée Jean-Rostand (Caen) » → `lycee-jean-rostand-caen`: lower case, unaccented, words joined by hyphens. */
export function slugify(input: string, maxLength = 80): string {
  const slug = normaliseForSearch(input).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'organisation';
}
