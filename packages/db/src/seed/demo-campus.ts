import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { communes, organisationSites, organisations } from '../schema/index';
import { saveCampusProfile } from '../repositories/campus.repository';
import { demoCampusProfile } from './campus-profile';
import { demoOrganisations } from './demo-organisations';

export { demoCampusProfile } from './campus-profile';
export { demoOrganisations } from './demo-organisations';

/**
 * Loads the demo campus in one transaction. Idempotent: organisations are keyed by slug and their
 * sites are replaced. Sites take their coordinates from the imported commune list when it is there.
 */
export async function seedDemoCampus(db: Db): Promise<{ organisations: number; sites: number }> {
  return db.transaction(async (tx) => {
    await saveCampusProfile(tx as unknown as Db, demoCampusProfile);
    const codes = [...new Set(demoOrganisations.flatMap((o) => o.sites.map((s) => s.communeCode)))];
    const known = new Map(
      (await tx.select().from(communes).where(inArray(communes.inseeCode, codes))).map((c) => [c.inseeCode, c]),
    );
    let sites = 0;
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
      await tx.delete(organisationSites).where(inArray(organisationSites.organisationId, [row.id]));
      for (const s of o.sites) {
        const commune = known.get(s.communeCode);
        await tx.insert(organisationSites).values({
          organisationId: row.id,
          label: s.label,
          address: s.address ?? null,
          communeCode: commune ? s.communeCode : null,
          latitude: commune?.latitude ?? null,
          longitude: commune?.longitude ?? null,
        });
        sites++;
      }
    }
    return { organisations: demoOrganisations.length, sites };
  });
}
