import { useI18n, type I18n } from '../../i18n/use-i18n';
import { firstFew, percent } from '../../lib/mobility';

/** Pieces shared by the mobility pages (the close métiers, one reconversion path). */

/** How many skills a card names before « et N autres ». */
const NAMED = 3;

/** « A, B, C et 11 autres »: a few skills named (in French, as the ROME names them), the rest counted. */
export function SkillsNamed({ i18n, skills }: { i18n: I18n; skills: readonly { ogrCode: string; label: string }[] }) {
  const { shown, more } = firstFew(skills, NAMED);
  return (
    <>
      <ul className="mini-list">
        {shown.map((s) => (
          <li key={s.ogrCode}>
            <span lang="fr">{s.label}</span>
          </li>
        ))}
      </ul>
      {more ? <p className="mini-list__more">{i18n.plural(more, i18n.t.mobility.andOthers).replace('{n}', i18n.number(more))}</p> : null}
    </>
  );
}

/** A proximity in words and figures; the bar beside it repeats the figure for the eye (never the only cue). */
export function Proximity({ score, label }: { score: number; label: string }) {
  const i18n = useI18n();
  const value = percent(score);
  return (
    <p className="proximity">
      <span>
        {label} <strong className="proximity__value">{i18n.t.mobility.percent(i18n.number(value))}</strong>
      </span>
      <svg className="proximity__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="proximity__track" x="0" y="0" width="100" height="10" rx="5" />
        <rect className="proximity__fill" x="0" y="0" width={value} height="10" rx="5" />
      </svg>
    </p>
  );
}

