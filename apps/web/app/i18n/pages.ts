import { LOCALES, localeFromPath, otherLocale, type Locale } from './locales';

/**
 * The site's named pages and their address in each locale. Routes, navigation, the language switcher
 * and `hreflang` alternates all read this one table, so a page can never be linked under a wrong path.
 */
export const PAGES = {
  home: { fr: '/', en: '/en' },
  trainings: { fr: '/formations', en: '/en/trainings' },
  chain: { fr: '/filiere', en: '/en/training-chain' },
  metiers: { fr: '/metiers', en: '/en/occupations' },
  certifications: { fr: '/certifications', en: '/en/certifications' },
  members: { fr: '/membres', en: '/en/members' },
  companies: { fr: '/entreprises', en: '/en/companies' },
  accessibility: { fr: '/accessibilite', en: '/en/accessibility' },
  data: { fr: '/a-propos-des-donnees', en: '/en/about-the-data' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageKey = keyof typeof PAGES;
export const PAGE_KEYS = Object.keys(PAGES) as PageKey[];

/** Sections announced in the main navigation whose full pages come with later work. */
export const SECTION_KEYS = ['companies'] as const satisfies readonly PageKey[];
export type SectionKey = (typeof SECTION_KEYS)[number];

export function isSectionKey(page: PageKey): page is SectionKey {
  return (SECTION_KEYS as readonly PageKey[]).includes(page);
}

export function pathFor(page: PageKey, locale: Locale): string {
  return PAGES[page][locale];
}

/** Trailing slashes and letter case do not make a different page. */
function normalise(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return (trimmed === '' ? '/' : trimmed).toLowerCase();
}

/** Which named page an address shows, or null (an unknown address, or a page outside the table). */
export function resolvePage(pathname: string): { page: PageKey; locale: Locale } | null {
  const wanted = normalise(pathname);
  for (const page of PAGE_KEYS) {
    for (const locale of LOCALES) if (PAGES[page][locale] === wanted) return { page, locale };
  }
  return null;
}

/**
 * Detail pages: one record of a named page's collection, at `<collection address>/<code>` in every locale
 * (`/metiers/H2303`, `/en/occupations/H2303`). The code is the record's own identifier, never translated.
 */
export const DETAIL_PAGES = {
  metier: 'metiers',
  certification: 'certifications',
  training: 'trainings',
  member: 'members',
} as const satisfies Record<string, PageKey>;

export type DetailKey = keyof typeof DETAIL_PAGES;
export const DETAIL_KEYS = Object.keys(DETAIL_PAGES) as DetailKey[];

/** The address of one record's page, e.g. detailPath('metier', 'en', 'H2303') → /en/occupations/H2303. */
export function detailPath(detail: DetailKey, locale: Locale, code: string): string {
  return `${PAGES[DETAIL_PAGES[detail]][locale]}/${encodeURIComponent(code)}`;
}

/** Route path of a detail page, with its `:code` parameter. */
export function detailRoutePath(detail: DetailKey, locale: Locale): string {
  return `${routePath(DETAIL_PAGES[detail], locale)}/:code`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Which detail page an address shows (the code as written in it), or null. */
export function resolveDetail(pathname: string): { detail: DetailKey; locale: Locale; code: string } | null {
  const trimmed = pathname.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  const parent = normalise(trimmed.slice(0, slash));
  const code = trimmed.slice(slash + 1);
  if (!code) return null;
  for (const detail of DETAIL_KEYS) {
    for (const locale of LOCALES) {
      if (PAGES[DETAIL_PAGES[detail]][locale] === parent) return { detail, locale, code: safeDecode(code) };
    }
  }
  return null;
}

/**
 * The same page in another locale: a named page, or one record's page (same code). Any other address
 * (a 404) falls back to that locale's home rather than to a guessed path that may not exist.
 */
export function alternatePath(pathname: string, target: Locale = otherLocale(localeFromPath(pathname))): string {
  const resolved = resolvePage(pathname);
  if (resolved) return PAGES[resolved.page][target];
  const detail = resolveDetail(pathname);
  return detail ? detailPath(detail.detail, target, detail.code) : PAGES.home[target];
}

/** Route path (as React Router's config wants it: no leading slash) for a page in a locale. */
export function routePath(page: PageKey, locale: Locale): string {
  return PAGES[page][locale].replace(/^\//, '');
}
