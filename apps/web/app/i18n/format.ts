import type { PluralForms } from './fr';
import { INTL_TAG, type Locale } from './locales';

/** Intl objects are costly to build and immutable: one per locale for the life of the process. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

export function formatNumber(locale: Locale, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_TAG[locale])));
  return format.format(n);
}

/** Chooses the label form that agrees with n (French treats 0 as singular, English as plural). */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_TAG[locale])));
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * "31 août 2028" / "31 August 2028". Accepts an ISO date or timestamp, or the API's "2028-08-31 00:00:00";
 * a value that is not a date is shown as given rather than hidden. Dates are read in Paris time.
 */
export function formatDate(locale: Locale, value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value.replace(' ', 'T');
  const date = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (Number.isNaN(date.getTime())) return value;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'Europe/Paris' })));
  const text = format.format(date);
  // French writes the first day of a month as an ordinal: « 1er juillet ».
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
