import type { ReactNode } from 'react';

interface KeyFigureProps {
  /** Stable name of the figure (also used by tests to find it). */
  name: string;
  /** The number, already formatted for the locale. */
  value: string;
  /** The label that agrees with the number ("38 membres du réseau"). */
  label: string;
  hint?: string;
}

/**
 * A key number with its label, written as one phrase so that a screen reader says "38 membres du réseau"
 * rather than a bare "38". Meant to sit in a KeyFigureList.
 */
export function KeyFigure({ name, value, label, hint }: KeyFigureProps) {
  return (
    <li className="key-figure" data-figure={name}>
      <span className="key-figure__value">{value}</span> <span className="key-figure__label">{label}</span>
      {hint ? <span className="key-figure__hint">{hint}</span> : null}
    </li>
  );
}

export function KeyFigureList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul className="key-figures" aria-label={label}>
      {children}
    </ul>
  );
}
