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
