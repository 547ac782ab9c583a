import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Absent for a level that has no page of its own. */
  to?: string;
  lang?: string;
}

/**
 * Where a page sits: a labelled navigation landmark with an ordered list; the last item is the current
 * page (aria-current), the separators are drawn by CSS so they are not read out.
 */
export function Breadcrumb({ label, items, current }: { label: string; items: Crumb[]; current: Crumb }) {
  return (
    <nav className="breadcrumb" aria-label={label}>
      <ol className="breadcrumb__list">
        {items.map((item) => (
          <li key={item.label} className="breadcrumb__item" lang={item.lang}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : item.label}
          </li>
        ))}
        <li className="breadcrumb__item" aria-current="page" lang={current.lang}>
          {current.label}
        </li>
      </ol>
    </nav>
  );
}
