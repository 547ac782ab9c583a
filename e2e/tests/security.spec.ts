import { expect, test } from '@playwright/test';

/**
 * The content security policy forbids inline scripts and styles: every page must render and work under it. A page
 * that breaks it shows a violation event (and a console error) in Chromium.
 */
const PAGES = ['/', '/formations?q=bioanalyses', '/metiers', '/metiers/H2303/mobilites', '/mon-parcours', '/membres', '/filiere', '/connexion', '/inscription'];

for (const path of PAGES) {
  test(`${path} runs under its content security policy without a violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript({
      content: "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    const response = await page.goto(path);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response!.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
    await page.waitForLoadState('load');
    const caught = (await page.evaluate('window.__csp')) as string[];
    expect([...violations, ...caught]).toEqual([]);
  });
}

test('a fresh nonce for every page answer', async ({ request }) => {
  const nonce = async () => (await request.get('/')).headers()['content-security-policy']!.match(/'nonce-([^']+)'/)![1];
  expect(await nonce()).not.toBe(await nonce());
});

test('a form posted from another site is refused', async ({ request }) => {
  const res = await request.post('/api/v1/session', {
    data: { email: 'lea@example.fr', password: 'peu importe ici' },
    headers: { origin: 'https://ailleurs.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).code).toBe('CSRF_REJECTED');
});
