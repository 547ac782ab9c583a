// Proxies for the métier mobility engine (docs/decisions/007-metier-mobility.md). None of them is a feature of the
// engine, except the domaine professionnel, which the engine can use as a prior: the domain proxy is then circular
// and printed for what it is.
import { readFileSync } from 'node:fs';
import { buildMobilityIndex, type MobilityIndex, type MobilityMetierInput, type MobilityOptions, type MobilitySkillInput } from '@passerelles/domain';

export interface ProxyData {
  metiers: MobilityMetierInput[];
  skills: MobilitySkillInput[];
  /** Fiche → ROME 3 parent (metiers.parent_code). */
  parents: Map<string, string>;
  /** Fiche → ISCO unit groups reached through ESCO labels matching its appellations. */
  isco: Map<string, Set<string>>;
}

/** Moves a person who knows these métiers would call realistic, checked by hand in the data (labels in the ADR). */
export const HAND_CASES: [from: string, to: string[]][] = [
  ['H2301', ['H2302', 'H2303']], // conduite de ligne chimie → conduite de procédé / fabrication pharmaceutique
  ['H2304', ['H2303']], // opérateur de fabrication chimie → pharmaceutique
  ['H2303', ['H2302', 'H2304']],
  ['H1503', ['H1510', 'H1531', 'H1224']], // technicien de laboratoire d'analyse → contrôle pharma, opérateur labo, labo R&D
  ['H1510', ['H1503', 'H1525']],
  ['H1210', ['H1224', 'H1214', 'H1503']], // technicien R&D → technicien / agent de laboratoire de recherche, labo d'analyse
  ['H1224', ['H1210', 'H1503', 'H1510']],
  ['H1528', ['H1524', 'H1508']], // technicien qualité → qualiticien, assureur qualité
  ['H1514', ['H1513']], // chargé → responsable de pharmacovigilance
  ['J1506', ['J1505', 'J1504', 'J1503']], // infirmier soins généraux → prévention, bloc, anesthésiste
  ['D1102', ['D1104', 'D1108']], // boulanger → pâtissier, chef boulanger
  ['M1203', ['M1213', 'M1225', 'M1608']], // comptable → assistant comptable, aide-comptable, secrétaire comptable
  ['M1805', ['M1855', 'M1861']], // développeur informatique → web, logiciel
  ['H2913', ['H2916', 'H2917']], // soudeur → TIG, MIG MAG
];

/** Rank (1-based) of column `to` in row `from`, with the engine's tie-break (rounded score, then code). */
function rankOf(index: MobilityIndex, from: number, to: number): number {
  const n = index.codes.length;
  const s = Math.round(index.scores[from * n + to]! * 1000);
  let rank = 1;
  for (let j = 0; j < n; j++) {
    if (j === from || j === to) continue;
    const t = Math.round(index.scores[from * n + j]! * 1000);
    if (t > s || (t === s && j < to)) rank++;
  }
  return rank;
}

interface RetrievalScore {
  /** Fiches evaluated (they have at least one relevant other fiche). */
  queries: number;
  /** Mean share of the relevant fiches found in the top 10 (capped at 10 relevant). */
  recall10: number;
  /** Mean reciprocal rank of the best-ranked relevant fiche. */
  mrr: number;
}

function retrieval(index: MobilityIndex, relevant: (code: string) => string[]): RetrievalScore {
  let queries = 0;
  let recall = 0;
  let mrr = 0;
  index.codes.forEach((code, row) => {
    const rel = relevant(code).map((c) => index.rowOf.get(c)).filter((r): r is number => r !== undefined && r !== row);
    if (rel.length === 0) return;
    queries++;
    const ranks = rel.map((r) => rankOf(index, row, r));
    recall += ranks.filter((r) => r <= 10).length / Math.min(10, rel.length);
    mrr += 1 / Math.min(...ranks);
  });
  return { queries, recall10: queries ? recall / queries : 0, mrr: queries ? mrr / queries : 0 };
}

export interface ProxyScores {
  siblings: RetrievalScore;
  isco: RetrievalScore;
  /** Share of the top 10 in the same domaine professionnel (circular when the domain prior is on). */
  domainP10: number;
  /** Expected moves of HAND_CASES found in the top 10, and their mean rank. */
  handHits: number;
  handTotal: number;
  handMeanRank: number;
  /** Mean of siblings MRR, ISCO MRR and hand hit rate: the figure formulations are compared on. */
  combined: number;
}

export function evaluate(index: MobilityIndex, data: ProxyData): ProxyScores {
  const children = new Map<string, string[]>();
  for (const [code, parent] of data.parents) children.set(parent, [...(children.get(parent) ?? []), code]);
  const siblings = retrieval(index, (code) => children.get(data.parents.get(code) ?? '') ?? []);

  const byGroup = new Map<string, string[]>();
  for (const [code, groups] of data.isco) for (const g of groups) byGroup.set(g, [...(byGroup.get(g) ?? []), code]);
  const isco = retrieval(index, (code) => [...new Set([...(data.isco.get(code) ?? [])].flatMap((g) => byGroup.get(g) ?? []))]);

  const domainOf = new Map(data.metiers.map((m) => [m.romeCode, m.domainCode]));
  let same = 0;
  let seen = 0;
  index.codes.forEach((code, row) => {
    const top = topRows(index, row, 10);
    for (const j of top) {
      seen++;
      if (domainOf.get(index.codes[j]!) === domainOf.get(code)) same++;
    }
  });

  let hits = 0;
  let total = 0;
  let rankSum = 0;
  for (const [from, tos] of HAND_CASES) {
    const i = index.rowOf.get(from);
    if (i === undefined) continue;
    for (const to of tos) {
      const j = index.rowOf.get(to);
      if (j === undefined) continue;
      const r = rankOf(index, i, j);
      total++;
      rankSum += r;
      if (r <= 10) hits++;
    }
  }
  const handRate = total ? hits / total : 0;
  return {
    siblings,
    isco,
    domainP10: seen ? same / seen : 0,
    handHits: hits,
    handTotal: total,
    handMeanRank: total ? rankSum / total : 0,
    combined: (siblings.mrr + isco.mrr + handRate) / 3,
  };
}

function topRows(index: MobilityIndex, row: number, k: number): number[] {
  const n = index.codes.length;
  const rows: number[] = [];
  for (let j = 0; j < n; j++) if (j !== row) rows.push(j);
  const key = (j: number) => Math.round(index.scores[row * n + j]! * 1000);
  rows.sort((a, b) => key(b) - key(a) || a - b);
  return rows.slice(0, k);
}

// ---- ESCO: fiche → ISCO unit groups, by exact (normalised) label match between ROME appellations and ESCO labels.

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** « Conducteur / Conductrice de ligne » → masculine and feminine forms. */
export function genderForms(label: string): string[] {
  const pair = /(\S+) \/ (\S+)/g;
  if (!pair.test(label)) return [label];
  return [label.replace(pair, '$1'), label.replace(pair, '$2')];
}

export function escoIscoByLabel(escoOccupationsCsv: string): Map<string, Set<string>> {
  const [header, ...rows] = parseCsv(readFileSync(escoOccupationsCsv, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const [iGroup, iPref, iAlt] = [col('iscoGroup'), col('preferredLabel'), col('altLabels')];
  const byLabel = new Map<string, Set<string>>();
  for (const r of rows) {
    const group = r[iGroup];
    if (!group) continue;
    const labels = [...(r[iPref] ?? '').split('/'), r[iPref] ?? '', ...(r[iAlt] ?? '').split('\n')];
    for (const l of labels) {
      const key = normaliseLabel(l);
      if (!key) continue;
      if (!byLabel.has(key)) byLabel.set(key, new Set());
      byLabel.get(key)!.add(group);
    }
  }
  return byLabel;
}

export function iscoOfMetiers(
  appellations: { romeCode: string; label: string }[],
  byLabel: Map<string, Set<string>>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of appellations) {
    for (const form of genderForms(a.label)) {
      const groups = byLabel.get(normaliseLabel(form));
      if (!groups) continue;
      if (!out.has(a.romeCode)) out.set(a.romeCode, new Set());
      for (const g of groups) out.get(a.romeCode)!.add(g);
    }
  }
  return out;
}

// ---- The formulations compared.

const PLAIN: MobilityOptions = {
  kindWeights: { savoir_faire: 1, savoir: 1, savoir_etre: 1 },
  coreWeight: 1,
  emergingWeight: 1,
  idf: false,
  macroShare: 0,
  similarity: 'jaccard',
  containment: 0,
  domainPrior: 0,
};

export const FORMULATIONS: { name: string; options: MobilityOptions }[] = (() => {
  const list: { name: string; options: MobilityOptions }[] = [];
  const add = (name: string, o: Partial<MobilityOptions>, from: MobilityOptions = PLAIN) =>
    list.push({ name, options: { ...from, ...o } });
  add('A plain Jaccard on items', {});
  add('B plain cosine on items', { similarity: 'cosine' });
  add('C IDF cosine', { similarity: 'cosine', idf: true });
  add('D IDF cosine, core ×2', { similarity: 'cosine', idf: true, coreWeight: 2 });
  const d = list.at(-1)!.options;
  add('E D + kinds (savoir 0.7, savoir-être 0.2), emerging ×0.5', { kindWeights: { savoir_faire: 1, savoir: 0.7, savoir_etre: 0.2 }, emergingWeight: 0.5 }, d);
  const e = list.at(-1)!.options;
  add('F E + macro roll-up 0.5', { macroShare: 0.5 }, e);
  const f = list.at(-1)!.options;
  add('G F + containment α 0.5', { containment: 0.5 }, f);
  const g = list.at(-1)!.options;
  add('H G with weighted Jaccard', { similarity: 'jaccard' }, g);
  add('I G, containment only (α 1)', { containment: 1 }, g);
  add('J G, α 0.25', { containment: 0.25 }, g);
  const j = list.at(-1)!.options;
  add('K G, macro roll-up 0.25', { macroShare: 0.25 }, g);
  add('L G, macro roll-up 1', { macroShare: 1 }, g);
  add('M G, core ×1 (no core weighting)', { coreWeight: 1 }, g);
  add('N G, core ×3', { coreWeight: 3 }, g);
  add('O G, savoir 1 (= savoir-faire)', { kindWeights: { savoir_faire: 1, savoir: 1, savoir_etre: 0.2 } }, g);
  add('P G, savoir 0.4', { kindWeights: { savoir_faire: 1, savoir: 0.4, savoir_etre: 0.2 } }, g);
  add('Q G, savoir-être 0', { kindWeights: { savoir_faire: 1, savoir: 0.7, savoir_etre: 0 } }, g);
  add('R G + domain prior λ 0.1 (domain proxy circular)', { domainPrior: 0.1 }, g);
  add('S G + domain prior λ 0.25 (domain proxy circular)', { domainPrior: 0.25 }, g);
  add('T J + domain prior λ 0.05 (domain proxy circular)', { domainPrior: 0.05 }, j);
  add('U J + domain prior λ 0.1 (domain proxy circular)', { domainPrior: 0.1 }, j);
  return list;
})();

export function compareFormulations(data: ProxyData, formulations = FORMULATIONS) {
  return formulations.map(({ name, options }) => {
    const t = performance.now();
    const index = buildMobilityIndex(data.metiers, data.skills, options);
    const buildMs = performance.now() - t;
    return { name, options, buildMs, scores: evaluate(index, data) };
  });
}

export function formatRow(name: string, s: ProxyScores): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  return (
    `| ${name} | ${s.siblings.mrr.toFixed(3)} | ${pct(s.siblings.recall10)} | ${s.isco.mrr.toFixed(3)} | ${pct(s.isco.recall10)} | ` +
    `${pct(s.domainP10)} | ${s.handHits}/${s.handTotal} | ${s.handMeanRank.toFixed(1)} | ${s.combined.toFixed(3)} |`
  );
}

export const TABLE_HEADER =
  '| formulation | siblings MRR | siblings R@10 % | ISCO MRR | ISCO R@10 % | same domain P@10 % | hand hits@10 | hand mean rank | combined |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
