import { Link } from 'react-router';
import type { NetworkFigures } from '@passerelles/domain';
import type { Route } from './+types/home';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { useCampus } from '../lib/campus';
import { departementLabel } from '../lib/departements';
import { pageMeta } from '../lib/meta';
import { ButtonLink, Card, KeyFigure, KeyFigureList } from '../ui';
import { NetworkIllustration } from './home/NetworkIllustration';
import homeCss from './home/home.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: homeCss }];

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const profile = matches[0]?.loaderData?.profile;
  return pageMeta({
    pathname: location.pathname,
    title: t.home.metaTitle,
    description: profile ? t.home.metaDescription(profile.name) : undefined,
    campus: profile?.shortName,
  });
}

const NETWORK_FIGURES = ['members', 'trainingProviders', 'companies'] as const satisfies readonly (keyof NetworkFigures)[];
const OFFER_FIGURES = ['trainings', 'sessions', 'certifications', 'metiers'] as const satisfies readonly (keyof NetworkFigures)[];

function FigureGroup({ names, figures }: { names: readonly (keyof NetworkFigures)[]; figures: NetworkFigures }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <KeyFigureList>
      {names.map((name) => (
        <KeyFigure
          key={name}
          name={name}
          value={i18n.number(figures[name])}
          label={i18n.plural(figures[name], t.home.figures[name])}
          hint={figures[name] === 0 ? t.home.figureEmpty : undefined}
        />
      ))}
    </KeyFigureList>
  );
}

export default function Home() {
  const { profile, figures } = useCampus();
  const { t, locale, href } = useI18n();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container hero__inner">
          <div className="hero__text">
            <p className="hero__eyebrow" lang="fr">
              {profile.sector}
            </p>
            {/* The campus's official name is French, also on the English page. */}
            <h1 id="hero-title" lang="fr">
              {profile.name}
            </h1>
            <p className="hero__tagline">{profile.tagline[locale]}</p>
            <dl className="hero__facts">
              <div>
                <dt>{t.home.territory}</dt>
                <dd>{profile.departements.map(departementLabel).join(', ')}</dd>
              </div>
            </dl>
            <p className="hero__actions">
              <ButtonLink to={href('trainings')}>{t.home.ctaTrainings}</ButtonLink>
              <ButtonLink to={href('companies')} variant="secondary">
                {t.home.ctaCompanies}
              </ButtonLink>
            </p>
          </div>
          <NetworkIllustration />
        </div>
      </section>

      <section className="page-section page-section--tint" aria-labelledby="figures-title">
        <div className="container">
          <h2 id="figures-title">{t.home.figuresTitle}</h2>
          <p className="muted">{t.home.figuresIntro}</p>
          <h3 className="figures__group-title">{t.home.figuresNetwork}</h3>
          <FigureGroup names={NETWORK_FIGURES} figures={figures} />
          <h3 className="figures__group-title">{t.home.figuresOffer}</h3>
          <FigureGroup names={OFFER_FIGURES} figures={figures} />
        </div>
      </section>

      <section className="page-section" aria-labelledby="objectives-title">
        <div className="container">
          <h2 id="objectives-title">{t.home.objectivesTitle}</h2>
          <p className="muted">{t.home.objectivesIntro}</p>
          <ol className="card-grid objectives">
            {t.home.objectives.map((objective) => (
              <Card
                key={objective.page + objective.title}
                as="li"
                className="objective"
                title={objective.title}
                footer={
                  <Link className="arrow-link" to={href(objective.page)}>
                    {objective.link}
                  </Link>
                }
              >
                <p className="card__body">{objective.text}</p>
              </Card>
            ))}
          </ol>
        </div>
      </section>

      <section className="page-section page-section--tint" aria-labelledby="audiences-title">
        <div className="container">
          <h2 id="audiences-title">{t.home.audiencesTitle}</h2>
          <ul className="audiences">
            {t.home.audiences.map((audience) => (
              <li key={audience.title} className="audience">
                <h3 className="audience__title">{audience.title}</h3>
                <p className="audience__text">{audience.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}
