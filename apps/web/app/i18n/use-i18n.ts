import { useLocation } from 'react-router';
import { en } from './en';
import { fr, type Messages } from './fr';
import { formatDate, formatNumber, plural } from './format';
import { localeFromPath, type Locale } from './locales';
import { detailPath, pathFor, type DetailKey, type PageKey } from './pages';
import type { PluralForms } from './fr';

export const CATALOGUES: Record<Locale, Messages> = { fr, en };

export interface I18n {
  locale: Locale;
  t: Messages;
  number: (n: number) => string;
  plural: (n: number, forms: PluralForms) => string;
  /** A date in words ("31 août 2028"). */
  date: (value: string) => string;
  /** The address of a named page in the current locale. */
  href: (page: PageKey) => string;
  /** The address of one record's page in the current locale (a fiche métier, a certification). */
  detailHref: (detail: DetailKey, code: string) => string;
}

export function i18nFor(locale: Locale): I18n {
  return {
    locale,
    t: CATALOGUES[locale],
    number: (n) => formatNumber(locale, n),
    plural: (n, forms) => plural(locale, n, forms),
    date: (value) => formatDate(locale, value),
    href: (page) => pathFor(page, locale),
    detailHref: (detail, code) => detailPath(detail, locale, code),
  };
}

/** The locale is read from the address, so it is right in error boundaries too (no loader data needed). */
export function useI18n(): I18n {
  return i18nFor(localeFromPath(useLocation().pathname));
}
