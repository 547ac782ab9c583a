import { routes } from '@passerelles/contracts';
import type { Route } from './+types/about-data';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { pageMeta } from '../lib/meta';
import { DemoBadge, PageHeader, VisuallyHidden } from '../ui';

const LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

/** The sources as the platform knows them: the reference list, with what was actually imported here and when. */
export async function loader({ context }: Route.LoaderArgs) {
  return context.api(routes.listDataSources);
}

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({
    pathname: location.pathname,
    title: t.data.title,
    description: t.data.description,
    campus: matches[0]?.loaderData?.profile.shortName,
  });
}

/** Attribution required by the open licences: producer, dataset, version, licence and link, for each source. */
export default function AboutData({ loaderData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const d = t.data;
  return (
    <>
      <PageHeader title={d.title} lead={d.intro} />
      <div className="container page-section">
        <h2>{d.sourcesTitle}</h2>
        <ul className="card-grid sources">
          {loaderData.items.map((source) => (
            <li key={source.id} className="card source">
              <h3 className="card__title">
                {source.dataset[locale]}
              </h3>
              <dl className="meta-list">
                <dt>{d.producer}</dt>
                <dd lang="fr">{source.producer}</dd>
                <dt>{d.version}</dt>
                <dd lang="fr">{source.version}</dd>
                <dt>{d.licence}</dt>
                <dd lang="fr">{source.licence}</dd>
              </dl>
              <h4 className="source__import-title">{d.lastImport}</h4>
              {source.lastImport ? (
                <dl className="meta-list source__import">
                  <dt>{d.file}</dt>
                  <dd>
                    <code>{source.lastImport.file}</code>
                  </dd>
                  {source.lastImport.fileVersion ? (
                    <>
                      <dt>{d.fileVersion}</dt>
                      <dd lang="fr">{source.lastImport.fileVersion}</dd>
                    </>
                  ) : null}
                  <dt>{d.importedOn}</dt>
                  <dd>
                    <time dateTime={source.lastImport.finishedAt}>{i18n.date(source.lastImport.finishedAt)}</time>
                  </dd>
                  <dt>{d.records}</dt>
                  <dd>
                    {i18n.number(source.lastImport.accepted)} {i18n.plural(source.lastImport.accepted, d.accepted)},{' '}
                    {i18n.number(source.lastImport.rejected)} {i18n.plural(source.lastImport.rejected, d.rejected)}
                  </dd>
                </dl>
              ) : (
                <p className="muted source__import">{d.notImported}</p>
              )}
              <p className="card__footer">
                <a className="arrow-link" href={source.url} hrefLang="fr">
                  {d.link}
                  {/* Heard by screen-reader users listing links out of context; the card title says it to others. */}
                  <VisuallyHidden>{d.linkDataset(source.dataset[locale])}</VisuallyHidden>
                </a>
              </p>
            </li>
          ))}
        </ul>

        <div className="prose">
          <h2>{d.campusTitle}</h2>
          <p>
            {d.campus} <DemoBadge />.
          </p>

          <h2>{d.licenceTitle}</h2>
          <p>{d.licenceText}</p>
          <p>
            <a href={LICENCE_URL}>{d.licenceLink}</a>
          </p>
          <p>
            {d.openApi} <a href="/api/docs">/api/docs</a>
          </p>
        </div>
      </div>
    </>
  );
}
