import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { departementLabel } from './departements';
import { PLACE_MAX_LENGTH, type PlaceQuestion } from './place';
import { RADII_KM } from './session-search';

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

/**
 * The « near » field of a form: a commune name or postal code (`lieu`), showing the chosen commune as « Évreux (27) »
 * so that sending the form again finds the same one. Label, hint and input; the page wraps them in its own layout.
 */
export function PlaceField({ id, label, hint, value, inlineHint = false }: { id: string; label: string; hint: string; value: string; inlineHint?: boolean }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <span className={inlineHint ? 'search-form__hint search-form__hint--inline' : 'search-form__hint'} id={`${id}-hint`}>
        {hint}
      </span>
      <input
        className="search-form__input search-form__input--place"
        id={id}
        type="text"
        name="lieu"
        defaultValue={value}
        maxLength={PLACE_MAX_LENGTH}
        autoComplete="address-level2"
        aria-describedby={`${id}-hint`}
        spellCheck={false}
      />
    </>
  );
}

/** The radius choice that goes with a place (`radiusKm`), keeping an unusual value the address asked for. */
export function RadiusSelect({ id, label, anyLabel, value, format }: { id: string; label: string; anyLabel: string; value: number | null; format: (km: number) => string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select className="search-form__select" id={id} name="radiusKm" defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {[...new Set([...RADII_KM, ...(value ? [value] : [])])]
          .sort((a, b) => a - b)
          .map((km) => (
            <option key={km} value={km}>
              {format(km)}
            </option>
          ))}
      </select>
    </>
  );
}
