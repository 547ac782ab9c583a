import { describe, expect, it } from 'vitest';
import { decideAccess } from './decide';
import type { Principal } from './roles';

const learner: Principal = { userId: 1, accountType: 'learner', platformRole: null, memberships: [] };
const member: Principal = { userId: 2, accountType: 'professional', platformRole: null, memberships: [{ organisationId: 7, organisationSlug: 'lycee-x', role: 'member' }] };
const orgAdmin: Principal = { ...member, userId: 3, memberships: [{ organisationId: 7, organisationSlug: 'lycee-x', role: 'admin' }] };
const team: Principal = { ...learner, userId: 4, accountType: 'professional', platformRole: 'campus_team' };
const admin: Principal = { ...learner, userId: 5, accountType: 'professional', platformRole: 'campus_admin' };
const orgMember = { organisation: 'member', param: 'slug' } as const;
const orgAdminOnly = { organisation: 'admin', param: 'slug' } as const;

describe('decideAccess', () => {
  it('lets anyone call a public route', () => {
    expect(decideAccess('public', null)).toBe('allow');
  });
  it('asks visitors to sign in for every other route', () => {
    for (const access of ['signed-in', 'campus-team', 'campus-admin', orgMember] as const) expect(decideAccess(access, null)).toBe('unauthenticated');
  });
  it('keeps campus routes for the campus staff', () => {
    expect(decideAccess('campus-team', learner)).toBe('forbidden');
    expect(decideAccess('campus-team', team)).toBe('allow');
    expect(decideAccess('campus-admin', team)).toBe('forbidden');
    expect(decideAccess('campus-admin', admin)).toBe('allow');
  });
  it('checks the organisation named by the path, and its role', () => {
    expect(decideAccess(orgMember, member, { slug: 'lycee-x' })).toBe('allow');
    expect(decideAccess(orgMember, member, { slug: 'autre' })).toBe('forbidden');
    expect(decideAccess(orgAdminOnly, member, { slug: 'lycee-x' })).toBe('forbidden');
    expect(decideAccess(orgAdminOnly, orgAdmin, { slug: 'lycee-x' })).toBe('allow');
    expect(decideAccess(orgMember, team, { slug: 'lycee-x' })).toBe('forbidden');
    expect(decideAccess(orgAdminOnly, admin, { slug: 'lycee-x' })).toBe('allow');
  });
});
