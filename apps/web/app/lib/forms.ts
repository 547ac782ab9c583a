import { CATALOGUES } from '../i18n/use-i18n';
import type { Locale } from '../i18n/locales';
import type { FieldMessage, SummaryItem } from '../ui/Field';
import { isApiError } from './records';

/** What an action sends back when a form is refused: an error per field, and what belongs to no field. */
export interface FormErrors {
  fields: Record<string, FieldMessage>;
  general: FieldMessage[];
}

export function formErrors(fields: Record<string, FieldMessage | null | undefined> = {}, general: FieldMessage[] = []): FormErrors {
  return { fields: Object.fromEntries(Object.entries(fields).filter((e): e is [string, FieldMessage] => Boolean(e[1]))), general };
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.general.length > 0;
}

/** A text field of a posted form, trimmed ('' when absent). */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Codes typed in a list, separated by spaces, commas, semicolons or lines; each once, in the order typed. */
export function codeList(raw: string, upper = false): string[] {
  const codes = raw.split(/[\s,;]+/).filter(Boolean).map((c) => (upper ? c.toUpperCase() : c));
  return [...new Set(codes)];
}

/** The API's messages are French: on English pages they are marked as such. */
function apiMessage(text: string, locale: Locale): FieldMessage {
  return locale === 'fr' ? { text } : { text, lang: 'fr' };
}

interface ValidationDetail {
  location?: string;
  path?: string[];
  message?: string;
}

/**
 * The API's refusal as form errors: each validation problem next to its field (`fields` lists the body fields the
 * form shows), anything else at the top. A failure that is not the API's answer (a bug, the API down) is rethrown.
 */
export function apiFormErrors(e: unknown, locale: Locale, fields: readonly string[]): FormErrors {
  if (!(e instanceof Error) || e.name !== 'ApiError') throw e;
  const t = CATALOGUES[locale].forms;
  const { status, body } = e as Error & { status: number; body: { code: string; message: string; details?: unknown } };
  if (status === 400 && body.code === 'VALIDATION_FAILED' && Array.isArray(body.details)) {
    const found: Record<string, FieldMessage> = {};
    const general: FieldMessage[] = [];
    for (const detail of body.details as ValidationDetail[]) {
      const field = detail.path?.[0];
      const message = apiMessage(detail.message ?? body.message, locale);
      if (field && fields.includes(field)) found[field] ??= message;
      else if (!general.some((g) => g.text === message.text)) general.push(message);
    }
    return formErrors(found, general);
  }
  if (isApiError(e, 403) && body.code === 'CSRF_REJECTED') return formErrors({}, [{ text: t.sessionExpired }]);
  if (isApiError(e, 401) && body.code === 'UNAUTHENTICATED') return formErrors({}, [{ text: t.signedOut }]);
  if (isApiError(e, 429)) return formErrors({}, [locale === 'fr' ? { text: body.message } : { text: t.tooMany }]);
  if (status >= 500) return formErrors({}, [{ text: t.unexpected }]);
  return formErrors({}, [apiMessage(body.message, locale)]);
}

/** The summary's links: each field error points at its field (`idOf` gives the field's id in the page). */
export function summaryItems(errors: FormErrors | null | undefined, idOf: (field: string) => string): SummaryItem[] {
  return errors ? Object.entries(errors.fields).map(([field, message]) => ({ href: idOf(field), message })) : [];
}
