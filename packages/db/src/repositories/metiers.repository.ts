import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { normaliseForSearch } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';
import {
  activitySectors, appellations, certificationMetiers, certifications, interestCentres, metierActivitySectors,
  metierInterestCentres, metierSkills, metierWorkContexts, metiers, romeDomainesProfessionnels, romeGrandsDomaines,
  skills, workContexts,
} from '../schema/index';

/** Words that carry no meaning in a job title search (« technicien de laboratoire »). */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'en', 'et', 'a', 'au', 'aux', 'un', 'une', 'ou']);

export function searchTokens(q: string): string[] {
  return [...new Set(normaliseForSearch(q).split(' ').filter((t) => t.length > 1 && !STOP_WORDS.has(t)))].slice(0, 6);
}

export interface MetierHit {
  code: string;
  label: string;
  matchedLabel: string | null;
  domain: string | null;
  score: number;
}

/**
 * Accent- and typo-tolerant search over fiche labels and appellations: every word of the query must be close
 * (trigram word similarity) to a word of the label; métiers rank by the mean closeness of their best label,
 * with the fiche's own label and the campus's sector métiers first among equals.
 */
export async function searchMetiers(
  db: Db,
  q: string | undefined,
  limit: number,
  sectorCodes: readonly string[],
): Promise<{ items: MetierHit[]; total: number }> {
  const tokens = q ? searchTokens(q) : [];
  const sector = sql`array[${sql.join(sectorCodes.length ? sectorCodes.map((c) => sql`${c}`) : [sql`''`], sql`, `)}]::text[]`;
  if (tokens.length === 0) {
    if (q && /^[a-z]\d{4}$/i.test(q.trim())) tokens.push(q.trim().toLowerCase());
    // Words too short or too common to search on find nothing rather than everything.
    else if (q?.trim()) return { items: [], total: 0 };
    else {
      const rows = await queryRows<MetierHit & { total: number }>(db, sql`
        select m.rome_code as code, m.label, null as "matchedLabel", m.domain_code as domain, 1.0::float8 as score,
               count(*) over ()::int as total
        from metiers m
        order by (m.rome_code = any(${sector})) desc, m.label
        limit ${limit}`);
      return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? (await countMetiers(db)) };
    }
  }
  const matches = sql.join(tokens.map((t) => sql`norm %> ${t}`), sql` and `);
  const score = sql.join(tokens.map((t) => sql`word_similarity(${t}, norm)`), sql` + `);
  const rows = await queryRows<MetierHit & { total: number }>(db, sql`
    with hits as (
      select s.rome_code, s.label, s.kind,
             (${score}) / ${tokens.length}::float8
               + case when s.kind = 'metier' then 0.02 else 0 end
               + case when s.rome_code = any(${sector}) then 0.05 else 0 end
               + case when upper(${tokens[0]!}) = s.rome_code then 1 else 0 end as score
      from metier_search s
      where (${matches}) or upper(${tokens[0]!}) = s.rome_code
    ),
    best as (
      select distinct on (rome_code) rome_code, label, kind, score
      from hits order by rome_code, score desc, kind desc
    )
    select b.rome_code as code, m.label, case when b.kind = 'metier' then null else b.label end as "matchedLabel",
           m.domain_code as domain, round(b.score::numeric, 4)::float8 as score, count(*) over ()::int as total
    from best b join metiers m on m.rome_code = b.rome_code
    order by b.score desc, m.label
    limit ${limit}`);
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

async function countMetiers(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from metiers`);
  return row?.n ?? 0;
}

/** Rebuilds the search index of métier labels and appellations; run after each ROME import. */
export async function refreshMetierSearch(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view metier_search`);
}

export async function getMetierDetail(db: Db, code: string) {
  const [metier] = await db.select().from(metiers).where(eq(metiers.romeCode, code));
  if (!metier) return null;
  const domaine = metier.domainCode
    ? ((await db.select().from(romeDomainesProfessionnels).where(eq(romeDomainesProfessionnels.code, metier.domainCode)))[0] ?? null)
    : null;
  const grand = domaine
    ? ((await db.select().from(romeGrandsDomaines).where(eq(romeGrandsDomaines.code, domaine.grandDomaineCode)))[0] ?? null)
    : null;
  const [apps, skillRows, contexts, sectors, centres, certs] = await Promise.all([
    db.select({ code: appellations.code, label: appellations.label, isPrincipal: appellations.isPrincipal })
      .from(appellations).where(eq(appellations.romeCode, code)).orderBy(desc(appellations.isPrincipal), asc(appellations.label)),
    db.select({
      ogrCode: skills.ogrCode, label: skills.label, kind: skills.kind, isCore: metierSkills.isCore,
      macroCode: skills.macroCode, macroLabel: skills.macroLabel, category: skills.category,
    })
      .from(metierSkills).innerJoin(skills, eq(skills.ogrCode, metierSkills.ogrCode))
      .where(eq(metierSkills.romeCode, code))
      .orderBy(desc(metierSkills.isCore), asc(skills.macroLabel), asc(skills.label)),
    db.select({ label: workContexts.label, type: workContexts.typeLabel })
      .from(metierWorkContexts).innerJoin(workContexts, eq(workContexts.ogrCode, metierWorkContexts.ogrCode))
      .where(eq(metierWorkContexts.romeCode, code)).orderBy(asc(workContexts.typeLabel), asc(workContexts.label)),
    db.select({ code: activitySectors.code, label: activitySectors.label })
      .from(metierActivitySectors).innerJoin(activitySectors, eq(activitySectors.code, metierActivitySectors.sectorCode))
      .where(eq(metierActivitySectors.romeCode, code)).orderBy(desc(metierActivitySectors.isPrincipal), asc(activitySectors.label)),
    db.select({ code: interestCentres.code, label: interestCentres.label })
      .from(metierInterestCentres).innerJoin(interestCentres, eq(interestCentres.code, metierInterestCentres.centreCode))
      .where(eq(metierInterestCentres.romeCode, code)).orderBy(desc(metierInterestCentres.isPrincipal), asc(interestCentres.label)),
    db.select({ code: certifications.code, title: certifications.title, level: certifications.level, isActive: certifications.isActive })
      .from(certificationMetiers).innerJoin(certifications, eq(certifications.code, certificationMetiers.certificationCode))
      .where(and(eq(certificationMetiers.romeCode, code)))
      .orderBy(desc(certifications.isActive), asc(certifications.level), asc(certifications.title)),
  ]);
  return {
    code: metier.romeCode,
    label: metier.label,
    parentCode: metier.parentCode,
    definition: metier.definition,
    access: metier.access,
    grandDomaine: grand ? { code: grand.code, label: grand.label } : null,
    domaine: domaine ? { code: domaine.code, label: domaine.label } : null,
    appellations: apps,
    skills: skillRows,
    workContexts: contexts,
    riasec: { major: metier.riasecMajor, minor: metier.riasecMinor },
    sectors,
    interestCentres: centres,
    certifications: certs.map((c) => ({ ...c, level: c.level === null ? null : Number(c.level) })),
  };
}
