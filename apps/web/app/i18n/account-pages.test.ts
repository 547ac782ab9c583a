import { describe, expect, it } from 'vitest';
import { alternatePath, isPrivatePage, resolvePage } from './pages';

describe('account pages', () => {
  it('exist at the French addresses the API e-mails links to', () => {
    expect(resolvePage('/compte/verification')).toEqual({ page: 'verifyEmail', locale: 'fr' });
    expect(resolvePage('/compte/nouveau-mot-de-passe')).toEqual({ page: 'newPassword', locale: 'fr' });
    expect(resolvePage('/compte/consentement-parental')).toEqual({ page: 'parentalConsent', locale: 'fr' });
    expect(alternatePath('/compte/verification')).toBe('/en/account/verification');
  });

  it('are kept from search engines, the privacy policy is not', () => {
    for (const page of ['signIn', 'signUp', 'account', 'verifyEmail', 'joinRequests', 'auditLog'] as const) expect(isPrivatePage(page), page).toBe(true);
    expect(isPrivatePage('privacy')).toBe(false);
    expect(isPrivatePage('home')).toBe(false);
  });
});
