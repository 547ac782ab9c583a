import { describe, expect, it } from 'vitest';
import { canDecide, hasSessionCookie, isNoticeCode, safeReturnPath, signInPath, withNotice, type Account } from './account';

describe('safeReturnPath', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeReturnPath('/compte')).toBe('/compte');
    expect(safeReturnPath('/en/account?x=1#orgs')).toBe('/en/account?x=1#orgs');
    expect(safeReturnPath('/campus/journal?avant=12')).toBe('/campus/journal?avant=12');
    // …but not a notice that was shown there.
    expect(safeReturnPath('/?info=deconnecte')).toBe('/');
    expect(safeReturnPath('/formations?q=bio&info=deconnecte')).toBe('/formations?q=bio');
  });

  it('refuses anything that could lead to another site (no open redirect)', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\\/evil.example',
      'javascript:alert(1)',
      'compte',
      '',
      ' /compte',
      '/compte\n',
      '/%0a',
      `/${'a'.repeat(2001)}`,
    ]) {
      const kept = safeReturnPath(bad);
      if (kept !== null) expect(new URL(kept, 'https://site.example').origin, bad).toBe('https://site.example');
      if (!bad.startsWith('/%')) expect(kept, bad).toBeNull();
    }
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(42)).toBeNull();
  });

  it('never sends back to the sign-in or sign-out pages', () => {
    expect(safeReturnPath('/connexion?retour=/compte')).toBeNull();
    expect(safeReturnPath('/en/sign-in')).toBeNull();
    expect(safeReturnPath('/deconnexion/')).toBeNull();
  });
});

describe('sign-in addresses', () => {
  it('carry where to come back to, encoded, only when it is safe', () => {
    expect(signInPath('fr', '/compte')).toBe('/connexion?retour=%2Fcompte');
    expect(signInPath('en', '/en/account?x=1')).toBe('/en/sign-in?retour=%2Fen%2Faccount%3Fx%3D1');
    expect(signInPath('fr', '//evil.example')).toBe('/connexion');
    expect(signInPath('fr')).toBe('/connexion');
  });
});

describe('notices', () => {
  it('are known codes only, added to the address without losing its parameters', () => {
    expect(isNoticeCode('deconnecte')).toBe(true);
    expect(isNoticeCode('<script>')).toBe(false);
    expect(isNoticeCode(null)).toBe(false);
    expect(withNotice('/', 'deconnecte')).toBe('/?info=deconnecte');
    expect(withNotice('/connexion?retour=%2Fcompte', 'lien-renvoye')).toBe('/connexion?retour=%2Fcompte&info=lien-renvoye');
  });
});

describe('session cookie', () => {
  const request = (cookie?: string) => new Request('http://x/', cookie ? { headers: { cookie } } : {});
  it('is looked for by name, not by substring', () => {
    expect(hasSessionCookie(request('pl_session=abc'))).toBe(true);
    expect(hasSessionCookie(request('a=1; pl_session=abc'))).toBe(true);
    expect(hasSessionCookie(request('xpl_session=abc'))).toBe(false);
    expect(hasSessionCookie(request())).toBe(false);
  });
});

describe('canDecide', () => {
  const base: Account = { id: 1, email: 'a@b.fr', displayName: 'A', accountType: 'professional', platformRole: null, memberships: [], csrfToken: 't' };
  it('lets the campus admin and the organisation’s admins answer, nobody else', () => {
    expect(canDecide({ ...base, platformRole: 'campus_admin' }, 'x')).toBe(true);
    expect(canDecide({ ...base, platformRole: 'campus_team' }, 'x')).toBe(false);
    expect(canDecide({ ...base, memberships: [{ organisationSlug: 'x', organisationName: 'X', role: 'admin' }] }, 'x')).toBe(true);
    expect(canDecide({ ...base, memberships: [{ organisationSlug: 'x', organisationName: 'X', role: 'member' }] }, 'x')).toBe(false);
    expect(canDecide({ ...base, memberships: [{ organisationSlug: 'y', organisationName: 'Y', role: 'admin' }] }, 'x')).toBe(false);
  });
});
