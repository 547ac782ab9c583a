import { Link, data } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/audit-log';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { INTL_TAG, localeFromPath, type Locale } from '../../i18n/locales';
import { noStore, requireAccount } from '../../lib/account';
import { AccountPage, privateMeta } from '../account/shared';
import accountCss from '../account/account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

type Entry = RouteResponse<typeof routes.listAuditLog>['items'][number];

/** Entries per page. */
const PAGE = 50;

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.campus;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, loaderData?.forbidden ? t.forbiddenTitle : t.logTitle, t.logDescription);
}

/** The audit log, newest first, fifty entries a page; `?avant=<id>` shows the entries older than that one. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  if (account.platformRole !== 'campus_admin') return data({ forbidden: true, items: [] as Entry[], before: null, older: null }, { status: 403 });
  const raw = Number(new URL(request.url).searchParams.get('avant'));
  const before = Number.isInteger(raw) && raw > 0 ? raw : null;
  const { items } = await context.api(routes.listAuditLog, { query: { limit: PAGE, ...(before ? { before } : {}) } });
  const older = items.length === PAGE ? items[items.length - 1]!.id : null;
  return { forbidden: false, items, before, older };
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** « 14 mars 2026, 10:15 », Paris time. */
function dateTime(locale: Locale, iso: string): string {
  let format = timeFormats.get(locale);
  if (!format) timeFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' })));
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function detailText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { t, href, locale } = useI18n();
  const c = t.account.campus;
  const { forbidden, items, before, older } = loaderData;
  if (forbidden) {
    return (
      <AccountPage title={c.forbiddenTitle} eyebrow={c.eyebrow}>
        <p>{c.forbiddenLog}</p>
        <p>
          <Link to={href('account')}>{c.backToAccount}</Link>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage title={c.logTitle} eyebrow={c.eyebrow} lead={c.logLead}>
      {before ? <p className="muted">{c.olderPage}</p> : null}
      {items.length ? (
        // A wide table scrolls sideways on a phone; the region can take the focus so the keyboard scrolls it too.
        <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="audit-table">
            <caption id="audit-caption">{c.logCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.when}</th>
                <th scope="col">{c.action}</th>
                <th scope="col">{c.actor}</th>
                <th scope="col">{c.on}</th>
                <th scope="col">{c.details}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => {
                const details = Object.entries(entry.details);
                const on = [entry.subjectName, entry.organisationName].filter(Boolean).join(' · ');
                return (
                  <tr key={entry.id}>
                    <td className="audit-table__when">
                      <time dateTime={entry.at}>{dateTime(locale, entry.at)}</time>
                    </td>
                    <td>
                      {c.actions[entry.action] ?? <code>{entry.action}</code>}
                    </td>
                    <td>{entry.actorName ?? <span className="muted">{c.nobody}</span>}</td>
                    <td>{on || '—'}</td>
                    <td>
                      {details.length ? (
                        <ul className="audit-table__details">
                          {details.map(([k, v]) => (
                            <li key={k}>
                              <code>{k}</code>
                              {locale === 'fr' ? '\u00a0: ' : ': '}
                              {detailText(v)}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{c.noEntry}</p>
      )}
      {before || older ? (
        <nav className="pager" aria-label={c.logTitle}>
          {before ? <Link to={href('auditLog')}>{c.newest}</Link> : null}
          {older ? (
            <Link to={`${href('auditLog')}?avant=${older}`} className="pager__next">
              {c.older}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </AccountPage>
  );
}
