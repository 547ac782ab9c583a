import type { ReactNode } from 'react';
import type { MetaDescriptor } from 'react-router';
import { pageMeta } from '../../lib/meta';
import { PageHeader } from '../../ui';

/** Meta of an account page: its title, and never indexed. */
export function privateMeta(pathname: string, campus: string | undefined, title: string, description: string): MetaDescriptor[] {
  return pageMeta({ pathname, title, description, campus, noindex: true });
}

/** The session's CSRF token, sent back by every form that changes something for a signed-in account. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

/** An account page: its heading and lead, then one narrow column (forms read best at a short line length). */
export function AccountPage({ title, lead, eyebrow, children }: { title: string; lead?: ReactNode; eyebrow?: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} lead={lead} eyebrow={eyebrow} />
      <div className="container page-section account-page">{children}</div>
    </>
  );
}
