import { describe, expect, it } from 'vitest';
import { layoutHorizontal, layoutVertical, orderLevels, wrapText, type LayoutEdgeInput, type LayoutNodeInput } from './chain-layout';

const node = (code: string, level: 3 | 4 | 5 | 6 | 7 | 8, title = `Titre ${code}`): LayoutNodeInput => ({ code, level, kicker: 'BTS', title });

describe('wrapText', () => {
  it('cuts at spaces, ends an overflow with an ellipsis, cuts over-long words', () => {
    expect(wrapText('Bioanalyses en laboratoire de contrôle', 16, 3)).toEqual(['Bioanalyses en', 'laboratoire de', 'contrôle']);
    expect(wrapText('un deux trois quatre cinq six', 9, 2)).toEqual(['un deux', 'trois…']);
    expect(wrapText('anticonstitutionnellement', 10, 2)).toEqual(['anticonst…']);
    expect(wrapText('  ', 10, 2)).toEqual([]);
  });
});

describe('ordering', () => {
  it('puts linked certifications face to face', () => {
    const nodes = [node('A', 4), node('B', 4), node('X', 5), node('Y', 5)];
    const edges: LayoutEdgeInput[] = [{ from: 'A', to: 'Y', kind: 'curated' }, { from: 'B', to: 'X', kind: 'curated' }];
    const columns = orderLevels(nodes, edges);
    const four = columns.get(4)!.map((n) => n.code);
    const five = columns.get(5)!.map((n) => n.code);
    expect(four.indexOf('A')).toBe(five.indexOf('Y'));
    expect(four.indexOf('B')).toBe(five.indexOf('X'));
  });
});

describe('layouts', () => {
  const nodes = [node('BAC', 4), node('BTS', 5, 'Bioanalyses en laboratoire de contrôle'), node('BTS2', 5), node('M', 7)];
  const edges: LayoutEdgeInput[] = [
    { from: 'BAC', to: 'BTS', kind: 'curated' },
    { from: 'BTS', to: 'BTS2', kind: 'shared_blocks' },
    { from: 'BTS', to: 'M', kind: 'shared_metiers' },
    { from: 'BAC', to: 'GONE', kind: 'curated' },
  ];

  it('horizontal: six level columns left to right, nodes inside their column, no overlap, edges between drawn nodes', () => {
    const l = layoutHorizontal(nodes, edges);
    expect(l.levels.map((c) => c.level)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(l.levels.map((c) => c.nodeCount)).toEqual([0, 1, 2, 0, 1, 0]);
    for (const n of l.nodes) {
      const column = l.levels.find((c) => c.level === n.level)!;
      expect(n.x).toBe(column.x);
      expect(n.y + n.height).toBeLessThanOrEqual(l.height);
    }
    const [a, b] = l.nodes.filter((n) => n.level === 5);
    expect(a!.y + a!.height).toBeLessThan(b!.y);
    expect(l.edges).toHaveLength(3);
    expect(l.edges[0]!.d).toMatch(/^M[\d.]+ [\d.]+C/);
  });

  it('vertical: one band per level top to bottom, nodes stacked, arcs stay inside the width', () => {
    const l = layoutVertical(nodes, edges, { width: 340 });
    const ys = l.nodes.map((n) => n.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(l.nodes.map((n) => n.level)).toEqual([4, 5, 5, 7]);
    for (const e of l.edges) {
      const xs = [...e.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
      // A cubic Bézier stays within its control points' hull; its extent is 3/4 of the control offset.
      const reach = Math.min(...xs) + 0.75 * (Math.max(...xs) - Math.min(...xs));
      expect(reach).toBeLessThanOrEqual(l.width);
    }
  });
});
