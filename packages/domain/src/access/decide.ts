import type { MembershipRole, Principal } from './roles';

/**
 * Who may call a route, declared once per route in the contracts:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any account;
 * - `campus-team`: the campus team or a campus admin;
 * - `campus-admin`: a campus admin;
 * - `{ organisation, param }`: an active member (or an admin, when `organisation` is `admin`) of the organisation whose
 *   slug is the path parameter `param`. A campus admin passes every organisation check: the campus runs the network.
 */
export type RouteAccess = 'public' | 'signed-in' | 'campus-team' | 'campus-admin' | { organisation: MembershipRole; param: string };

/** `unauthenticated` answers 401 (sign in first), `forbidden` 403 (signed in, not allowed). */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decideAccess(access: RouteAccess, principal: Principal | null, params: Record<string, unknown> = {}): AccessDecision {
  if (access === 'public') return 'allow';
  if (!principal) return 'unauthenticated';
  if (principal.platformRole === 'campus_admin') return 'allow';
  if (access === 'signed-in') return 'allow';
  if (access === 'campus-team') return principal.platformRole === 'campus_team' ? 'allow' : 'forbidden';
  if (access === 'campus-admin') return 'forbidden';
  const slug = params[access.param];
  const membership = principal.memberships.find((m) => m.organisationSlug === slug);
  if (!membership) return 'forbidden';
  return access.organisation === 'member' || membership.role === 'admin' ? 'allow' : 'forbidden';
}

/** The campus team or a campus admin. */
export const isCampusStaff = (principal: Principal | null): boolean => principal?.platformRole != null;
