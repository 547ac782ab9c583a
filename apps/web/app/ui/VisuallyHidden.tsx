import type { ReactNode } from 'react';

/** Text for assistive technologies only (still read, still translated, never shown). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
