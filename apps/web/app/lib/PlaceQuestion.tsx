import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { departementLabel } from './departements';
import type { PlaceQuestion } from './place';

/**
 * What a page says about a typed place that is not one commune: several answer (each a link to the same page from
 * there), or none does (and what the page does without it, `ignored`). Nothing when the place was settled.
 */
export function PlaceQuestionNotice({
  place,
  question,
  linkFor,
  ignored,
}: {
  place: string;
  question: PlaceQuestion;
  /** The same page's address from one commune. */
  linkFor: (commune: string) => string;
  ignored: string;
}) {
  const { t } = useI18n();
  if (question.notFound) return <p className="callout">{`${t.place.notFound(place)} ${ignored}`}</p>;
  if (!question.choices.length) return null;
  return (
    <div className="callout" role="status">
      <p>{t.place.choices(place)}</p>
      <ul className="place-choices">
        {question.choices.map((c) => (
          <li key={c.code}>
            <Link to={linkFor(c.code)}>
              <span lang="fr">{c.name}</span> ({departementLabel(c.departement)}
              {c.postalCodes.length ? `, ${c.postalCodes.join(', ')}` : ''})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
