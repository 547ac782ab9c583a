/**
 * Locale strategy: the locale lives in the URL (`/` French, `/en/…` English) so that every page works
 * without JavaScript or cookies, can be shared as-is, and is cached per URL.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** The first path segment decides; anything that is not a known non-default prefix is French. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1]?.toLowerCase();
  return first === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** The other locale, for the language switcher (two locales today). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

/** BCP 47 tags for Intl formatting (French as used in France). */
export const INTL_TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Endonyms: a language is always offered in its own language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };
