import type { ReactNode } from 'react';

/*
 * Marks that carry meaning (sector, sensitive occupation, core skill, campus-entered data) always show an
 * icon and a word: never colour alone (RGAA 3.1). Icons are decorative (aria-hidden), the word is the name.
 */

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="mark-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A leaf: the métier belongs to the campus's sector. */
export function SectorBadge({ children }: { children: ReactNode }) {
  return (
    <span className="badge badge--sector">
      <Icon>
        <path d="M3 13C3 7 7 3 14 3c0 7-4 11-10 11" fill="currentColor" />
        <path d="M2 15l7-7" stroke="var(--white)" strokeWidth="1.5" strokeLinecap="round" />
      </Icon>
      {children}
    </span>
  );
}

/** A warning triangle: a métier the campus follows closely (jobs at risk). */
export function SensitiveBadge({ children }: { children: ReactNode }) {
  return (
    <span className="badge badge--sensitive">
      <Icon>
        <path d="M8 1.5l7 13H1z" fill="currentColor" />
        <path d="M8 6v4" stroke="var(--white)" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="12.3" r="1" fill="var(--white)" />
      </Icon>
      {children}
    </span>
  );
}

/** A pencil: content entered by the campus team, never to be mistaken for register data. */
export function CampusDataBadge({ children }: { children: ReactNode }) {
  return (
    <span className="badge badge--campus">
      <Icon>
        <path d="M2 14l1-4 8-8 3 3-8 8z" fill="currentColor" />
      </Icon>
      {children}
    </span>
  );
}

/** A star and the words "compétence clé" next to a core skill. */
export function CoreMark({ label }: { label: string }) {
  return (
    <span className="core-mark">
      <svg className="core-mark__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 12l-4.3 2.4.9-4.9L1 6.1l4.9-.6z" fill="currentColor" />
      </svg>
      {label}
    </span>
  );
}

/** A check or a cross with its words: an active certification, or one no longer awarded. */
export function StatusMark({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <span className={`badge ${ok ? 'badge--ok' : 'badge--off'}`}>
      <Icon>
        {ok ? (
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        )}
      </Icon>
      {children}
    </span>
  );
}
