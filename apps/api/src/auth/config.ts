import type { Mailer } from '../mail/mailer';
import type { OidcClient } from './oidc/client';

/** How accounts behave; every duration is configuration (RGPD: retention periods are set, not hard-wired). */
export interface AuthConfig {
  /** The address people reach the site at, for links in e-mails (`https://passerelles.example.fr`). */
  publicUrl: string;
  /** Cookies carry `Secure` (off only for plain-HTTP development on another host than localhost). */
  cookieSecure: boolean;
  /** A session ends after this long without use… */
  sessionIdleMs: number;
  /** …and after this long in any case. */
  sessionMaxMs: number;
  verifyLinkMs: number;
  resetLinkMs: number;
  invitationLinkMs: number;
  mailer: Mailer;
  /** Single sign-on, when configured: the provider's client, its name on the sign-in page, and whether the
   *  addresses it sends are trusted without `email_verified` (ProConnect's are vouched for by its providers). */
  sso: { client: OidcClient; label: string; trustEmail: boolean } | null;
  /** The clock (tests move it). */
  now: () => Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function defaultAuthConfig(mailer: Mailer, overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    publicUrl: 'http://localhost:3000',
    cookieSecure: true,
    sessionIdleMs: 7 * DAY,
    sessionMaxMs: 30 * DAY,
    verifyLinkMs: 48 * HOUR,
    resetLinkMs: HOUR,
    invitationLinkMs: 14 * DAY,
    mailer,
    sso: null,
    now: () => new Date(),
    ...overrides,
  };
}
