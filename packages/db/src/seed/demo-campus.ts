import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  certifications, chainLinks, communes, organisationSites, organisations, skillBlocks, trainingSessions, trainingSkillBlocks, trainings,
} from '../schema/index';
import { saveCampusProfile } from '../repositories/campus.repository';
import { refreshSessionSearch } from '../repositories/sessions-search.repository';
import { seedDemoPeople } from './demo-people';
import { demoCampusProfile } from './campus-profile';
import { demoCatalogue, demoChainLinks, type SeedStart } from './demo-catalogue';
import { demoOrganisations } from './demo-organisations';

export { demoCampusProfile } from './campus-profile';
export { demoOrganisations } from './demo-organisations';
export { demoPeople } from './demo-people';
export { demoCatalogue, demoChainLinks } from './demo-catalogue';

export interface SeedSummary {
  organisations: number;
  sites: number;
  trainings: number;
  sessions: number;
  chainLinks: number;
}

export interface SeedOptions {
  /** The day session dates are counted from (time is a parameter); the current date when absent. */
  today?: Date;
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of the next school year: 1 September on or after `today`. */
export function nextRentree(today: Date): Date {
  const thisYear = Date.UTC(today.getUTCFullYear(), 8, 1);
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(thisYear >= day ? thisYear : Date.UTC(today.getUTCFullYear() + 1, 8, 1));
}

/**
 * Loads the demo campus in one transaction: profile, members and sites, their training offer (trainings, blocs,
 * sessions) and the curated chain links, then rebuilds the search index. Idempotent: organisations are keyed by
 * slug, trainings by (organisation, key kept in external_id), chain links by their two codes; sites and sessions
 * are replaced. Sites take their coordinates from the imported commune list when it is there; a certification
 * that no import brought leaves its training without one.
 */
export async function seedDemoCampus(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const today = options.today ?? new Date();
  const day0 = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rentree = nextRentree(today);
  const startOf = (s: SeedStart) => ('rentree' in s ? rentree : new Date(day0 + s.inDays * DAY));

  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await saveCampusProfile(tx, demoCampusProfile);
    const codes = [...new Set(demoOrganisations.flatMap((o) => o.sites.map((s) => s.communeCode)))];
    const known = new Map(
      (await tx.select().from(communes).where(inArray(communes.inseeCode, codes))).map((c) => [c.inseeCode, c]),
    );
    let sites = 0;
    const orgIds = new Map<string, number>();
    const siteIds = new Map<string, Map<string, number>>();
    for (const o of demoOrganisations) {
      const values = {
        slug: o.slug, name: o.name, type: o.type, uai: o.uai ?? null, siret: o.siret ?? null, naf: o.naf ?? null,
        qualiopi: o.qualiopi ?? false, description: o.description ?? null, isDemo: o.isDemo, isMember: true,
      };
      const [row] = await tx
        .insert(organisations)
        .values(values)
        .onConflictDoUpdate({ target: organisations.slug, set: values })
        .returning({ id: organisations.id });
      if (!row) throw new Error(`seed: organisation ${o.slug} not written`);
      orgIds.set(o.slug, row.id);
      await tx.delete(organisationSites).where(inArray(organisationSites.organisationId, [row.id]));
      const bySite = new Map<string, number>();
      for (const s of o.sites) {
        const commune = known.get(s.communeCode);
        const [site] = await tx.insert(organisationSites).values({
          organisationId: row.id,
          label: s.label,
          address: s.address ?? null,
          communeCode: commune ? s.communeCode : null,
          latitude: commune?.latitude ?? null,
          longitude: commune?.longitude ?? null,
        }).returning({ id: organisationSites.id });
        bySite.set(s.label, site!.id);
        sites++;
      }
      siteIds.set(o.slug, bySite);
    }

    const wanted = [...new Set(demoCatalogue.flatMap((t) => t.certifications))];
    const present = new Set(
      (await tx.select({ code: certifications.code }).from(certifications).where(inArray(certifications.code, wanted))).map((c) => c.code),
    );
    let sessions = 0;
    for (const t of demoCatalogue) {
      const organisationId = orgIds.get(t.organisation);
      if (organisationId === undefined) throw new Error(`seed: training ${t.key} of unknown organisation ${t.organisation}`);
      const certificationCode = t.certifications.find((c) => present.has(c)) ?? null;
      const values = {
        organisationId, certificationCode, title: t.title, objective: t.objective, content: t.content ?? null,
        expectedResults: t.expectedResults ?? null, entryLevel: t.entryLevel, entryRequirements: t.entryRequirements,
        accessibility: ACCESSIBILITY_TEXT, contactLabel: t.contact.label, contactEmail: t.contact.email ?? null,
        contactPhone: t.contact.phone ?? null, contactUrl: t.contact.url ?? null, formacodes: t.formacodes,
        url: t.contact.url ?? null, status: 'published' as const, source: 'campus' as const, externalId: `demo:${t.key}`, isDemo: t.isDemo,
        updatedAt: new Date(day0),
      };
      const [row] = await tx
        .insert(trainings)
        .values(values)
        .onConflictDoUpdate({ target: [trainings.organisationId, trainings.externalId], set: values })
        .returning({ id: trainings.id });
      const trainingId = row!.id;
      await tx.delete(trainingSkillBlocks).where(eq(trainingSkillBlocks.trainingId, trainingId));
      if (certificationCode) {
        await tx.execute(sql`
          insert into ${trainingSkillBlocks} (training_id, block_code)
          select ${trainingId}, ${skillBlocks.code} from ${skillBlocks} where ${skillBlocks.certificationCode} = ${certificationCode}`);
      }
      await tx.delete(trainingSessions).where(eq(trainingSessions.trainingId, trainingId));
      const orgSites = siteIds.get(t.organisation)!;
      const rows = t.sessions.map((s, i) => {
        const start = startOf(s.start);
        return {
          trainingId,
          siteId: (s.site ? orgSites.get(s.site) : undefined) ?? orgSites.values().next().value ?? null,
          modality: s.modality,
          startDate: isoDay(start),
          endDate: isoDay(new Date(start.getTime() + s.lengthDays * DAY)),
          durationHours: s.durationHours,
          priceEur: s.priceEur === undefined ? null : s.priceEur.toFixed(2),
          fundings: s.fundings,
          capacity: s.capacity,
          seatsLeft: s.seatsLeft,
          registrationUrl: t.contact.url ?? null,
          externalId: `demo:${t.key}:${i + 1}`,
          isDemo: t.isDemo,
        };
      });
      if (rows.length) await tx.insert(trainingSessions).values(rows);
      sessions += rows.length;
    }
    // Trainings a previous version of the seed wrote and this one no longer has.
    for (const [slug, organisationId] of orgIds) {
      const keys = demoCatalogue.filter((t) => t.organisation === slug).map((t) => `demo:${t.key}`);
      await tx.delete(trainings).where(and(
        eq(trainings.organisationId, organisationId),
        sql`${trainings.externalId} like 'demo:%'`,
        keys.length ? notInArray(trainings.externalId, keys) : sql`true`,
      ));
    }

    for (const link of demoChainLinks) {
      await tx.insert(chainLinks)
        .values({ fromCode: link.from, toCode: link.to, note: link.note, isCampusData: true })
        .onConflictDoUpdate({ target: [chainLinks.fromCode, chainLinks.toCode], set: { note: link.note, isCampusData: true } });
    }
    await refreshSessionSearch(tx);
    await seedDemoPeople(tx, today);
    return { organisations: demoOrganisations.length, sites, trainings: demoCatalogue.length, sessions, chainLinks: demoChainLinks.length };
  });
}

const ACCESSIBILITY_TEXT =
  'Locaux accessibles aux personnes à mobilité réduite. Un référent handicap étudie avec chaque candidat les adaptations ' +
  'du parcours, des évaluations et des postes de travail.';
