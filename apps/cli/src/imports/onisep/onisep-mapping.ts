import type { OnisepFormationRecord, OnisepMetierRecord } from '@passerelles/db';

/** Pure rules of the Onisep Idéo files (`;`, UTF-8 with BOM, quoted cells). */

export const FORMATION_COLUMNS = [
  'code CNIS', 'sigle type formation', 'libellé type formation', 'libellé formation principal', 'sigle formation', 'durée', 'code RNCP',
  'niveau RNCP', 'libellé niveau RNCP', 'tutelle', 'lien site onisep.fr', 'domaine/sous-domaine',
] as const;
export type FormationRow = Record<(typeof FORMATION_COLUMNS)[number], string>;

export const METIER_COLUMNS = [
  'libellé métier', 'lien site onisep.fr', 'nom publication', 'collection', 'année', 'gencod', 'GFE', 'code ROME', 'libellé ROME', 'lien ROME',
  'domaine/sous-domaine',
] as const;
export type MetierRow = Record<(typeof METIER_COLUMNS)[number], string>;

export interface FieldProblem {
  field: string;
  reason: string;
}

const orNull = (s: string): string | null => s.trim() || null;

/** A few labels carry HTML entities (« R&amp;D »). */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[name] ?? '');
}

/** The page identifier at the end of an Onisep link (…/slug/FOR.339 → FOR.339). */
export function onisepId(url: string, prefix: 'FOR' | 'MET'): string | null {
  return new RegExp(`/(${prefix}\\.\\d+)$`).exec(url.trim())?.[1] ?? null;
}

/** « 2 ans » → 24, « 22 semaines » → 5, « 6 mois » → 6; anything else null (the label is kept anyway). */
export function durationMonths(label: string): number | null {
  const match = /^(\d+)\s*(an|ans|mois|semaines?)$/i.exec(label.trim());
  if (!match) return null;
  const n = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (unit.startsWith('an')) return n * 12;
  if (unit === 'mois') return n;
  return Math.max(1, Math.round((n * 12) / 52));
}

/** « niveau 5 (bac + 2) » → 5; « non inscrit au RNCP », « non renseigné » → null; else undefined (unknown label). */
export function europeanLevel(label: string): number | null | undefined {
  const text = label.trim();
  if (/^non (inscrit|renseigné)/i.test(text)) return null;
  const level = /^niveau ([3-8])\b/i.exec(text)?.[1];
  return level ? Number(level) : undefined;
}

/** « a/b| c/d » → ['a/b', 'c/d']. */
export const domainTags = (cell: string): string[] => [...new Set(cell.split('|').map((s) => s.trim()).filter(Boolean))];

export function mapFormation(v: FormationRow): { record: OnisepFormationRecord } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = onisepId(v['lien site onisep.fr'], 'FOR');
  if (!id) problems.push({ field: 'lien site onisep.fr', reason: `lien « ${v['lien site onisep.fr']} » sans identifiant FOR.nnn` });
  const title = orNull(decodeEntities(v['libellé formation principal']));
  if (!title) problems.push({ field: 'libellé formation principal', reason: 'intitulé absent' });
  const rncp = v['code RNCP'].trim();
  if (rncp && !/^\d{1,6}$/.test(rncp)) problems.push({ field: 'code RNCP', reason: `code RNCP « ${rncp} » invalide (chiffres attendus)` });
  const level = europeanLevel(v['libellé niveau RNCP']);
  if (level === undefined) problems.push({ field: 'libellé niveau RNCP', reason: `niveau « ${v['libellé niveau RNCP']} » inconnu` });
  const nsf = v['code CNIS'].trim();
  if (nsf && !/^\d{3}$/.test(nsf)) problems.push({ field: 'code CNIS', reason: `code CNIS « ${nsf} » invalide (3 chiffres)` });
  if (problems.length) return { problems };
  return {
    record: {
      id: id ?? '', title: title ?? '', typeLabel: v['libellé type formation'].trim(), typeAcronym: orNull(v['sigle type formation']),
      acronym: orNull(v['sigle formation']), durationLabel: v['durée'].trim(), durationMonths: durationMonths(v['durée']),
      rncpCode: rncp ? `RNCP${rncp}` : null, certificationCode: null, level: level ?? null, levelLabel: v['libellé niveau RNCP'].trim(),
      nsfCode: nsf || null, authority: v.tutelle.trim() === 'non renseigné' ? null : orNull(v.tutelle), url: v['lien site onisep.fr'].trim(),
      domains: domainTags(v['domaine/sous-domaine']),
    },
  };
}

/** One line of the métiers file without its publication columns (they differ between the lines of one métier). */
export function mapMetier(v: MetierRow): { record: OnisepMetierRecord } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = onisepId(v['lien site onisep.fr'], 'MET');
  if (!id) problems.push({ field: 'lien site onisep.fr', reason: `lien « ${v['lien site onisep.fr']} » sans identifiant MET.nnn` });
  const label = orNull(decodeEntities(v['libellé métier']));
  if (!label) problems.push({ field: 'libellé métier', reason: 'libellé absent' });
  const rome = v['code ROME'].trim().toUpperCase();
  if (rome && !/^[A-N]\d{4}$/.test(rome)) problems.push({ field: 'code ROME', reason: `code ROME « ${rome} » invalide` });
  if (problems.length) return { problems };
  return {
    record: {
      id: id ?? '', label: label ?? '', url: v['lien site onisep.fr'].trim(), gfe: orNull(v.GFE), romeCode: rome || null, romeLabel: orNull(v['libellé ROME']),
      domains: domainTags(v['domaine/sous-domaine']), publications: [],
    },
  };
}

/** « Les métiers du social (Parcours, 2019) »; null for « pas de publication Onisep spécifique ». */
export function publicationOf(v: MetierRow): string | null {
  const title = v['nom publication'].trim();
  if (!title) return null;
  const details = [v.collection.trim(), v['année'].trim()].filter(Boolean).join(', ');
  return details ? `${title} (${details})` : title;
}
