/**
 * The Passerelles mark: an arch (a footbridge, "passerelle") joining three nodes, read both as a network
 * of members and as a molecule. Decorative: the campus name next to it carries the meaning.
 */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill="var(--color-primary)" />
      <path d="M7 27 C 12 12, 28 12, 33 27" fill="none" stroke="var(--white)" strokeWidth="3" strokeLinecap="round" />
      <path d="M7 27 H 33" stroke="var(--green-200)" strokeWidth="2" strokeLinecap="round" />
      <circle cx="7" cy="27" r="3.5" fill="var(--amber-400)" />
      <circle cx="20" cy="16.5" r="3.5" fill="var(--amber-400)" />
      <circle cx="33" cy="27" r="3.5" fill="var(--amber-400)" />
    </svg>
  );
}
