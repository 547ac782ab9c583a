import type { ReactNode } from 'react';

interface LongListProps<T> {
  items: readonly T[];
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  /** How many items stay in view; the rest sit behind a disclosure that opens without JavaScript. */
  visible?: number;
  /** The disclosure's label, given the number of hidden items. */
  moreLabel: (hidden: number) => string;
  className?: string;
  lang?: string;
}

/**
 * A list that stays readable when long: the first items, then a native <details> with the rest
 * (keyboard-operable, announced as expandable, works before any script).
 */
export function LongList<T>({ items, render, keyOf, visible = 8, moreLabel, className, lang }: LongListProps<T>) {
  // Hiding one or two items behind a button costs more than it saves.
  const cut = items.length > visible + 2 ? visible : items.length;
  const shown = items.slice(0, cut);
  const rest = items.slice(cut);
  const list = (part: readonly T[]) => (
    <ul className={className} lang={lang}>
      {part.map((item) => (
        <li key={keyOf(item)}>{render(item)}</li>
      ))}
    </ul>
  );
  return (
    <>
      {list(shown)}
      {rest.length ? (
        <details className="more">
          <summary className="more__toggle">{moreLabel(rest.length)}</summary>
          {list(rest)}
        </details>
      ) : null}
    </>
  );
}
