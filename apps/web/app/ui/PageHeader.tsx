import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  /** Actions or badges under the lead. */
  children?: ReactNode;
  /** Where the page sits (a Breadcrumb), above the title. */
  breadcrumb?: ReactNode;
  /** The title's language when it differs from the page's (register data is French). */
  titleLang?: string;
}

/** The top of a page: its one <h1>, with an optional kicker above and a lead paragraph below. */
export function PageHeader({ title, eyebrow, lead, children, breadcrumb, titleLang }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="container">
        {breadcrumb}
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1 lang={titleLang}>{title}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
        {children ? <div className="page-header__extra">{children}</div> : null}
      </div>
    </div>
  );
}
