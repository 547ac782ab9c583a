import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  /** Actions or badges under the lead. */
  children?: ReactNode;
}

/** The top of a page: its one <h1>, with an optional kicker above and a lead paragraph below. */
export function PageHeader({ title, eyebrow, lead, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="container">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
        {children ? <div className="page-header__extra">{children}</div> : null}
      </div>
    </div>
  );
}
