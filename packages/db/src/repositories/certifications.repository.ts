import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../query';
import { certificationMetiers, certificationSuccessions, certifications, metiers, skillBlocks } from '../schema/index';
import { searchTokens } from './metiers.repository';

export interface CertificationHit {
  code: string;
  register: 'RNCP' | 'RS';
  title: string;
  level: number | null;
  type: string | null;
  isActive: boolean;
}

/**
 * Title search, accent- and typo-tolerant like the métier search; active certifications first, then by
 * closeness and level. A code (« rncp38884 ») finds its fiche.
 */
export async function searchCertifications(
  db: Db,
  input: { q?: string; level?: number; limit: number },
): Promise<{ items: CertificationHit[]; total: number }> {
  const code = input.q?.trim().toUpperCase();
  const byCode = code && /^(RNCP|RS)\d+$/.test(code) ? code : null;
  const tokens = byCode ? [] : searchTokens(input.q ?? '');
  const norm = sql`lower(unaccent(c.title))`;
  const conditions = [
    ...(byCode ? [sql`c.code = ${byCode}`] : []),
    ...tokens.map((t) => sql`${norm} %> ${t}`),
    ...(input.level ? [sql`c.level = ${input.level}`] : []),
  ];
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const byScore = tokens.length ? sql`(${sql.join(tokens.map((t) => sql`word_similarity(${t}, ${norm})`), sql` + `)}) desc,` : sql``;
  const rows = await queryRows<CertificationHit & { total: number }>(db, sql`
    select c.code, c.register, c.title, c.level::int as level, c.type, c.is_active as "isActive", count(*) over ()::int as total
    from certifications c
    ${where}
    order by c.is_active desc, ${byScore} c.level nulls last, c.title
    limit ${input.limit}`);
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export async function getCertificationDetail(db: Db, code: string) {
  const [c] = await db.select().from(certifications).where(eq(certifications.code, code));
  if (!c) return null;
  const [blocks, linkedMetiers, before, after] = await Promise.all([
    db.select().from(skillBlocks).where(eq(skillBlocks.certificationCode, code)).orderBy(asc(skillBlocks.code)),
    db.select({ code: metiers.romeCode, label: metiers.label })
      .from(certificationMetiers).innerJoin(metiers, eq(metiers.romeCode, certificationMetiers.romeCode))
      .where(eq(certificationMetiers.certificationCode, code)).orderBy(asc(metiers.romeCode)),
    db.select({ code: certificationSuccessions.previousCode }).from(certificationSuccessions).where(eq(certificationSuccessions.nextCode, code)),
    db.select({ code: certificationSuccessions.nextCode }).from(certificationSuccessions).where(eq(certificationSuccessions.previousCode, code)),
  ]);
  const linkedCodes = [...before, ...after].map((l) => l.code);
  const titles = new Map(
    linkedCodes.length
      ? (await db.select({ code: certifications.code, title: certifications.title }).from(certifications).where(inArray(certifications.code, linkedCodes))).map((r) => [r.code, r.title])
      : [],
  );
  const withTitle = (l: { code: string }) => ({ code: l.code, title: titles.get(l.code) ?? null });
  return {
    code: c.code,
    register: c.register,
    title: c.title,
    level: c.level === null ? null : Number(c.level),
    type: c.type,
    typeLabel: c.typeLabel,
    isActive: c.isActive,
    certifiers: c.certifiers,
    validUntil: c.validUntil,
    registeredOn: c.registeredOn,
    nsfCodes: c.nsfCodes,
    formacodes: c.formacodes,
    apprenticeship: c.apprenticeship,
    dataSource: c.dataSource,
    blocks: blocks.map((b) => ({
      code: b.code,
      label: b.label,
      skills: b.skillList.length ? b.skillList : b.skills ? [b.skills] : [],
      assessment: b.assessment,
      isCampusData: b.isCampusData,
    })),
    metiers: linkedMetiers,
    predecessors: before.map(withTitle),
    successors: after.map(withTitle),
  };
}
