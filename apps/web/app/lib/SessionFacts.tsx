import type { ReactNode } from 'react';
import { MODALITY_LABELS, type Modality } from '@passerelles/domain';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { DemoBadge } from '../ui';
import { sessionDates, sessionPrice, sessionSeats } from './session-format';

/**
 * A session's facts, as the training search, a reconversion path (`/metiers/…/mobilites/…`) and « Mon parcours »
 * show them: a <dl> of term / detail rows, each row wrapped in a <div>.
 */

/** What every caller has of a session: a search result, a step of a reconversion path or of a pathway. */
interface SessionBasics {
  commune: { name: string; departement?: string } | null;
  /** From the place the person gave, when they gave one. */
  distanceKm: number | null;
  modality: string;
  priceEur: number | null;
  fundings: readonly string[];
}

/** A session told in full, one fact a row (the training search, a reconversion path). */
export interface SessionFactsData extends SessionBasics {
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  /** Absent when the page has no seat count (a reconversion path): no « Places » row then. */
  seatsLeft?: number | null;
  capacity?: number | null;
}

/** A step of « Mon parcours », told briefly: its dates are in the step's label. */
export interface StepFactsData extends SessionBasics {
  organisation: { name: string } | null;
  durationMonths: number;
}

/** A row a page adds after the session's own (what a pathway step leads to). */
export interface Fact {
  term: string;
  detail: ReactNode;
}

type SessionFactsProps = {
  /** Rows after the session's own; null ones are left out. */
  more?: readonly (Fact | null)[];
} & (
  | { session: SessionFactsData; brief?: false }
  /** Three rows — Où (organisation, place), Comment (modality, months), Coût pour vous (price, funding) — for a pathway step. */
  | { session: StepFactsData; brief: true }
);

export function SessionFacts(props: SessionFactsProps) {
  const i18n = useI18n();
  const rows = [...(props.brief ? stepRows(i18n, props.session) : sessionRows(i18n, props.session)), ...(props.more ?? [])].filter((r): r is Fact => r !== null);
  return (
    <dl className={props.brief ? 'step-facts' : 'session__facts'}>
      {rows.map((row) => (
        <div key={row.term}>
          <dt>{row.term}</dt>
          <dd>{row.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

function sessionRows(i18n: I18n, session: SessionFactsData): (Fact | null)[] {
  const { t } = i18n;
  const s = t.trainingSearch;
  const fundings = fundingNames(i18n, session.fundings);
  const { seatsLeft, capacity } = session;
  return [
    {
      term: s.place,
      detail: session.commune ? (
        <>
          <span lang="fr">{session.commune.name}</span>
          {session.commune.departement ? ` (${session.commune.departement})` : null}
          {session.distanceKm !== null ? (
            <>
              , <Distance i18n={i18n} km={session.distanceKm} />
            </>
          ) : null}
        </>
      ) : (
        t.training.noPlace
      ),
    },
    { term: s.dates, detail: sessionDates(i18n, session) },
    { term: s.modality, detail: modalityLabel(i18n, session.modality) },
    session.durationHours !== null ? { term: s.duration, detail: s.hours(i18n.number(session.durationHours)) } : null,
    { term: s.price, detail: sessionPrice(i18n, session.priceEur) },
    { term: s.funding, detail: fundings.length ? fundings.join(', ') : t.training.fundingNone },
    seatsLeft !== undefined ? { term: s.seats, detail: sessionSeats(i18n, { seatsLeft, capacity: capacity ?? null }) } : null,
  ];
}

function stepRows(i18n: I18n, step: StepFactsData): (Fact | null)[] {
  const { t } = i18n;
  const p = t.pathway;
  const fundings = fundingNames(i18n, step.fundings);
  return [
    step.organisation
      ? {
          term: p.where,
          detail: (
            <>
              <span lang="fr">{step.organisation.name}</span>
              {step.commune ? (
                <>
                  , <span lang="fr">{step.commune.name}</span>
                </>
              ) : null}
              {step.distanceKm !== null ? (
                <>
                  {' '}
                  (<Distance i18n={i18n} km={step.distanceKm} />)
                </>
              ) : null}
            </>
          ),
        }
      : null,
    { term: p.how, detail: `${modalityLabel(i18n, step.modality)}, ${p.months(step.durationMonths)}` },
    {
      term: p.cost,
      detail: `${step.priceEur === null ? p.unknownPrice : sessionPrice(i18n, step.priceEur)}${fundings.length ? ` · ${p.fundedBy(fundings.join(', '))}` : ''}`,
    },
  ];
}

/** « à 12 km », in whole kilometres; « à moins de 1 km » below one. */
function Distance({ i18n, km }: { i18n: I18n; km: number }) {
  const { t } = i18n;
  return <span className="session__distance">{km < 1 ? t.mobilityPath.distanceNear : t.trainingSearch.distance(i18n.number(Math.round(km)))}</span>;
}

function modalityLabel(i18n: I18n, modality: string): string {
  return MODALITY_LABELS[modality as Modality]?.[i18n.locale] ?? modality;
}

/** Funding names in the page's language; a code the catalogue does not know is shown as it is. */
function fundingNames(i18n: I18n, fundings: readonly string[]): string[] {
  const names: Partial<Record<string, string>> = i18n.t.fundings;
  return fundings.map((f) => names[f] ?? f);
}

/** Under a session's title: the organisation that runs it (and the demo mark), then the certification it prepares. */
export function SessionByline({
  session,
}: {
  session: { organisation: { name: string }; isDemo: boolean; certification: { title: string; level: number | null } | null };
}) {
  const { t } = useI18n();
  const c = session.certification;
  return (
    <>
      <p className="session__org">
        <span lang="fr">{session.organisation.name}</span>
        {session.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      {c ? (
        <p className="session__cert">
          <span lang="fr">{c.title}</span>
          {c.level !== null ? <span className="session__level">{t.certification.levelShort(c.level)}</span> : null}
        </p>
      ) : null}
    </>
  );
}
