import { redirect } from 'react-router';
import { FUNDINGS, MODALITIES, type Funding, type Modality } from '@passerelles/domain';
import type { RouteInput, RouteResponse, routes } from '@passerelles/contracts';
import type { SpaceNoticeCode } from '../../i18n/fr-space';
import { localeFromPath, type Locale } from '../../i18n/locales';
import { detailPath, subPagePath } from '../../i18n/pages';
import { apiFormErrors, formErrors, hasErrors, textOf, type FormErrors } from '../../lib/forms';
import { isApiError, notFound } from '../../lib/records';
import type { FieldMessage } from '../../ui';

/** What the space's pages read and send, without React: addresses, form values, the API's refusals. */

export type SpaceAnswer = RouteResponse<typeof routes.listOrganisationTrainings>;
export type ManagedTraining = SpaceAnswer['items'][number];
export type ManagedSession = ManagedTraining['sessions'][number];
export type TrainingStatus = ManagedTraining['status'];
export type Site = SpaceAnswer['sites'][number];

// ——— Addresses ———

export function spacePath(locale: Locale, slug: string): string {
  return detailPath('space', locale, slug);
}

export function spaceTrainingPath(locale: Locale, slug: string, id: number | string): string {
  return subPagePath('spaceTraining', locale, slug, String(id));
}

export function spaceProfilePath(locale: Locale, slug: string): string {
  return subPagePath('spaceProfile', locale, slug);
}

const SLUG = /^[a-z0-9-]{1,120}$/;
const ID = /^[1-9]\d{0,8}$/;

/**
 * The organisation's slug of a space address: an uppercase slug goes to its lowercase address (the rest of the
 * address kept), one that cannot exist is a 404 without asking the API.
 */
export function spaceSlug(request: Request, slug: string | undefined): string {
  if (slug && SLUG.test(slug)) return slug;
  const lower = (slug ?? '').toLowerCase();
  if (!SLUG.test(lower)) notFound();
  const url = new URL(request.url);
  const segments = url.pathname.split('/');
  const at = segments.indexOf(slug!);
  if (at < 0) notFound();
  segments[at] = lower;
  throw redirect(`${segments.join('/')}${url.search}`, 301);
}

/** A training's id in an address, or the 404 page. */
export function trainingId(id: string | undefined): number {
  if (!id || !ID.test(id)) notFound();
  return Number(id);
}

// ——— Notices after a Post/Redirect/Get ———

/** The address with the message to show once the page is loaded again (the shell's `?info=`, with the space's codes). */
export function withSpaceNotice(path: string, code: SpaceNoticeCode): string {
  return `${path}?info=${code}`;
}

// ——— Errors ———

interface ValidationDetail {
  path?: (string | number)[];
  message?: string;
}

/**
 * The API's refusal as form errors. Beyond what `apiFormErrors` reads (400), the space's routes answer 422 with
 * details for what only the database can check (an unknown certification code, a site of another organisation, a
 * publication without a session): those go next to their field too.
 */
export function spaceFormErrors(e: unknown, locale: Locale, fields: readonly string[]): FormErrors {
  if (isApiError(e, 422) && Array.isArray(e.body.details) && e.body.details.length) {
    const found: Record<string, FieldMessage> = {};
    const general: FieldMessage[] = [];
    for (const detail of e.body.details as ValidationDetail[]) {
      const text = detail.message ?? e.body.message;
      const message = locale === 'fr' ? { text } : { text, lang: 'fr' };
      const field = typeof detail.path?.[0] === 'string' ? detail.path[0] : undefined;
      if (field && fields.includes(field)) found[field] ??= message;
      else if (!general.some((g) => g.text === text)) general.push(message);
    }
    return formErrors(found, general);
  }
  return apiFormErrors(e, locale, fields);
}

/** Whether the API said the session is over: the action sends the person to sign in again. */
export function signedOut(e: unknown): boolean {
  return isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED';
}

// ——— The training form ———

/** The training's fields the forms show, in the API's names. */
export const TRAINING_FIELDS = [
  'title',
  'certificationCode',
  'objective',
  'entryLevel',
  'contactLabel',
  'contactEmail',
  'contactPhone',
  'description',
  'content',
  'expectedResults',
  'entryRequirements',
  'accessibility',
  'url',
] as const;
export type TrainingField = (typeof TRAINING_FIELDS)[number];
/** The long LHÉO texts, folded away in the short « Nouvelle formation » form. */
export const LONG_FIELDS: readonly TrainingField[] = ['description', 'content', 'expectedResults', 'entryRequirements', 'accessibility', 'url'];

export type TrainingValues = Record<TrainingField, string>;
type TrainingBody = RouteInput<typeof routes.createTraining>['body'];

/** What was typed, as the API takes it ('' = none); a certification code is written the register's way (RNCP38884). */
export function readTraining(form: FormData): { body: TrainingBody; values: TrainingValues } {
  const values = Object.fromEntries(TRAINING_FIELDS.map((f) => [f, textOf(form, f)])) as TrainingValues;
  values.certificationCode = values.certificationCode.toUpperCase().replace(/\s+/g, '');
  return { body: { ...values }, values };
}

/** A training as the form's values. */
export function trainingValues(t: ManagedTraining): TrainingValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    title: t.title,
    certificationCode: text(t.certificationCode),
    objective: text(t.objective),
    entryLevel: text(t.entryLevel),
    contactLabel: text(t.contactLabel),
    contactEmail: text(t.contactEmail),
    contactPhone: text(t.contactPhone),
    description: text(t.description),
    content: text(t.content),
    expectedResults: text(t.expectedResults),
    entryRequirements: text(t.entryRequirements),
    accessibility: text(t.accessibility),
    url: text(t.url),
  };
}

export const EMPTY_TRAINING: TrainingValues = Object.fromEntries(TRAINING_FIELDS.map((f) => [f, ''])) as TrainingValues;

// ——— The session form ———

export const SESSION_FIELDS = ['siteId', 'modality', 'startDate', 'endDate', 'durationHours', 'priceEur', 'fundings', 'capacity', 'seatsLeft', 'registrationUrl'] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];
export type SessionValues = Record<Exclude<SessionField, 'fundings'>, string> & { fundings: string[] };
type SessionBody = RouteInput<typeof routes.createSession>['body'];

function isModality(value: string): value is Modality {
  return (MODALITIES as readonly string[]).includes(value);
}

function isFunding(value: string): value is Funding {
  return (FUNDINGS as readonly string[]).includes(value);
}

/** The messages of the checks made before calling the API (fr-space.ts `session.errors`). */
export interface SessionMessages {
  site: string;
  modality: string;
  date: string;
  endBeforeStart: string;
  durationHours: string;
  priceEur: string;
  capacity: string;
  seatsLeft: string;
  seatsOverCapacity: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

/** An integer (or any number) between min and max, or '' for none. */
function numberIn(value: string, min: number, max: number, integer: boolean): boolean {
  if (value === '') return true;
  const n = Number(value);
  return Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
}

/**
 * What was typed, checked the way the API will check it, with messages in the page's language and every problem at
 * once (the API stops at its schema before it looks at the site, and words the number checks in English). The API
 * still has the last word.
 */
export function readSession(form: FormData, messages: SessionMessages): { body: SessionBody | null; values: SessionValues; errors: FormErrors | null } {
  const values: SessionValues = {
    siteId: textOf(form, 'siteId'),
    modality: textOf(form, 'modality'),
    startDate: textOf(form, 'startDate'),
    endDate: textOf(form, 'endDate'),
    durationHours: textOf(form, 'durationHours'),
    priceEur: textOf(form, 'priceEur').replace(',', '.').replace(/\s/g, ''),
    fundings: form.getAll('fundings').filter((v): v is string => typeof v === 'string'),
    capacity: textOf(form, 'capacity'),
    seatsLeft: textOf(form, 'seatsLeft'),
    registrationUrl: textOf(form, 'registrationUrl'),
  };
  const problem = (wrong: boolean, text: string) => (wrong ? { text } : null);
  const datesValid = (!values.startDate || isIsoDate(values.startDate)) && (!values.endDate || isIsoDate(values.endDate));
  const numbersValid = numberIn(values.capacity, 1, 10_000, true) && numberIn(values.seatsLeft, 0, 10_000, true);
  const errors = formErrors({
    siteId: problem(!/^[1-9]\d{0,8}$/.test(values.siteId) && values.modality !== 'vae', messages.site),
    modality: problem(!isModality(values.modality), messages.modality),
    startDate: problem(Boolean(values.startDate) && !isIsoDate(values.startDate), messages.date),
    endDate:
      problem(Boolean(values.endDate) && !isIsoDate(values.endDate), messages.date) ??
      problem(datesValid && Boolean(values.startDate && values.endDate) && values.endDate < values.startDate, messages.endBeforeStart),
    durationHours: problem(!numberIn(values.durationHours, 1, 10_000, true), messages.durationHours),
    priceEur: problem(!numberIn(values.priceEur, 0, 1_000_000, false), messages.priceEur),
    capacity: problem(!numberIn(values.capacity, 1, 10_000, true), messages.capacity),
    seatsLeft:
      problem(!numberIn(values.seatsLeft, 0, 10_000, true), messages.seatsLeft) ??
      problem(numbersValid && values.seatsLeft !== '' && values.capacity !== '' && Number(values.seatsLeft) > Number(values.capacity), messages.seatsOverCapacity),
  });
  if (hasErrors(errors) || !isModality(values.modality)) return { body: null, values, errors };
  return { body: { ...values, modality: values.modality, fundings: values.fundings.filter(isFunding) }, values, errors: null };
}

export function sessionValues(s: ManagedSession): SessionValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    siteId: text(s.siteId),
    modality: s.modality,
    startDate: text(s.startDate),
    endDate: text(s.endDate),
    durationHours: text(s.durationHours),
    priceEur: text(s.priceEur),
    fundings: [...s.fundings],
    capacity: text(s.capacity),
    seatsLeft: text(s.seatsLeft),
    registrationUrl: text(s.registrationUrl),
  };
}

export const EMPTY_SESSION: SessionValues = {
  siteId: '',
  modality: '',
  startDate: '',
  endDate: '',
  durationHours: '',
  priceEur: '',
  fundings: [],
  capacity: '',
  seatsLeft: '',
  registrationUrl: '',
};

/** The locale of a request's address. */
export function localeOf(request: Request): Locale {
  return localeFromPath(new URL(request.url).pathname);
}
