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
  members: { fr: '/membres', en: '/en/members' },
  companies: { fr: '/entreprises', en: '/en/companies' },
  accessibility: { fr: '/accessibilite', en: '/en/accessibility' },
  data: { fr: '/a-propos-des-donnees', en: '/en/about-the-data' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageKey = keyof typeof PAGES;
export const PAGE_KEYS = Object.keys(PAGES) as PageKey[];

/** Sections announced in the main navigation whose full pages come with later work. */
export const SECTION_KEYS = ['trainings', 'chain', 'metiers', 'members', 'companies'] as const satisfies readonly PageKey[];
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
 * The same page in another locale. An address outside the table (a 404, a future detail page) falls
 * back to that locale's home rather than to a guessed path that may not exist.
 */
export function alternatePath(pathname: string, target: Locale = otherLocale(localeFromPath(pathname))): string {
  const resolved = resolvePage(pathname);
  return resolved ? PAGES[resolved.page][target] : PAGES.home[target];
}

/** Route path (as React Router's config wants it: no leading slash) for a page in a locale. */
export function routePath(page: PageKey, locale: Locale): string {
  return PAGES[page][locale].replace(/^\//, '');
}
