import { z } from 'zod';
import { ACCOUNT_TYPES, MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, PLATFORM_ROLES } from '@passerelles/domain';
import { defineRoute } from '../define';

/** An address as a person types it: trimmed, at most 254 characters (RFC 5321), one @ with a dot after it. */
export const EmailAddress = z
  .string()
  .trim()
  .max(254, 'Adresse e-mail trop longue.')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Adresse e-mail invalide.')
  .meta({ description: 'E-mail address', example: 'lea.martin@example.fr' });

/** Long passwords rather than composition rules (ASVS 6.2); 12 characters at least, 128 at most. */
export const NewPassword = z.string().min(12, 'Le mot de passe doit compter au moins 12 caractères.').max(128, 'Le mot de passe doit compter au plus 128 caractères.');
const Password = z.string().min(1, 'Saisissez votre mot de passe.').max(128);
/** A single-use link's secret, as the e-mail carried it (base64url). */
const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Lien invalide.');

export const Membership = z
  .object({
    organisationSlug: z.string(),
    organisationName: z.string(),
    role: z.enum(MEMBERSHIP_ROLES),
  })
  .meta({ id: 'Membership' });

export const Account = z
  .object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    accountType: z.enum(ACCOUNT_TYPES),
    platformRole: z.enum(PLATFORM_ROLES).nullable(),
    memberships: z.array(Membership),
    /** Send it back as the `x-csrf-token` header (or the `csrf` form field) with every call that changes something. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Account' });

/** What a visitor or a signed-in person sees of themselves. */
export const getAccount = defineRoute({
  method: 'GET',
  path: '/api/v1/compte',
  operationId: 'getAccount',
  summary: 'The signed-in account (null for a visitor)',
  tags: ['accounts'],
  auth: 'public',
  responses: { 200: z.object({ account: Account.nullable() }).meta({ id: 'AccountAnswer' }) },
});

/** A done action, said in words. */
export const Accepted = z.object({ message: z.string() }).meta({ id: 'Accepted' });

export const signUp = defineRoute({
  method: 'POST',
  path: '/api/v1/compte',
  operationId: 'signUp',
  summary: 'Create an account; a link to verify the address is e-mailed (the answer is the same whether or not the address already has an account)',
  tags: ['accounts'],
  auth: 'public',
  body: z
    .object({
      email: EmailAddress,
      displayName: z.string().trim().min(1, 'Indiquez votre nom.').max(120),
      password: NewPassword,
      accountType: z.enum(ACCOUNT_TYPES),
      /** Under 15, a parent's e-mail: the account stays closed until the parent consents (RGPD art. 8, French law). */
      under15: z.boolean().default(false),
      parentEmail: EmailAddress.optional(),
      acceptTerms: z.literal(true, 'Acceptez la politique de confidentialité pour créer un compte.'),
    })
    .refine((b) => !b.under15 || b.parentEmail, { message: 'Moins de 15 ans : indiquez l’adresse e-mail d’un parent.', path: ['parentEmail'] }),
  responses: { 200: Accepted },
  errors: { 429: 'Too many sign-ups from this address; try later.' },
});

export const verifyEmail = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/verification',
  operationId: 'verifyEmail',
  summary: 'Confirm an e-mail address with the single-use link it received',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ token: LinkToken }),
  responses: { 200: Accepted },
  errors: { 422: 'The link is unknown, used or expired.' },
});

export const resendVerification = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/verification/renvoi',
  operationId: 'resendVerification',
  summary: 'Send the verification link again (same answer for every address)',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ email: EmailAddress }),
  responses: { 200: Accepted },
  errors: { 429: 'Too many requests; try later.' },
});

export const signIn = defineRoute({
  method: 'POST',
  path: '/api/v1/session',
  operationId: 'signIn',
  summary: 'Sign in with e-mail and password; sets a new session cookie',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ email: EmailAddress, password: Password }),
  responses: { 200: z.object({ account: Account }).meta({ id: 'SignedIn' }) },
  errors: {
    401: 'Wrong e-mail or password (one message for both).',
    403: 'The address is not verified yet, or the account waits for a parent’s consent.',
    429: 'Too many attempts; try later.',
  },
});

export const signOut = defineRoute({
  method: 'DELETE',
  path: '/api/v1/session',
  operationId: 'signOut',
  summary: 'Sign out: ends this session and clears its cookie',
  tags: ['accounts'],
  auth: 'signed-in',
  responses: { 200: Accepted },
});

export const requestPasswordReset = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/mot-de-passe/oubli',
  operationId: 'requestPasswordReset',
  summary: 'E-mail a single-use link to choose a new password (same answer for every address)',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ email: EmailAddress }),
  responses: { 200: Accepted },
  errors: { 429: 'Too many requests; try later.' },
});

export const resetPassword = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/mot-de-passe',
  operationId: 'resetPassword',
  summary: 'Choose a new password with a reset link; every session of the account ends',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ token: LinkToken, password: NewPassword }),
  responses: { 200: Accepted },
  errors: { 422: 'The link is unknown, used or expired.', 429: 'Too many attempts; try later.' },
});

export const confirmParentalConsent = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/consentement-parental',
  operationId: 'confirmParentalConsent',
  summary: 'A parent consents, with the link they received, to their under-15 child’s account',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ token: LinkToken }),
  responses: { 200: Accepted },
  errors: { 422: 'The link is unknown, used or expired.' },
});

export const MembershipRequest = z
  .object({
    organisationSlug: z.string(),
    organisationName: z.string(),
    userId: z.number().int(),
    displayName: z.string(),
    email: z.string(),
    role: z.enum(MEMBERSHIP_ROLES),
    status: z.enum(MEMBERSHIP_STATUSES),
    message: z.string().nullable(),
    requestedAt: z.string().meta({ description: 'ISO date-time' }),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'MembershipRequest' });

export const listMyMemberships = defineRoute({
  method: 'GET',
  path: '/api/v1/compte/adhesions',
  operationId: 'listMyMemberships',
  summary: 'The organisations the signed-in person belongs to or asked to join',
  tags: ['accounts'],
  auth: 'signed-in',
  responses: { 200: z.object({ items: z.array(MembershipRequest) }).meta({ id: 'MyMemberships' }) },
});

/** A member organisation's identifier in addresses. */
export const Slug = z.string().regex(/^[a-z0-9-]{1,120}$/, 'Identifiant d’organisation invalide.');

export const requestToJoin = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/join-requests',
  operationId: 'requestToJoin',
  summary: 'Ask to join an organisation of the network; its admins and the campus decide',
  tags: ['accounts'],
  auth: 'signed-in',
  params: z.object({ slug: Slug }),
  body: z.object({ message: z.string().trim().max(1000).optional() }),
  responses: { 200: Accepted },
  errors: { 404: 'No member organisation has this identifier.', 409: 'Already a member, or a request is waiting.' },
});

export const listJoinRequests = defineRoute({
  method: 'GET',
  path: '/api/v1/members/{slug}/join-requests',
  operationId: 'listJoinRequests',
  summary: 'Members and requests to join of one organisation (its admins, the campus admin)',
  tags: ['accounts'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug }),
  responses: { 200: z.object({ items: z.array(MembershipRequest) }).meta({ id: 'OrganisationMemberships' }) },
  errors: { 404: 'No member organisation has this identifier.' },
});

export const decideJoinRequest = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/join-requests/{userId}',
  operationId: 'decideJoinRequest',
  summary: 'Approve or refuse a request to join (the organisation’s admins, the campus admin); e-mails the person',
  tags: ['accounts'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug, userId: z.coerce.number().int().positive() }),
  body: z.object({ approve: z.boolean(), role: z.enum(MEMBERSHIP_ROLES).default('member'), reason: z.string().trim().max(1000).optional() }),
  responses: { 200: MembershipRequest },
  errors: { 404: 'No pending request for this person in this organisation.' },
});

export const listPendingJoinRequests = defineRoute({
  method: 'GET',
  path: '/api/v1/campus/adhesions',
  operationId: 'listPendingJoinRequests',
  summary: 'Every request to join waiting for a decision, across the network (campus team)',
  tags: ['accounts'],
  auth: 'campus-team',
  responses: { 200: z.object({ items: z.array(MembershipRequest) }).meta({ id: 'PendingMemberships' }) },
});

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    actorName: z.string().nullable(),
    organisationName: z.string().nullable(),
    subjectName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const listAuditLog = defineRoute({
  method: 'GET',
  path: '/api/v1/campus/journal',
  operationId: 'listAuditLog',
  summary: 'The audit log of sensitive actions, newest first (campus admin)',
  tags: ['accounts'],
  auth: 'campus-admin',
  query: z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
  responses: { 200: z.object({ items: z.array(AuditEntry) }).meta({ id: 'AuditLog' }) },
});

export const exportMyData = defineRoute({
  method: 'GET',
  path: '/api/v1/compte/export',
  operationId: 'exportMyData',
  summary: 'Everything the platform holds about the signed-in person, as JSON (RGPD right of access and portability)',
  tags: ['accounts'],
  auth: 'signed-in',
  responses: { 200: z.record(z.string(), z.unknown()).meta({ id: 'PersonalDataExport' }) },
});

export const eraseMyAccount = defineRoute({
  method: 'POST',
  path: '/api/v1/compte/effacement',
  operationId: 'eraseMyAccount',
  summary: 'Erase the signed-in account: personal data removed, organisation data kept; signs out',
  tags: ['accounts'],
  auth: 'signed-in',
  body: z.object({ password: z.string().max(128).optional(), confirm: z.literal(true, 'Cochez la case pour confirmer l’effacement.') }),
  responses: { 200: Accepted },
  errors: { 401: 'Wrong password.', 409: 'Last admin of an organisation: name another admin first.' },
});

export const getSsoProvider = defineRoute({
  method: 'GET',
  path: '/api/v1/session/sso',
  operationId: 'getSsoProvider',
  summary: 'Whether single sign-on (OpenID Connect) is configured, and the name of its provider',
  tags: ['accounts'],
  auth: 'public',
  responses: { 200: z.object({ enabled: z.boolean(), label: z.string().nullable() }).meta({ id: 'SsoProvider' }) },
});

export const beginSso = defineRoute({
  method: 'POST',
  path: '/api/v1/session/sso',
  operationId: 'beginSso',
  summary: 'Start a single sign-on: answers the provider’s address to send the browser to, and keeps the login’s secrets in a short-lived cookie',
  tags: ['accounts'],
  auth: 'public',
  responses: { 200: z.object({ authorizationUrl: z.string() }).meta({ id: 'SsoStart' }) },
  errors: { 404: 'Single sign-on is not configured.', 503: 'The identity provider cannot be reached.' },
});

export const finishSso = defineRoute({
  method: 'POST',
  path: '/api/v1/session/sso/retour',
  operationId: 'finishSso',
  summary: 'Finish a single sign-on with the query string the provider sent the browser back with; signs in (creating the account on first use)',
  tags: ['accounts'],
  auth: 'public',
  body: z.object({ query: z.string().max(4000) }),
  responses: { 200: z.object({ account: Account }).meta({ id: 'SsoSignedIn' }) },
  errors: {
    401: 'The provider refused, or the login could not be checked (state, expiry, token).',
    404: 'Single sign-on is not configured.',
    409: 'An account already uses this address: sign in with its password first.',
  },
});

export const inviteMember = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/invitations',
  operationId: 'inviteMember',
  summary: 'Invite a person by e-mail to join the organisation (its admins, the campus admin); the link works once, for 14 days',
  tags: ['accounts'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug }),
  body: z.object({ email: EmailAddress, role: z.enum(MEMBERSHIP_ROLES).default('member') }),
  responses: { 200: Accepted },
  errors: { 404: 'No member organisation has this identifier.', 429: 'Too many invitations; try later.' },
});

export const acceptInvitation = defineRoute({
  method: 'POST',
  path: '/api/v1/invitations/acceptation',
  operationId: 'acceptInvitation',
  summary: 'Accept an invitation with its link, signed in with the invited address; the person joins the organisation',
  tags: ['accounts'],
  auth: 'signed-in',
  body: z.object({ token: LinkToken }),
  responses: { 200: z.object({ message: z.string(), organisationSlug: z.string() }).meta({ id: 'InvitationAccepted' }) },
  errors: { 403: 'The invitation was sent to another address.', 422: 'The link is unknown, used or expired.' },
});
