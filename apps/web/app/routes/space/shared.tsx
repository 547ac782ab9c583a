import type { ReactNode } from 'react';
import { Link, type AppLoadContext } from 'react-router';
import { FUNDINGS, LEVEL_EXAMPLES, MODALITIES, MODALITY_LABELS, QUALIFICATION_LEVELS } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import { useI18n } from '../../i18n/use-i18n';
import type { Locale } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { requireAccount, type Account } from '../../lib/account';
import type { FormErrors } from '../../lib/forms';
import { isApiError, notFound, orNotFound } from '../../lib/records';
import { FieldError, PageHeader, SelectField, TextAreaField, TextField, type Crumb } from '../../ui';
import {
  LONG_FIELDS,
  spacePath,
  type SessionField,
  type SessionValues,
  type Site,
  type SpaceAnswer,
  type TrainingField,
  type TrainingStatus,
  type TrainingValues,
} from './space-forms';

/** The space's React parts: loading a space, its notices, badges and form fields (the rest is in space-forms.ts). */
export * from './space-forms';

// ——— Loading ———

export type SpaceLoad = { account: Account; space: SpaceAnswer; name: string } | { account: Account; space: null; name: string };

/**
 * The signed-in account (or the sign-in page, which brings the person back) and the organisation's space; `space` is
 * null when the account may not open it (the API answers 403: neither a member nor the campus admin). The
 * organisation's name then comes from its public page, and an organisation that does not exist is a 404.
 */
export async function loadSpace(context: AppLoadContext, request: Request, slug: string): Promise<SpaceLoad> {
  const account = await requireAccount(context, request);
  try {
    const space = await context.api(routes.listOrganisationTrainings, { params: { slug } });
    return { account, space, name: space.organisation.name };
  } catch (e) {
    if (isApiError(e, 404)) notFound();
    if (!isApiError(e, 403)) throw e;
  }
  const member = await orNotFound(context.api(routes.getMember, { params: { slug } }));
  return { account, space: null, name: member.name };
}

// ——— Status ———

export const STATUS_ORDER: readonly TrainingStatus[] = ['draft', 'published', 'archived'];

function StatusIcon({ status }: { status: TrainingStatus }) {
  return (
    <svg className="space-status__icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === 'published' ? (
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      ) : status === 'draft' ? (
        <path d="M2 14l1-4 8-8 3 3-8 8z" fill="currentColor" />
      ) : (
        <>
          <rect x="1.5" y="2.5" width="13" height="3.5" rx="1" fill="currentColor" />
          <path d="M3 6.5v7h10v-7M6.5 9h3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

/** A training's state: an icon and a word, never colour alone. */
export function TrainingStatusBadge({ status }: { status: TrainingStatus }) {
  const { t } = useI18n();
  return (
    <span className={`space-status space-status--${status}`}>
      <StatusIcon status={status} />
      {t.space.status.names[status]}
    </span>
  );
}

// ——— Breadcrumb ———

export function spaceCrumbs(locale: Locale, labels: { spaces: string }, space?: { slug: string; name: string }): Crumb[] {
  const crumbs: Crumb[] = [{ label: labels.spaces, to: pathFor('spaces', locale) }];
  if (space) crumbs.push({ label: space.name, to: spacePath(locale, space.slug), lang: 'fr' });
  return crumbs;
}

// ——— The training form ———

/**
 * The training's fields. `folded`: the short form of a new training, the long LHÉO texts in a <details> (opened when
 * one of them has an error or a value); otherwise every field shows.
 */
export function TrainingFields({ prefix, values, errors, folded }: { prefix: string; values: TrainingValues; errors?: FormErrors; folded: boolean }) {
  const { t, href, locale } = useI18n();
  const f = t.space.fields;
  const id = (field: TrainingField) => `${prefix}-${field}`;
  const err = (field: TrainingField) => errors?.fields[field];
  const long = (
    <>
      <TextAreaField id={id('description')} name="description" label={f.description} optional rows={4} maxLength={4000} defaultValue={values.description} error={err('description')} />
      <TextAreaField id={id('content')} name="content" label={f.content} hint={f.contentHint} optional rows={5} maxLength={8000} defaultValue={values.content} error={err('content')} />
      <TextAreaField id={id('expectedResults')} name="expectedResults" label={f.expectedResults} optional rows={3} maxLength={4000} defaultValue={values.expectedResults} error={err('expectedResults')} />
      <TextAreaField
        id={id('entryRequirements')}
        name="entryRequirements"
        label={f.entryRequirements}
        hint={f.entryRequirementsHint}
        optional
        rows={3}
        maxLength={2000}
        defaultValue={values.entryRequirements}
        error={err('entryRequirements')}
      />
      <TextAreaField
        id={id('accessibility')}
        name="accessibility"
        label={f.accessibility}
        hint={f.accessibilityHint}
        optional
        rows={3}
        maxLength={2000}
        defaultValue={values.accessibility}
        error={err('accessibility')}
      />
      <TextField id={id('url')} name="url" type="url" label={f.url} hint={f.urlHint} optional maxLength={500} autoComplete="url" defaultValue={values.url} error={err('url')} />
    </>
  );
  const openLong = LONG_FIELDS.some((field) => err(field) || values[field]);
  return (
    <>
      <TextField id={id('title')} name="title" label={f.title} hint={f.titleHint} required maxLength={200} defaultValue={values.title} error={err('title')} />
      <div className="space-field-with-link">
        <TextField
          id={id('certificationCode')}
          name="certificationCode"
          label={f.certificationCode}
          hint={f.certificationCodeHint}
          optional
          maxLength={12}
          autoComplete="off"
          spellCheck={false}
          className="space-field--short"
          defaultValue={values.certificationCode}
          error={err('certificationCode')}
        />
        <p className="space-field-with-link__link">
          <a href={href('certifications')} target="_blank" rel="noopener">
            {f.certificationSearch}
            <span className="visually-hidden"> {t.space.newWindow}</span>
          </a>
        </p>
      </div>
      <TextAreaField id={id('objective')} name="objective" label={f.objective} hint={f.objectiveHint} optional rows={3} maxLength={4000} defaultValue={values.objective} error={err('objective')} />
      <SelectField id={id('entryLevel')} name="entryLevel" label={f.entryLevel} defaultValue={values.entryLevel} error={err('entryLevel')}>
        <option value="">{f.entryLevelNone}</option>
        {QUALIFICATION_LEVELS.map((level) => (
          <option key={level} value={level}>
            {f.levelOption(level, LEVEL_EXAMPLES[level][locale])}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-fieldset">
        <legend className="space-fieldset__legend">{f.contactTitle}</legend>
        <TextField id={id('contactLabel')} name="contactLabel" label={f.contactLabel} hint={f.contactLabelHint} optional maxLength={200} defaultValue={values.contactLabel} error={err('contactLabel')} />
        <TextField
          id={id('contactEmail')}
          name="contactEmail"
          type="email"
          label={f.contactEmail}
          optional
          maxLength={254}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.contactEmail}
          error={err('contactEmail')}
        />
        <TextField
          id={id('contactPhone')}
          name="contactPhone"
          type="tel"
          label={f.contactPhone}
          optional
          maxLength={40}
          autoComplete="off"
          className="space-field--short"
          defaultValue={values.contactPhone}
          error={err('contactPhone')}
        />
      </fieldset>
      {folded ? (
        <details className="space-disclosure" open={openLong}>
          <summary className="space-disclosure__summary">{f.more}</summary>
          <div className="space-disclosure__body">
            <p className="field__hint">{f.moreHint}</p>
            {long}
          </div>
        </details>
      ) : (
        <fieldset className="space-fieldset">
          <legend className="space-fieldset__legend">{f.more}</legend>
          {long}
        </fieldset>
      )}
    </>
  );
}

// ——— The session form ———

/** Two short fields side by side on a wide screen (dates, hours and price, places). */
function Pair({ children }: { children: ReactNode }) {
  return <div className="space-pair">{children}</div>;
}

export function SessionFields({ prefix, sites, values, errors }: { prefix: string; sites: readonly Site[]; values: SessionValues; errors?: FormErrors }) {
  const { t, locale } = useI18n();
  const s = t.space.session;
  const id = (field: SessionField) => `${prefix}-${field}`;
  const err = (field: SessionField) => errors?.fields[field];
  const fundingsError = err('fundings');
  return (
    <>
      <SelectField id={id('siteId')} name="siteId" label={s.site} hint={sites.length ? s.siteHint : s.noSites} defaultValue={values.siteId} error={err('siteId')}>
        <option value="">{values.siteId === '' && values.modality === 'vae' ? s.siteNone : s.siteChoose}</option>
        {sites.map((site) => (
          <option key={site.id} value={site.id} lang="fr">
            {s.siteOption(site.label, site.commune)}
          </option>
        ))}
      </SelectField>
      <SelectField id={id('modality')} name="modality" label={s.modality} required defaultValue={values.modality} error={err('modality')}>
        <option value="">{s.modalityChoose}</option>
        {MODALITIES.map((m) => (
          <option key={m} value={m}>
            {MODALITY_LABELS[m][locale]}
          </option>
        ))}
      </SelectField>
      <Pair>
        <TextField id={id('startDate')} name="startDate" type="date" label={s.startDate} optional defaultValue={values.startDate} error={err('startDate')} />
        <TextField id={id('endDate')} name="endDate" type="date" label={s.endDate} optional defaultValue={values.endDate} error={err('endDate')} />
      </Pair>
      <Pair>
        <TextField
          id={id('durationHours')}
          name="durationHours"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          step={1}
          label={s.durationHours}
          hint={s.durationHint}
          optional
          defaultValue={values.durationHours}
          error={err('durationHours')}
        />
        <TextField
          id={id('priceEur')}
          name="priceEur"
          type="number"
          inputMode="decimal"
          min={0}
          max={1000000}
          step="any"
          label={s.priceEur}
          hint={s.priceHint}
          optional
          defaultValue={values.priceEur}
          error={err('priceEur')}
        />
      </Pair>
      <fieldset className={['field', 'field--group', fundingsError ? 'field--error' : null].filter(Boolean).join(' ')} aria-describedby={fundingsError ? `${id('fundings')}-error` : undefined}>
        <legend className="field__label">
          {s.fundings} <span className="field__optional">{t.forms.optional}</span>
        </legend>
        <FieldError id={id('fundings')} error={fundingsError} />
        <div className="space-checks">
          {FUNDINGS.map((funding, i) => {
            const checkId = i === 0 ? id('fundings') : `${id('fundings')}-${funding}`;
            return (
              <div className="check" key={funding}>
                <input id={checkId} type="checkbox" className="check__input" name="fundings" value={funding} defaultChecked={values.fundings.includes(funding)} />
                <label className="check__label" htmlFor={checkId}>
                  {t.fundings[funding]}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <Pair>
        <TextField
          id={id('capacity')}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          step={1}
          label={s.capacity}
          optional
          defaultValue={values.capacity}
          error={err('capacity')}
        />
        <TextField
          id={id('seatsLeft')}
          name="seatsLeft"
          type="number"
          inputMode="numeric"
          min={0}
          max={10000}
          step={1}
          label={s.seatsLeft}
          hint={s.seatsHint}
          optional
          defaultValue={values.seatsLeft}
          error={err('seatsLeft')}
        />
      </Pair>
      <TextField
        id={id('registrationUrl')}
        name="registrationUrl"
        type="url"
        label={s.registrationUrl}
        hint={s.registrationUrlHint}
        optional
        maxLength={500}
        autoComplete="url"
        spellCheck={false}
        defaultValue={values.registrationUrl}
        error={err('registrationUrl')}
      />
    </>
  );
}

/** What a signed-in person who is neither a member nor the campus admin sees (status 403). */
export function SpaceForbidden({ name, reason = 'member' }: { name: string; reason?: 'member' | 'admin' }) {
  const { t, href } = useI18n();
  const f = t.space.forbidden;
  return (
    <>
      <PageHeader eyebrow={t.space.eyebrow} title={f.title} lead={reason === 'admin' ? f.adminOnly(name) : f.text(name)} />
      <div className="container page-section space-page">
        <p>{reason === 'admin' ? f.adminHow : f.how}</p>
        <ul className="account-links">
          <li>
            <Link to={href('account')}>{f.toAccount}</Link>
          </li>
          <li>
            <Link to={href('spaces')}>{f.toSpaces}</Link>
          </li>
        </ul>
      </div>
    </>
  );
}
