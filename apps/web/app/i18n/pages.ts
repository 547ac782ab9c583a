import { LOCALES, localeFromPath, otherLocale, type Locale } from './locales';

/**
 * The site's named pages and their address in each locale. Routes, navigation, the language switcher
 * and `hreflang` alternates all read this one table, so a page can never be linked under a wrong path.
 */
export const PAGES = {
  home: { fr: '/', en: '/en' },
  trainings: { fr: '/formations', en: '/en/trainings' },
  pathway: { fr: '/mon-parcours', en: '/en/my-pathway' },
  chain: { fr: '/filiere', en: '/en/training-chain' },
  metiers: { fr: '/metiers', en: '/en/occupations' },
  certifications: { fr: '/certifications', en: '/en/certifications' },
  members: { fr: '/membres', en: '/en/members' },
  companies: { fr: '/entreprises', en: '/en/companies' },
  accessibility: { fr: '/accessibilite', en: '/en/accessibility' },
  data: { fr: '/a-propos-des-donnees', en: '/en/about-the-data' },
  privacy: { fr: '/confidentialite', en: '/en/privacy' },
  // Accounts. The API e-mails links to the French addresses of verifyEmail, newPassword and parentalConsent.
  signIn: { fr: '/connexion', en: '/en/sign-in' },
  signUp: { fr: '/inscription', en: '/en/sign-up' },
  signOut: { fr: '/deconnexion', en: '/en/sign-out' },
  forgotPassword: { fr: '/mot-de-passe-oublie', en: '/en/forgot-password' },
  verifyEmail: { fr: '/compte/verification', en: '/en/account/verification' },
  newPassword: { fr: '/compte/nouveau-mot-de-passe', en: '/en/account/new-password' },
  parentalConsent: { fr: '/compte/consentement-parental', en: '/en/account/parental-consent' },
  invitation: { fr: '/compte/invitation', en: '/en/account/invitation' },
  account: { fr: '/compte', en: '/en/account' },
  networkApplication: { fr: '/rejoindre-le-reseau', en: '/en/join-the-network' },
  // The campus staff's pages.
  joinRequests: { fr: '/campus/adhesions', en: '/en/campus/join-requests' },
  auditLog: { fr: '/campus/journal', en: '/en/campus/audit-log' },
  campusProfile: { fr: '/campus/profil', en: '/en/campus/profile' },
  // An organisation's own space (its trainings, its members): the list of mine; each space is a detail page below.
  spaces: { fr: '/espace', en: '/en/space' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageKey = keyof typeof PAGES;
export const PAGE_KEYS = Object.keys(PAGES) as PageKey[];

/** Sections announced in the main navigation whose full pages come with later work. */
export const SECTION_KEYS = ['companies'] as const satisfies readonly PageKey[];
export type SectionKey = (typeof SECTION_KEYS)[number];

export function isSectionKey(page: PageKey): page is SectionKey {
  return (SECTION_KEYS as readonly PageKey[]).includes(page);
}

/**
 * Pages about one person's account and the staff's tools: never indexed (`noindex`), never in the sitemap, never
 * cached. The privacy policy is public and stays out of this list.
 */
export const PRIVATE_PAGE_KEYS = [
  'signIn',
  'signUp',
  'signOut',
  'forgotPassword',
  'verifyEmail',
  'newPassword',
  'parentalConsent',
  'invitation',
  'account',
  'networkApplication',
  'joinRequests',
  'auditLog',
  'campusProfile',
  'spaces',
] as const satisfies readonly PageKey[];

export function isPrivatePage(page: PageKey): boolean {
  return (PRIVATE_PAGE_KEYS as readonly PageKey[]).includes(page);
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
  /** An organisation's space (`/espace/greta-eure`): private, like the `spaces` page it sits under. */
  space: 'spaces',
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

/**
 * An address under a record's collection, split: which kind of record, in which locale, and the segments after
 * the collection (`/en/occupations/H2304/mobility/H2303` → metier, en, [H2304, mobility, H2303]).
 */
function underCollection(pathname: string): { detail: DetailKey; locale: Locale; rest: string[] } | null {
  const trimmed = pathname.replace(/\/+$/, '');
  for (const detail of DETAIL_KEYS) {
    for (const locale of LOCALES) {
      const prefix = `${PAGES[DETAIL_PAGES[detail]][locale]}/`;
      if (trimmed.toLowerCase().startsWith(prefix)) return { detail, locale, rest: trimmed.slice(prefix.length).split('/') };
    }
  }
  return null;
}

/** Which detail page an address shows (the code as written in it), or null. */
export function resolveDetail(pathname: string): { detail: DetailKey; locale: Locale; code: string } | null {
  const found = underCollection(pathname);
  if (!found || found.rest.length !== 1 || !found.rest[0]) return null;
  return { detail: found.detail, locale: found.locale, code: safeDecode(found.rest[0]) };
}

/**
 * Sub-pages of a record's page: `<record address>/<segment>`, the segment translated, optionally followed by a
 * second record's code (`/metiers/H2304/mobilites` and `/metiers/H2304/mobilites/H2303`, in English
 * `/en/occupations/H2304/mobility[/H2303]`). Codes are never translated.
 */
export const SUB_PAGES = {
  /** The métiers closest to this one, from skills. */
  mobility: { detail: 'metier', segment: { fr: 'mobilites', en: 'mobility' }, target: false },
  /** From this métier to another one (`target`): the gap and a reconversion path. */
  mobilityPath: { detail: 'metier', segment: { fr: 'mobilites', en: 'mobility' }, target: true },
  /** One training of an organisation's space, to edit (`/espace/greta-eure/formations/42`). */
  spaceTraining: { detail: 'space', segment: { fr: 'formations', en: 'trainings' }, target: true },
  /** An organisation's public profile and its sites, edited by its admins (`/espace/greta-eure/profil`). */
  spaceProfile: { detail: 'space', segment: { fr: 'profil', en: 'profile' }, target: false },
} as const satisfies Record<string, { detail: DetailKey; segment: Record<Locale, string>; target: boolean }>;

export type SubPageKey = keyof typeof SUB_PAGES;
export const SUB_PAGE_KEYS = Object.keys(SUB_PAGES) as SubPageKey[];

/** The address of a sub-page, e.g. subPagePath('mobilityPath', 'fr', 'H2304', 'H2303') → /metiers/H2304/mobilites/H2303. */
export function subPagePath(sub: SubPageKey, locale: Locale, code: string, target?: string): string {
  const { detail, segment, target: hasTarget } = SUB_PAGES[sub];
  const base = `${detailPath(detail, locale, code)}/${segment[locale]}`;
  if (hasTarget !== (target !== undefined)) throw new Error(`Sub-page ${sub} ${hasTarget ? 'needs' : 'takes no'} target code`);
  return target === undefined ? base : `${base}/${encodeURIComponent(target)}`;
}

/** Route path of a sub-page, with its `:code` (and `:target`) parameters. */
export function subPageRoutePath(sub: SubPageKey, locale: Locale): string {
  const { detail, segment, target } = SUB_PAGES[sub];
  return `${detailRoutePath(detail, locale)}/${segment[locale]}${target ? '/:target' : ''}`;
}

/** Which sub-page an address shows (codes as written in it), or null. */
export function resolveSubPage(pathname: string): { sub: SubPageKey; locale: Locale; code: string; target?: string } | null {
  const found = underCollection(pathname);
  if (!found) return null;
  const [code, segment, target, ...more] = found.rest;
  if (!code || !segment || more.length || target === '') return null;
  for (const sub of SUB_PAGE_KEYS) {
    const page = SUB_PAGES[sub];
    if (page.detail !== found.detail || page.segment[found.locale] !== segment.toLowerCase() || page.target !== (target !== undefined)) continue;
    const codes = { sub, locale: found.locale, code: safeDecode(code) };
    return target === undefined ? codes : { ...codes, target: safeDecode(target) };
  }
  return null;
}

/**
 * The same page in another locale: a named page, one record's page (same code) or one of its sub-pages (same
 * codes). Any other address (a 404) falls back to that locale's home rather than to a guessed path that may not exist.
 */
export function alternatePath(pathname: string, target: Locale = otherLocale(localeFromPath(pathname))): string {
  const resolved = resolvePage(pathname);
  if (resolved) return PAGES[resolved.page][target];
  const detail = resolveDetail(pathname);
  if (detail) return detailPath(detail.detail, target, detail.code);
  const sub = resolveSubPage(pathname);
  return sub ? subPagePath(sub.sub, target, sub.code, sub.target) : PAGES.home[target];
}

/** Route path (as React Router's config wants it: no leading slash) for a page in a locale. */
export function routePath(page: PageKey, locale: Locale): string {
  return PAGES[page][locale].replace(/^\//, '');
}
