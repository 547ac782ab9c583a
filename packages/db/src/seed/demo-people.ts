import { sql } from 'drizzle-orm';
import type { MembershipRole, PlatformRole } from '@passerelles/domain';
import type { Db } from '../client';
import { addMember, createUser, findUserByEmail } from '../repositories/accounts.repository';
import { queryRows } from '../query';

/**
 * The people of the demo campus (../shared/docs/DEMO-CAMPUS.md) who have an account. They have no password: to try
 * their spaces, ask for a reset link on the sign-in page (in development, messages land in MAIL_CAPTURE_DIR). So a
 * demo that is reachable from elsewhere opens no account to someone who cannot read the server's mail.
 */
export const demoPeople: readonly {
  email: string;
  displayName: string;
  platformRole?: PlatformRole;
  organisation?: { slug: string; role: MembershipRole };
}[] = [
  { email: 'nadia.martel@cmq-bio-normandie.example', displayName: 'Nadia Martel', platformRole: 'campus_admin' },
  { email: 'equipe@cmq-bio-normandie.example', displayName: 'Équipe du campus', platformRole: 'campus_team' },
  { email: 'thomas.girard@lycee-bio-val-de-reuil.example', displayName: 'Thomas Girard', organisation: { slug: 'lycee-pro-bio-industries-val-de-reuil', role: 'member' } },
  { email: 'sophie.lambert@sterilis-injectables.example', displayName: 'Sophie Lambert', organisation: { slug: 'injectables-val-de-reuil', role: 'admin' } },
  { email: 'formation@greta-eure.example', displayName: 'Service formation du GRETA', organisation: { slug: 'greta-eure', role: 'admin' } },
];

/** Creates the demo accounts that do not exist yet (confirmed addresses, no password) and their memberships. */
export async function seedDemoPeople(db: Db, now: Date): Promise<number> {
  let created = 0;
  for (const person of demoPeople) {
    let id = (await findUserByEmail(db, person.email))?.id ?? null;
    if (id === null) {
      id = await createUser(db, { email: person.email, displayName: person.displayName, passwordHash: null, accountType: 'professional', platformRole: person.platformRole ?? null, emailVerifiedAt: now });
      created++;
    }
    if (id !== null && person.organisation) {
      const [org] = await queryRows<{ id: number }>(db, sql`select id from organisations where slug = ${person.organisation.slug}`);
      if (org) await addMember(db, { organisationId: org.id, userId: id, role: person.organisation.role, decidedBy: null, now });
    }
  }
  return created;
}
