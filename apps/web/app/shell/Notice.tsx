import { useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { SPACE_NOTICE_CODES, type SpaceNoticeCode } from '../i18n/fr-space';
import { isNoticeCode } from '../lib/account';

/**
 * What a form did, after its Post/Redirect/Get: the address carries a code (`?info=deconnecte`), never a text, so
 * nobody can make the site say something of their own. The box takes the focus on load (no script needed): a
 * screen reader reads it first.
 */
export function Notice() {
  const { t } = useI18n();
  const code = new URLSearchParams(useLocation().search).get('info');
  // The account pages' codes, then an organisation space's.
  const text = isNoticeCode(code)
    ? t.account.notices[code]
    : (SPACE_NOTICE_CODES as readonly string[]).includes(code ?? '')
      ? t.space.notices[code as SpaceNoticeCode]
      : null;
  if (!text) return null;
  return (
    <div className="container">
      <p className="notice" tabIndex={-1} autoFocus>
        <svg className="notice__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M6 10.5l2.7 2.7L14.5 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{text}</span>
      </p>
    </div>
  );
}
