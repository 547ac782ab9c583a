/** A learner (pupil, student, employee planning a pathway) or a professional of a member organisation. */
export const ACCOUNT_TYPES = ['learner', 'professional'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** Roles over the whole platform, held by the campus's own staff. */
export const PLATFORM_ROLES = ['campus_team', 'campus_admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Roles inside one organisation. */
export const MEMBERSHIP_ROLES = ['admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_STATUSES = ['pending', 'active', 'refused'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What a single-use e-mailed link is for. */
export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'invitation', 'parental_consent'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Who is calling: a signed-in account with its active memberships. */
export interface Principal {
  userId: number;
  accountType: AccountType;
  platformRole: PlatformRole | null;
  memberships: readonly { organisationId: number; organisationSlug: string; role: MembershipRole }[];
}
