/**
 * Skills-based métier mobility (ROME 4.0), pure: which métiers a holder of one fiche could move to, from the skills
 * and knowledge the fiches list, with a similarity that can be explained and a directional gap (what the target
 * needs that the source lacks). No curated list of mobilities is used. Method and measurements:
 * docs/decisions/007-metier-mobility.md.
 */

export type MobilitySkillKind = 'savoir_faire' | 'savoir_etre' | 'savoir';

export interface MobilitySkillInput {
  ogrCode: string;
  label: string;
  kind: MobilitySkillKind;
  isMacro: boolean;
  macroCode: string | null;
  category: string | null;
}

export interface MobilityMetierInput {
  romeCode: string;
  label: string;
  domainCode: string | null;
  skills: { ogrCode: string; isCore: boolean; isEmerging: boolean }[];
}

/** A skill of the target métier; `isCore` says whether it is at the core of the TARGET. */
export interface MobilitySkillRef {
  ogrCode: string;
  label: string;
  isCore: boolean;
}

export interface MobilityCandidate {
  code: string;
  label: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  sharedSkills: MobilitySkillRef[];
  missingSkills: MobilitySkillRef[];
}

export interface MobilityGap {
  /** Skills of the target the source already lists, core ones first. */
  shared: MobilitySkillRef[];
  /** Skills of the target the source does not list, most important first (core, then weight). */
  missing: MobilitySkillRef[];
}

/**
 * The formulation. Each fiche is a weighted vector over features: its items (weight = kind × core × emerging × idf)
 * and, for savoir-faire, the macro-compétence the item belongs to (weight × `macroShare`), so that two different
 * items of the same macro-compétence partly match.
 */
export interface MobilityOptions {
  /** Weight of an item by kind; savoir-être are generic (16 of them over all fiches), so they count little. */
  kindWeights: Record<MobilitySkillKind, number>;
  /** Multiplier for the items at the core of a fiche (« Principale »). */
  coreWeight: number;
  /** Multiplier for emerging items. */
  emergingWeight: number;
  /** Multiply by the inverse document frequency of the feature (ln(N / df)): rare shared items say more. */
  idf: boolean;
  /** Weight of the macro-compétence feature relative to its item (0: no roll-up). */
  macroShare: number;
  /** Symmetric part: cosine of the vectors, or weighted Jaccard (Ruzička: Σmin / Σmax). */
  similarity: 'cosine' | 'jaccard';
  /** Share α of the directional part: score = (1 − α)·symmetric + α·coverage(target's weight the source covers). */
  containment: number;
  /** Share λ of the domain prior: score = (1 − λ)·skills + λ·(1 same domaine professionnel, ½ same grand domaine). */
  domainPrior: number;
}

/** The formulation kept after comparison (docs/decisions/007-metier-mobility.md). */
export const DEFAULT_MOBILITY_OPTIONS: MobilityOptions = {
  kindWeights: { savoir_faire: 1, savoir: 0.7, savoir_etre: 0.2 },
  coreWeight: 2,
  emergingWeight: 0.5,
  idf: true,
  macroShare: 0.5,
  similarity: 'cosine',
  containment: 0.25,
  domainPrior: 0.05,
};

interface TargetItem {
  /** Index of the skill in `skillCodes`. */
  skill: number;
  isCore: boolean;
  weight: number;
}

export interface MobilityIndex {
  readonly options: MobilityOptions;
  /** Fiche codes, sorted; position = row of the matrix. */
  readonly codes: readonly string[];
  readonly labels: readonly string[];
  /** Score of a move from row i to column j, n × n, row-major (the diagonal is unused). */
  readonly scores: Float32Array;
  /** Items of each fiche, most important first (core first, then weight, then code). */
  readonly items: readonly (readonly TargetItem[])[];
  /** Item membership per fiche, for the gap. */
  readonly itemSets: readonly ReadonlySet<number>[];
  readonly skillCodes: readonly string[];
  readonly skillLabels: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Precomputes the scores of every ordered pair of fiches with an inverted index over the features (only pairs that
 * share a feature are touched). Input order does not matter: fiches and skills are sorted by code first.
 */
export function buildMobilityIndex(
  metiers: MobilityMetierInput[],
  skills: MobilitySkillInput[],
  options: MobilityOptions = DEFAULT_MOBILITY_OPTIONS,
): MobilityIndex {
  const sortedMetiers = [...metiers].sort((a, b) => compareCodes(a.romeCode, b.romeCode));
  const sortedSkills = [...skills].sort((a, b) => compareCodes(a.ogrCode, b.ogrCode));
  const n = sortedMetiers.length;
  const skillIndex = new Map<string, number>();
  sortedSkills.forEach((s, i) => skillIndex.set(s.ogrCode, i));
  const skillCodes = sortedSkills.map((s) => s.ogrCode);
  const skillLabels = sortedSkills.map((s) => s.label);

  // Features: items (same number as the skill) and macro-compétences (numbered after the items, in code order).
  const macroCodes = new Set<string>();
  for (const s of sortedSkills) {
    if (s.kind !== 'savoir_faire') continue;
    const macro = s.isMacro ? s.ogrCode : s.macroCode;
    if (macro) macroCodes.add(macro);
  }
  const macroFeature = new Map([...macroCodes].sort(compareCodes).map((code, k) => [code, sortedSkills.length + k]));

  // Base weights per fiche and feature (before idf).
  const base: Map<number, number>[] = [];
  const itemBase: { skill: number; isCore: boolean; weight: number }[][] = [];
  for (const m of sortedMetiers) {
    const features = new Map<number, number>();
    const items: { skill: number; isCore: boolean; weight: number }[] = [];
    const seen = new Set<number>();
    for (const link of m.skills) {
      const s = skillIndex.get(link.ogrCode);
      if (s === undefined || seen.has(s)) continue;
      seen.add(s);
      const skill = sortedSkills[s]!;
      const w =
        options.kindWeights[skill.kind] * (link.isCore ? options.coreWeight : 1) * (link.isEmerging ? options.emergingWeight : 1);
      items.push({ skill: s, isCore: link.isCore, weight: w });
      if (w <= 0) continue;
      features.set(s, Math.max(features.get(s) ?? 0, w));
      if (options.macroShare > 0 && skill.kind === 'savoir_faire') {
        const macro = skill.isMacro ? skill.ogrCode : skill.macroCode;
        const f = macro ? macroFeature.get(macro) : undefined;
        if (f !== undefined) features.set(f, Math.max(features.get(f) ?? 0, w * options.macroShare));
      }
    }
    base.push(features);
    itemBase.push(items);
  }

  const featureCount = sortedSkills.length + macroFeature.size;
  const df = new Uint32Array(featureCount);
  for (const features of base) for (const f of features.keys()) df[f]!++;
  const idf = (f: number): number => (options.idf ? Math.log((n + 1) / df[f]!) : 1);

  // Final vectors as postings lists: feature → (row, weight).
  const postingRows: number[][] = Array.from({ length: featureCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: featureCount }, () => []);
  const norm2 = new Float64Array(n);
  const total = new Float64Array(n);
  base.forEach((features, row) => {
    // Feature order, not link order: the sums (so the scores, to the last bit) do not depend on the input order.
    for (const [f, b] of [...features].sort((x, y) => x[0] - y[0])) {
      const w = b * idf(f);
      if (w <= 0) continue;
      postingRows[f]!.push(row);
      postingWeights[f]!.push(w);
      norm2[row]! += w * w;
      total[row]! += w;
    }
  });

  const dot = new Float64Array(n * n);
  const sumMin = new Float64Array(n * n);
  for (let f = 0; f < featureCount; f++) {
    const rows = postingRows[f]!;
    const weights = postingWeights[f]!;
    for (let a = 0; a < rows.length; a++) {
      const i = rows[a]!;
      const wi = weights[a]!;
      for (let b = a + 1; b < rows.length; b++) {
        const j = rows[b]!;
        const wj = weights[b]!;
        const p = wi * wj;
        const m = wi < wj ? wi : wj;
        // Row i < row j in every posting list (rows are pushed in order): fill the upper triangle only.
        dot[i * n + j]! += p;
        sumMin[i * n + j]! += m;
      }
    }
  }

  const domains = sortedMetiers.map((m) => m.domainCode ?? '');
  const scores = new Float32Array(n * n);
  const alpha = options.containment;
  const lambda = options.domainPrior;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = dot[i * n + j]!;
      const mn = sumMin[i * n + j]!;
      let symmetric: number;
      if (options.similarity === 'cosine') {
        const den = Math.sqrt(norm2[i]! * norm2[j]!);
        symmetric = den > 0 ? d / den : 0;
      } else {
        const den = total[i]! + total[j]! - mn;
        symmetric = den > 0 ? mn / den : 0;
      }
      // coverage(i → j): share of j's weight that i covers, and the reverse.
      const coverIJ = total[j]! > 0 ? mn / total[j]! : 0;
      const coverJI = total[i]! > 0 ? mn / total[i]! : 0;
      let prior = 0;
      if (lambda > 0) {
        const a = domains[i]!;
        const b = domains[j]!;
        prior = a && a === b ? 1 : a && b && a[0] === b[0] ? 0.5 : 0;
      }
      const ij = (1 - lambda) * ((1 - alpha) * symmetric + alpha * coverIJ) + lambda * prior;
      const ji = (1 - lambda) * ((1 - alpha) * symmetric + alpha * coverJI) + lambda * prior;
      scores[i * n + j] = Math.min(1, Math.max(0, ij));
      scores[j * n + i] = Math.min(1, Math.max(0, ji));
    }
  }

  const items: TargetItem[][] = itemBase.map((list) =>
    list
      .map((it) => ({ skill: it.skill, isCore: it.isCore, weight: it.weight * idf(it.skill) }))
      .sort((a, b) => Number(b.isCore) - Number(a.isCore) || b.weight - a.weight || compareCodes(skillCodes[a.skill]!, skillCodes[b.skill]!)),
  );

  return {
    options,
    codes: sortedMetiers.map((m) => m.romeCode),
    labels: sortedMetiers.map((m) => m.label),
    scores,
    items,
    itemSets: items.map((list) => new Set(list.map((it) => it.skill))),
    skillCodes,
    skillLabels,
    rowOf: new Map(sortedMetiers.map((m, i) => [m.romeCode, i])),
  };
}

/** Rounded as shown (3 decimals): ranking uses the shown score, so equal shown scores are ordered by code. */
function rounded(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** The score of a move from one fiche to another (not rounded); null if a code is unknown or both are the same. */
export function mobilityScore(index: MobilityIndex, fromCode: string, toCode: string): number | null {
  const i = index.rowOf.get(fromCode);
  const j = index.rowOf.get(toCode);
  if (i === undefined || j === undefined || i === j) return null;
  return index.scores[i * index.codes.length + j]!;
}

function gapOf(index: MobilityIndex, from: number, to: number): MobilityGap {
  const have = index.itemSets[from]!;
  const shared: MobilitySkillRef[] = [];
  const missing: MobilitySkillRef[] = [];
  for (const it of index.items[to]!) {
    const ref = { ogrCode: index.skillCodes[it.skill]!, label: index.skillLabels[it.skill]!, isCore: it.isCore };
    (have.has(it.skill) ? shared : missing).push(ref);
  }
  return { shared, missing };
}

/** What the target needs that the source lacks (and what they share), core skills of the target first. */
export function mobilityGap(index: MobilityIndex, fromCode: string, toCode: string): MobilityGap | null {
  const i = index.rowOf.get(fromCode);
  const j = index.rowOf.get(toCode);
  if (i === undefined || j === undefined) return null;
  return gapOf(index, i, j);
}

/** Rows of the best moves from one row, best first, ties by code (codes are sorted, so by row). */
export function rankedRows(index: MobilityIndex, row: number, limit: number): number[] {
  const n = index.codes.length;
  const k = Math.max(0, Math.min(limit, n - 1));
  if (k === 0) return [];
  const top: number[] = [];
  const topScore: number[] = [];
  const offset = row * n;
  for (let j = 0; j < n; j++) {
    if (j === row) continue;
    const s = Math.round(index.scores[offset + j]! * 1000);
    if (top.length === k && s <= topScore[k - 1]!) continue;
    // Insert after every equal score (rows come in code order, so ties stay ordered by code).
    let p = top.length;
    while (p > 0 && topScore[p - 1]! < s) p--;
    top.splice(p, 0, j);
    topScore.splice(p, 0, s);
    if (top.length > k) {
      top.pop();
      topScore.pop();
    }
  }
  return top;
}

/** The `limit` métiers a holder of `romeCode` could best move to, with shared and missing skills; null if unknown. */
export function closestMetiers(index: MobilityIndex, romeCode: string, limit: number): MobilityCandidate[] | null {
  const row = index.rowOf.get(romeCode);
  if (row === undefined) return null;
  const n = index.codes.length;
  return rankedRows(index, row, limit).map((j) => {
    const gap = gapOf(index, row, j);
    return {
      code: index.codes[j]!,
      label: index.labels[j]!,
      score: rounded(index.scores[row * n + j]!),
      sharedSkills: gap.shared,
      missingSkills: gap.missing,
    };
  });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/**
 * Why a move makes sense, in one short French phrase: « 12 compétences cœur en commun sur 18 · 6 à acquérir ».
 * Counts the core skills of the target the source already has, then what remains to acquire at the core.
 */
export function explainMobility(gap: MobilityGap): string {
  const sharedCore = gap.shared.filter((s) => s.isCore).length;
  const missingCore = gap.missing.filter((s) => s.isCore).length;
  const totalCore = sharedCore + missingCore;
  if (totalCore === 0) {
    const total = gap.shared.length + gap.missing.length;
    return `${plural(gap.shared.length, 'compétence', 'compétences')} en commun sur ${total}`;
  }
  const head = `${plural(sharedCore, 'compétence cœur', 'compétences cœur')} en commun sur ${totalCore}`;
  return missingCore === 0 ? `${head} · toutes déjà acquises` : `${head} · ${missingCore} à acquérir`;
}
