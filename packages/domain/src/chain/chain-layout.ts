import { QUALIFICATION_LEVELS, type QualificationLevel } from '../levels';
import type { ChainEdgeKind } from './chain-graph';

export interface LayoutNodeInput {
  code: string;
  level: QualificationLevel;
  /** First line, in bold (« BTS »); may be empty. */
  kicker: string;
  title: string;
}

export interface LayoutEdgeInput {
  from: string;
  to: string;
  kind: ChainEdgeKind;
}

export interface LaidNode {
  code: string;
  level: QualificationLevel;
  x: number;
  y: number;
  width: number;
  height: number;
  kicker: string;
  lines: string[];
}

export interface LaidEdge extends LayoutEdgeInput {
  /** SVG path data, from the source's exit to the target's entry. */
  d: string;
}

/** A level's column (horizontal) or band (vertical), with where its heading goes. */
export interface LaidLevel {
  level: QualificationLevel;
  x: number;
  y: number;
  width: number;
  height: number;
  nodeCount: number;
}

export interface ChainLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  /** Font size and line height the node texts were measured for. */
  lineHeight: number;
  levels: LaidLevel[];
  nodes: LaidNode[];
  edges: LaidEdge[];
}

/**
 * Cuts a text into lines of at most `maxChars` characters at spaces; a text that needs more than `maxLines`
 * ends its last line with an ellipsis. A word longer than a line is cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) current = candidate;
    else {
      if (current) lines.push(current);
      current = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

const byLevel = (nodes: readonly LayoutNodeInput[]) =>
  new Map(QUALIFICATION_LEVELS.map((level) => [level, nodes.filter((n) => n.level === level)]));

/**
 * Orders each level's certifications by the mean position of their neighbours in the other levels
 * (barycentre heuristic, a few sweeps up and down): linked certifications face each other and fewer lines cross.
 */
export function orderLevels(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], sweeps = 4): Map<QualificationLevel, LayoutNodeInput[]> {
  const columns = byLevel(nodes);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const rank = new Map<string, number>();
  const rerank = () => {
    for (const column of columns.values()) column.forEach((n, i) => rank.set(n.code, column.length > 1 ? i / (column.length - 1) : 0.5));
  };
  rerank();
  const order = [...QUALIFICATION_LEVELS];
  for (let s = 0; s < sweeps; s++) {
    for (const level of s % 2 === 0 ? order : [...order].reverse()) {
      const column = columns.get(level)!;
      const score = new Map(
        column.map((n, i) => {
          const others = (neighbours.get(n.code) ?? []).map((c) => rank.get(c)).filter((r): r is number => r !== undefined);
          return [n.code, others.length ? others.reduce((a, b) => a + b, 0) / others.length : i / Math.max(1, column.length - 1)];
        }),
      );
      column.sort((a, b) => score.get(a.code)! - score.get(b.code)! || a.code.localeCompare(b.code));
      rerank();
    }
  }
  return columns;
}

export interface HorizontalOptions {
  nodeWidth: number;
  columnGap: number;
  rowGap: number;
  headerHeight: number;
  padding: number;
  charsPerLine: number;
  maxLines: number;
  lineHeight: number;
}

export const HORIZONTAL_DEFAULTS: HorizontalOptions = {
  nodeWidth: 176, columnGap: 52, rowGap: 14, headerHeight: 56, padding: 8, charsPerLine: 21, maxLines: 3, lineHeight: 16,
};

/** Padding, the kicker line when there is one, the title lines. */
const nodeHeight = (lines: number, kicker: string, o: { lineHeight: number }) => 12 + o.lineHeight * (lines + (kicker ? 1 : 0));
const round = (n: number) => Math.round(n * 10) / 10;

/** Desktop: one column per level, 3 on the left to 8 on the right; steps flow rightwards. */
export function layoutHorizontal(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], options: Partial<HorizontalOptions> = {}): ChainLayout {
  const o = { ...HORIZONTAL_DEFAULTS, ...options };
  const columns = orderLevels(nodes, edges);
  const laid: LaidNode[] = [];
  let height = o.headerHeight;
  QUALIFICATION_LEVELS.forEach((level, col) => {
    let y = o.padding + o.headerHeight;
    for (const n of columns.get(level)!) {
      const lines = wrapText(n.title, o.charsPerLine, o.maxLines);
      const h = nodeHeight(lines.length, n.kicker, o);
      laid.push({ code: n.code, level, x: o.padding + col * (o.nodeWidth + o.columnGap), y, width: o.nodeWidth, height: h, kicker: n.kicker, lines });
      y += h + o.rowGap;
    }
    height = Math.max(height, y);
  });
  height += o.padding;
  const width = 2 * o.padding + QUALIFICATION_LEVELS.length * o.nodeWidth + (QUALIFICATION_LEVELS.length - 1) * o.columnGap;
  const levels = QUALIFICATION_LEVELS.map((level, col) => ({
    level, x: o.padding + col * (o.nodeWidth + o.columnGap), y: o.padding, width: o.nodeWidth, height: height - 2 * o.padding, nodeCount: columns.get(level)!.length,
  }));
  const at = new Map(laid.map((n) => [n.code, n]));
  const laidEdges = edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const ay = a.y + a.height / 2;
    const by = b.y + b.height / 2;
    if (a.level === b.level) {
      // Same column: a loop out to the right, into the gap.
      const x = a.x + a.width;
      const bulge = Math.min(o.columnGap - 8, 18 + Math.abs(by - ay) / 8);
      return [{ ...e, d: `M${round(x)} ${round(ay)}C${round(x + bulge)} ${round(ay)} ${round(x + bulge)} ${round(by)} ${round(x)} ${round(by)}` }];
    }
    const forward = b.x > a.x;
    const x1 = forward ? a.x + a.width : a.x;
    const x2 = forward ? b.x : b.x + b.width;
    const mid = (x1 + x2) / 2;
    return [{ ...e, d: `M${round(x1)} ${round(ay)}C${round(mid)} ${round(ay)} ${round(mid)} ${round(by)} ${round(x2)} ${round(by)}` }];
  });
  return { orientation: 'horizontal', width, height, lineHeight: o.lineHeight, levels, nodes: laid, edges: laidEdges };
}

export interface VerticalOptions {
  width: number;
  nodeWidth: number;
  rowGap: number;
  levelGap: number;
  headerHeight: number;
  padding: number;
  charsPerLine: number;
  maxLines: number;
  lineHeight: number;
}

export const VERTICAL_DEFAULTS: VerticalOptions = {
  width: 340, nodeWidth: 250, rowGap: 10, levelGap: 14, headerHeight: 40, padding: 6, charsPerLine: 29, maxLines: 3, lineHeight: 16,
};

/**
 * Phone: one band per level, 3 at the top to 8 at the bottom (reading down is going up in level), one
 * certification per line, full width; steps are arcs in the right-hand margin (an arc diagram), wider for
 * longer jumps, so that no line crosses a text.
 */
export function layoutVertical(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], options: Partial<VerticalOptions> = {}): ChainLayout {
  const o = { ...VERTICAL_DEFAULTS, ...options };
  const columns = orderLevels(nodes, edges);
  const laid: LaidNode[] = [];
  const levels: LaidLevel[] = [];
  let y = o.padding;
  for (const level of QUALIFICATION_LEVELS) {
    const top = y;
    y += o.headerHeight;
    for (const n of columns.get(level)!) {
      const lines = wrapText(n.title, o.charsPerLine, o.maxLines);
      const h = nodeHeight(lines.length, n.kicker, o);
      laid.push({ code: n.code, level, x: o.padding, y, width: o.nodeWidth, height: h, kicker: n.kicker, lines });
      y += h + o.rowGap;
    }
    levels.push({ level, x: o.padding, y: top, width: o.width - 2 * o.padding, height: y - top, nodeCount: columns.get(level)!.length });
    y += o.levelGap;
  }
  const height = y + o.padding - o.levelGap;
  const at = new Map(laid.map((n) => [n.code, n]));
  const gutter = o.width - o.padding - (o.padding + o.nodeWidth);
  const tallest = Math.max(1, ...edges.map((e) => Math.abs((at.get(e.to)?.y ?? 0) - (at.get(e.from)?.y ?? 0))));
  const laidEdges = edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const x = a.x + a.width;
    const ay = a.y + a.height / 2;
    const by = b.y + b.height / 2;
    const bulge = 10 + (gutter - 14) * Math.min(1, Math.abs(by - ay) / tallest);
    return [{ ...e, d: `M${round(x)} ${round(ay)}C${round(x + bulge * 1.3)} ${round(ay)} ${round(x + bulge * 1.3)} ${round(by)} ${round(x)} ${round(by)}` }];
  });
  return { orientation: 'vertical', width: o.width, height, lineHeight: o.lineHeight, levels, nodes: laid, edges: laidEdges };
}
