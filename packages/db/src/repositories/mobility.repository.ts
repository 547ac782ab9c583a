import { sql } from 'drizzle-orm';
import type { MobilityMetierInput, MobilitySkillInput, MobilitySkillKind } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

/**
 * Everything the métier mobility engine (packages/domain/src/mobility) needs: every fiche with its skill links, and
 * the skills that at least one fiche lists. Two queries, ordered by code so the result does not depend on the plan.
 */
export async function loadMobilityInputs(db: Db): Promise<{ metiers: MobilityMetierInput[]; skills: MobilitySkillInput[] }> {
  const metierRows = await queryRows<{ romeCode: string; label: string; domainCode: string | null }>(db, sql`
    select rome_code as "romeCode", label, domain_code as "domainCode" from metiers order by rome_code`);
  const linkRows = await queryRows<{ romeCode: string; ogrCode: string; isCore: boolean; isEmerging: boolean }>(db, sql`
    select rome_code as "romeCode", ogr_code as "ogrCode", is_core as "isCore", is_emerging as "isEmerging"
    from metier_skills order by rome_code, ogr_code`);
  const skillRows = await queryRows<{
    ogrCode: string; label: string; kind: MobilitySkillKind; isMacro: boolean; macroCode: string | null; category: string | null;
  }>(db, sql`
    select s.ogr_code as "ogrCode", s.label, s.kind, s.is_macro as "isMacro", s.macro_code as "macroCode", s.category
    from skills s
    where exists (select 1 from metier_skills ms where ms.ogr_code = s.ogr_code)
    order by s.ogr_code`);

  const byCode = new Map<string, MobilityMetierInput>();
  const metiers = metierRows.map((m) => {
    const metier: MobilityMetierInput = { romeCode: m.romeCode, label: m.label, domainCode: m.domainCode, skills: [] };
    byCode.set(m.romeCode, metier);
    return metier;
  });
  for (const l of linkRows) byCode.get(l.romeCode)?.skills.push({ ogrCode: l.ogrCode, isCore: l.isCore, isEmerging: l.isEmerging });
  return { metiers, skills: skillRows };
}

/**
 * What the mobility inputs were last changed by: the id of the last successful ROME import (0 when the fiches came
 * another way, e.g. a test sample). A process that keeps an index built from `loadMobilityInputs` rebuilds it when
 * this changes.
 */
export async function romeDataVersion(db: Db): Promise<number> {
  const [row] = await queryRows<{ id: number | null }>(db, sql`select max(id) as id from import_runs where source = 'rome' and status = 'succeeded'`);
  return Number(row?.id ?? 0);
}
