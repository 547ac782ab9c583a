/** Members as nodes, footbridges between them: the campus as a network. Purely decorative. */
const NODES: readonly [number, number, number][] = [
  [60, 70, 14],
  [170, 40, 10],
  [250, 110, 18],
  [120, 160, 12],
  [60, 250, 10],
  [200, 230, 14],
  [300, 220, 9],
  [330, 60, 8],
];
const LINKS: readonly [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 3],
  [3, 2],
  [3, 4],
  [3, 5],
  [2, 5],
  [5, 6],
  [2, 7],
  [1, 7],
];

function arc([x1, y1]: readonly number[], [x2, y2]: readonly number[]): string {
  // A gentle arch between two nodes, like a footbridge.
  const mx = ((x1 ?? 0) + (x2 ?? 0)) / 2;
  const my = ((y1 ?? 0) + (y2 ?? 0)) / 2 - 18;
  return `M${x1} ${y1} Q${mx} ${my} ${x2} ${y2}`;
}

export function NetworkIllustration() {
  return (
    <svg className="hero__art" viewBox="0 0 360 300" aria-hidden="true" focusable="false">
      {LINKS.map(([a, b]) => (
        <path key={`${a}-${b}`} d={arc(NODES[a]!, NODES[b]!)} fill="none" stroke="var(--green-200)" strokeWidth="3" strokeLinecap="round" />
      ))}
      {NODES.map(([x, y, r], i) => (
        <circle
          key={i}
          cx={x}
          cy={y}
          r={r}
          fill={i % 3 === 0 ? 'var(--amber-400)' : 'var(--color-primary)'}
          stroke="var(--white)"
          strokeWidth="3"
        />
      ))}
    </svg>
  );
}
