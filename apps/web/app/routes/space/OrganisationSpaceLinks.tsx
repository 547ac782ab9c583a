import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import type { Account } from '../../lib/account';
import { spacePath } from './shared';

/**
 * Links to the spaces of the organisations the person belongs to (each named by the organisation), with their role;
 * nothing when they belong to none. Meant for the account page, under « Mes organisations » (its `account-links`
 * list style comes with account.css).
 */
export function OrganisationSpaceLinks({
  memberships,
  headingLevel = 3,
  title,
}: {
  memberships: Account['memberships'];
  /** 0: no heading (the place it goes in already says what the list is). */
  headingLevel?: 2 | 3 | 0;
  /** Instead of « Espaces de mes organisations ». */
  title?: string;
}) {
  const { t, locale } = useI18n();
  const l = t.space.list;
  if (!memberships.length) return null;
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  const sorted = [...memberships].sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr'));
  return (
    <>
      {Heading ? <Heading id="organisation-spaces">{title ?? l.linksTitle}</Heading> : null}
      <ul className="account-links" aria-labelledby={Heading ? 'organisation-spaces' : undefined}>
        {sorted.map((m) => (
          <li key={m.organisationSlug}>
            <Link to={spacePath(locale, m.organisationSlug)} lang="fr">
              {m.organisationName}
            </Link>{' '}
            <span className="muted">({l.role[m.role]})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
