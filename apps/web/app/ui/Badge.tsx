import type { ReactNode } from 'react';

/** A short status label ("En préparation"). */
export function StatusBadge({ children }: { children: ReactNode }) {
  return <span className="badge badge--status">{children}</span>;
}
