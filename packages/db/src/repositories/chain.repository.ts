import { sql } from 'drizzle-orm';
import {
  MODALITIES, chainEdges, selectChainNodes, type ChainCandidate, type ChainEdgeKind, type ChainLink, type Modality,
} from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';
import { getCampusProfile } from './campus.repository';

export interface ChainOffer {
  organisation: string;
  organisationSlug: string;
  commune: string | null;
  modalities: Modality[];
  trainingId: number;
}

export interface ChainNodeRow {
  code: string;
  title: string;
  level: number;
  type: string | null;
  offers: ChainOffer[];
}

export interface ChainEdgeRow {
  from: string;
  to: string;
  kind: ChainEdgeKind;
  weight: number;
  note: string | null;
}

interface CertificationRow {
  code: string;
  title: string;
  level: number | null;
  type: string | null;
  nsfCodes: string[];
  romeCodes: string[] | null;
  blocks: { code: string; label: string }[] | null;
}

interface OfferRow {
  certificationCode: string;
  trainingId: number;
  organisation: string;
  organisationSlug: string;
  commune: string | null;
  modalities: string[] | null;
}

const list = (codes: readonly string[]) => sql.join(codes.map((c) => sql`${c}`), sql`, `);

/**
 * The published trainings of member organisations that lead to a certification, one offer per training:
 * where its sessions take place (the commune of its first session's site, else of the organisation's first
 * site) and in which modalities.
 */
async function offers(db: Db): Promise<OfferRow[]> {
  return queryRows<OfferRow>(db, sql`
    select t.certification_code as "certificationCode", t.id as "trainingId", o.name as organisation, o.slug as "organisationSlug",
           coalesce(
             (select c.name from training_sessions s join organisation_sites st on st.id = s.site_id join communes c on c.insee_code = st.commune_code
              where s.training_id = t.id order by s.start_date nulls last, s.id limit 1),
             (select c.name from organisation_sites st join communes c on c.insee_code = st.commune_code
              where st.organisation_id = o.id order by st.id limit 1)
           ) as commune,
           (select array_agg(distinct s.modality) from training_sessions s where s.training_id = t.id) as modalities
    from trainings t join organisations o on o.id = t.organisation_id
    where t.status = 'published' and o.is_member and t.certification_code is not null
    order by o.name, t.id`);
}

async function certificationsByCode(db: Db, codes: readonly string[]): Promise<CertificationRow[]> {
  if (!codes.length) return [];
  return queryRows<CertificationRow>(db, sql`
    select c.code, c.title, c.level::int as level, c.type, c.nsf_codes as "nsfCodes",
           (select array_agg(m.rome_code order by m.rome_code) from certification_metiers m where m.certification_code = c.code) as "romeCodes",
           (select json_agg(json_build_object('code', b.code, 'label', b.label) order by b.code) from skill_blocks b where b.certification_code = c.code) as blocks
    from certifications c
    where c.code in (${list(codes)})
    order by c.code`);
}

/**
 * The readable chain: nodes and edges chosen by the domain rules (packages/domain/src/chain) from the
 * network's offer, the campus's sector perimeter, its curated links and the registers' successions.
 */
export async function getChain(db: Db): Promise<{ nodes: ChainNodeRow[]; edges: ChainEdgeRow[] }> {
  const [profile, offerRows, curatedRows, successionRows] = await Promise.all([
    getCampusProfile(db),
    offers(db),
    queryRows<{ from: string; to: string; note: string | null }>(db, sql`select from_code as "from", to_code as "to", note from chain_links order by from_code, to_code`),
    queryRows<{ from: string; to: string }>(db, sql`select previous_code as "from", next_code as "to" from certification_successions order by previous_code, next_code`),
  ]);
  const offered = new Set(offerRows.map((o) => o.certificationCode));
  const curated: ChainLink[] = curatedRows;
  const rows = await certificationsByCode(db, [...new Set([...offered, ...curated.flatMap((l) => [l.from, l.to])])]);
  const candidates: (ChainCandidate & { row: CertificationRow })[] = rows.map((r) => ({
    code: r.code,
    title: r.title,
    level: r.level === null ? null : Number(r.level),
    type: r.type,
    nsfCodes: r.nsfCodes ?? [],
    romeCodes: r.romeCodes ?? [],
    blocks: r.blocks ?? [],
    offered: offered.has(r.code),
    row: r,
  }));
  const perimeter = { nsfCodes: profile?.nsfCodes ?? [], romeCodes: profile?.romeCodes ?? [] };
  const nodes = selectChainNodes(candidates, perimeter, curated);
  const edges = chainEdges(nodes, { curated, successions: successionRows });
  const notes = new Map(curatedRows.map((l) => [`${l.from}|${l.to}`, l.note]));
  const offersOf = new Map<string, ChainOffer[]>();
  for (const o of offerRows) {
    const offer: ChainOffer = {
      organisation: o.organisation,
      organisationSlug: o.organisationSlug,
      commune: o.commune,
      modalities: MODALITIES.filter((m) => (o.modalities ?? []).includes(m)),
      trainingId: o.trainingId,
    };
    offersOf.set(o.certificationCode, [...(offersOf.get(o.certificationCode) ?? []), offer]);
  }
  return {
    nodes: nodes.map((n) => ({ code: n.candidate.code, title: n.candidate.title, level: n.level, type: n.candidate.type, offers: offersOf.get(n.candidate.code) ?? [] })),
    edges: edges.map((e) => ({ ...e, note: e.kind === 'curated' ? (notes.get(`${e.from}|${e.to}`) ?? null) : null })),
  };
}
