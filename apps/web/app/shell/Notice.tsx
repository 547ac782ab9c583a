import { useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { isNoticeCode } from '../lib/account';

/**
 * What a form did, after its Post/Redirect/Get: the address carries a code (`?info=deconnecte`), never a text, so
 * nobody can make the site say something of their own. The box takes the focus on load (no script needed): a
 * screen reader reads it first.
 */
export function Notice() {
  const { t } = useI18n();
  const code = new URLSearchParams(useLocation().search).get('info');
  if (!isNoticeCode(code)) return null;
  return (
    <div className="container">
      <p className="notice" tabIndex={-1} autoFocus>
        <svg className="notice__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M6 10.5l2.7 2.7L14.5 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{t.account.notices[code]}</span>
      </p>
    </div>
  );
}
