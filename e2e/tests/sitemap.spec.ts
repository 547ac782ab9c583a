import { expect, test } from '@playwright/test';
import { fetchCampus } from './support';
import { allTrainingIds } from './training-support';

/** The e2e code is type-checked without the DOM library: the browser objects it reads. */
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<{ getAttribute(name: string): string | null }>;
  documentElement: { namespaceURI: string | null; localName: string };
}
interface BrowserGlobals {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
}

test('sitemap.xml is valid XML listing the public pages with absolute addresses in both languages', async ({ page, request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/xml/);
  const xml = await response.text();

  // Parsed by the browser's own XML parser: a malformed document yields a <parsererror>.
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const doc = new (globalThis as unknown as BrowserGlobals).DOMParser().parseFromString(text, 'application/xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      locs: Array.from(doc.getElementsByTagName('loc'), (el) => el.textContent ?? ''),
      alternates: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length,
    };
  }, xml);
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
  expect(parsed.alternates).toBe(parsed.locs.length * 2);
  expect(new Set(parsed.locs).size).toBe(parsed.locs.length);
  for (const loc of parsed.locs) expect(loc.startsWith(`${baseURL}/`)).toBe(true);

  const paths = new Set(parsed.locs.map((loc) => new URL(loc).pathname));
  for (const path of ['/', '/en', '/formations', '/en/trainings', '/metiers', '/en/occupations', '/certifications', '/membres', '/en/members', '/accessibilite']) {
    expect(paths, path).toContain(path);
  }
  const { profile } = await fetchCampus(request);
  for (const code of profile.romeCodes) {
    expect(paths).toContain(`/metiers/${code}`);
    expect(paths).toContain(`/en/occupations/${code}`);
  }
  for (const id of await allTrainingIds(request)) {
    expect(paths).toContain(`/formations/${id}`);
    expect(paths).toContain(`/en/trainings/${id}`);
  }
  expect([...paths].some((p) => /^\/certifications\/RNCP\d+$/.test(p))).toBe(true);
  expect([...paths].some((p) => /^\/membres\/[a-z0-9-]+$/.test(p))).toBe(true);

  // Every listed page of the campus's own records answers (a sample of each kind, to keep the test short).
  for (const prefix of ['/formations/', '/certifications/', '/metiers/']) {
    const path = [...paths].find((p) => p.startsWith(prefix))!;
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
