import type { ReactNode } from 'react';

/** A titled section of a record page; its heading is the target of the table of contents. */
export function RecordSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="record__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** « Sur cette page »: links to the sections of a record page, in order. */
export function RecordToc<Id extends string>({ label, sections, titles }: { label: string; sections: readonly Id[]; titles: Record<Id, string> }) {
  return (
    <nav className="record__toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="record__toc-title">
        {label}
      </h2>
      <ol>
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}-title`}>{titles[id]}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
