import { isQualificationLevel, type QualificationLevel } from '../levels';
import { normaliseForSearch } from '../text';

/** Why a step from one certification to another makes sense, strongest reason first. */
export const CHAIN_EDGE_KINDS = ['curated', 'succession', 'shared_blocks', 'shared_metiers'] as const;
export type ChainEdgeKind = (typeof CHAIN_EDGE_KINDS)[number];

/** A certification that may appear in the chain, with what the graph rules need to know about it. */
export interface ChainCandidate {
  code: string;
  title: string;
  level: number | null;
  type: string | null;
  nsfCodes: readonly string[];
  romeCodes: readonly string[];
  blocks: readonly { code: string; label: string }[];
  /** A published training of the network leads to it. */
  offered: boolean;
}

export interface ChainNodeOf<T extends ChainCandidate = ChainCandidate> {
  candidate: T;
  level: QualificationLevel;
}

export interface ChainLink {
  from: string;
  to: string;
}

export interface ChainGraphEdge {
  from: string;
  to: string;
  kind: ChainEdgeKind;
  /** Curated and succession links weigh 1; shared blocs and métiers weigh the number shared. */
  weight: number;
}

export interface SectorPerimeter {
  /** NSF groups of the campus (« 221 »); a certification's « 221w » is in group 221. */
  nsfCodes: readonly string[];
  romeCodes: readonly string[];
}

export interface ChainRules {
  /** Shared-métier links kept per certification (as source or target), strongest first. */
  maxMetierLinksPerNode: number;
  /** Shared-bloc links kept per certification. */
  maxBlockLinksPerNode: number;
}

export const DEFAULT_CHAIN_RULES: ChainRules = { maxMetierLinksPerNode: 2, maxBlockLinksPerNode: 3 };

/** In the campus's sector: one of its NSF groups, or one of its ROME métiers. */
export function isInSector(c: Pick<ChainCandidate, 'nsfCodes' | 'romeCodes'>, perimeter: SectorPerimeter): boolean {
  const nsf = c.nsfCodes.some((code) => perimeter.nsfCodes.some((group) => code.startsWith(group)));
  return nsf || c.romeCodes.some((rome) => perimeter.romeCodes.includes(rome));
}

/**
 * The certifications drawn in the chain: those the network's trainings lead to and that are in the sector, plus
 * both ends of every curated campus link (the campus vouches for them); only levels 3 to 8 (RS certificates and
 * unlevelled fiches have no place on a ladder of levels). Sorted by level, then type and title.
 */
export function selectChainNodes<T extends ChainCandidate>(candidates: readonly T[], perimeter: SectorPerimeter, curated: readonly ChainLink[]): ChainNodeOf<T>[] {
  const curatedEnds = new Set(curated.flatMap((l) => [l.from, l.to]));
  const nodes: ChainNodeOf<T>[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.code) || c.level === null || !isQualificationLevel(c.level)) continue;
    if (!curatedEnds.has(c.code) && !(c.offered && isInSector(c, perimeter))) continue;
    seen.add(c.code);
    nodes.push({ candidate: c, level: c.level });
  }
  return nodes.sort(
    (a, b) => a.level - b.level || (a.candidate.type ?? '').localeCompare(b.candidate.type ?? '') || a.candidate.title.localeCompare(b.candidate.title),
  );
}

const KIND_RANK: Record<ChainEdgeKind, number> = { curated: 0, succession: 1, shared_blocks: 2, shared_metiers: 3 };
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Lower level first; at the same level, by code, so that a symmetric relation has one stable direction. */
function orient(a: ChainNodeOf, b: ChainNodeOf): [ChainNodeOf, ChainNodeOf] {
  if (a.level !== b.level) return a.level < b.level ? [a, b] : [b, a];
  return a.candidate.code < b.candidate.code ? [a, b] : [b, a];
}

function countShared(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of new Set(a)) if (b.has(x)) n++;
  return n;
}

/** Keeps an edge when it is among the `max` strongest of its source or of its target (ties: lower codes first). */
function strongestPerNode(edges: ChainGraphEdge[], max: number): ChainGraphEdge[] {
  const ranked = [...edges].sort((a, b) => b.weight - a.weight || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const taken = new Map<string, number>();
  const kept = new Set<ChainGraphEdge>();
  for (const end of ['from', 'to'] as const) {
    taken.clear();
    for (const e of ranked) {
      const n = taken.get(e[end]) ?? 0;
      if (n < max) {
        kept.add(e);
        taken.set(e[end], n + 1);
      }
    }
  }
  return ranked.filter((e) => kept.has(e));
}

/**
 * The progressions between chain nodes. Curated links and successions as given (between drawn nodes only);
 * pairs sharing blocs (same code, or same label once accents and case are folded), lower level → higher;
 * level-to-next-level pairs sharing ROME métiers. The two derived kinds are pruned to the strongest few per
 * node, and one pair of certifications keeps only its strongest reason, so the picture stays readable.
 */
export function chainEdges(
  nodes: readonly ChainNodeOf[],
  links: { curated: readonly ChainLink[]; successions: readonly ChainLink[] },
  rules: ChainRules = DEFAULT_CHAIN_RULES,
): ChainGraphEdge[] {
  const byCode = new Map(nodes.map((n) => [n.candidate.code, n]));
  const given = (list: readonly ChainLink[], kind: ChainEdgeKind): ChainGraphEdge[] =>
    list.filter((l) => l.from !== l.to && byCode.has(l.from) && byCode.has(l.to)).map((l) => ({ from: l.from, to: l.to, kind, weight: 1 }));

  const blocks: ChainGraphEdge[] = [];
  const metiers: ChainGraphEdge[] = [];
  const blockKeys = new Map(
    nodes.map((n) => [n.candidate.code, new Set(n.candidate.blocks.flatMap((b) => [`code:${b.code}`, `label:${normaliseForSearch(b.label)}`]))]),
  );
  const romes = new Map(nodes.map((n) => [n.candidate.code, new Set(n.candidate.romeCodes)]));
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [lo, hi] = orient(nodes[i]!, nodes[j]!);
      const loBlocks = lo.candidate.blocks;
      if (loBlocks.length) {
        const mine = loBlocks.map((b) => [`code:${b.code}`, `label:${normaliseForSearch(b.label)}`]);
        const theirs = blockKeys.get(hi.candidate.code)!;
        const shared = mine.filter((keys) => keys.some((k) => theirs.has(k))).length;
        if (shared) blocks.push({ from: lo.candidate.code, to: hi.candidate.code, kind: 'shared_blocks', weight: shared });
      }
      if (hi.level === lo.level + 1) {
        const shared = countShared(lo.candidate.romeCodes, romes.get(hi.candidate.code)!);
        if (shared) metiers.push({ from: lo.candidate.code, to: hi.candidate.code, kind: 'shared_metiers', weight: shared });
      }
    }
  }

  const all = [
    ...given(links.curated, 'curated'),
    ...given(links.successions, 'succession'),
    ...strongestPerNode(blocks, rules.maxBlockLinksPerNode),
    ...strongestPerNode(metiers, rules.maxMetierLinksPerNode),
  ];
  const best = new Map<string, ChainGraphEdge>();
  for (const e of all) {
    const key = pairKey(e.from, e.to);
    const current = best.get(key);
    if (!current || KIND_RANK[e.kind] < KIND_RANK[current.kind]) best.set(key, e);
  }
  return [...best.values()].sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.weight - a.weight || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}

/** Where one can go from a certification: its outgoing steps, strongest reason first. */
export function nextSteps<E extends { from: string; to: string; kind: ChainEdgeKind; weight: number }>(edges: readonly E[], code: string): E[] {
  return edges
    .filter((e) => e.from === code)
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.weight - a.weight || a.to.localeCompare(b.to));
}
