import { eq } from 'drizzle-orm';
import type { CampusProfile } from '@passerelles/domain';
import type { Db } from '../client';
import { campus } from '../schema/index';

export async function getCampusProfile(db: Db): Promise<CampusProfile | null> {
  const rows = await db.select({ profile: campus.profile }).from(campus).orderBy(campus.id).limit(1);
  return rows[0]?.profile ?? null;
}

export async function saveCampusProfile(db: Db, profile: CampusProfile): Promise<void> {
  await db
    .insert(campus)
    .values({ slug: profile.slug, profile })
    .onConflictDoUpdate({ target: campus.slug, set: { profile, updatedAt: new Date() } });
}

export async function deleteCampus(db: Db, slug: string): Promise<void> {
  await db.delete(campus).where(eq(campus.slug, slug));
}
