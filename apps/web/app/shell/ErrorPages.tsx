import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import type { PageKey } from '../i18n/pages';
import { ButtonLink, PageHeader } from '../ui';

const SUGGESTED: readonly PageKey[] = ['home', 'trainings', 'metiers', 'companies', 'members', 'data'];

/** What a 404 says: what happened, why it may have happened, and where to go from here. */
export function NotFoundPage() {
  const { t, href } = useI18n();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader eyebrow={t.notFound.code} title={t.notFound.title} lead={t.notFound.lead} />
      <div className="container page-section prose">
        <p>
          {t.notFound.asked} <code className="requested-path">{pathname}</code>
        </p>
        <ul>
          {t.notFound.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
        <h2>{t.notFound.whereTitle}</h2>
        <ul>
          {SUGGESTED.map((page) => (
            <li key={page}>
              <Link to={href(page)}>{t.nav[page]}</Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

interface ErrorPageProps {
  status: number;
  /** The platform has no campus yet: tell the administrator the command that fixes it. */
  noCampus?: boolean;
  /** Stack trace, shown in development only. */
  detail?: string;
}

export function ErrorPage({ status, noCampus, detail }: ErrorPageProps) {
  const { t, href } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t.error.code(status)} title={t.error.title} lead={noCampus ? t.error.noCampus : t.error.lead} />
      <div className="container page-section prose">
        <p>{noCampus ? t.error.noCampusHint : t.error.retry}</p>
        <p>
          {/* A full page load: after an error, the client state is not worth keeping. */}
          <ButtonLink to={href('home')} reloadDocument>
            {t.error.backHome}
          </ButtonLink>
        </p>
        {detail ? <pre className="error-detail">{detail}</pre> : null}
      </div>
    </>
  );
}
