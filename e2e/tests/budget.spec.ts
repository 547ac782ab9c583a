import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PAGES, PUBLIC_PAGES } from './support';

const BUDGET_GZ_BYTES = 100 * 1024; // PERFORMANCE.md, P4: at most 100 KB of gzipped JavaScript per public route

test('every public page stays within the JavaScript budget', async ({ page, request }) => {
  // One test visits every public page (about 45): longer than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  for (const path of [...PUBLIC_PAGES, ...NOT_FOUND_PAGES]) {
    await page.goto(path);
    const urls = new Set<string>();
    let gz = 0;
    for (const script of await page.locator('script').all()) {
      const src = await script.getAttribute('src');
      if (src) urls.add(new URL(src, page.url()).href);
      else gz += gzipSync((await script.textContent()) ?? '').length;
    }
    for (const preload of await page.locator('link[rel="modulepreload"]').all()) urls.add(new URL((await preload.getAttribute('href'))!, page.url()).href);
    for (const url of urls) gz += gzipSync(await (await request.get(url)).body()).length;
    expect(gz, `${path}: ${gz} bytes of gzipped JavaScript`).toBeLessThanOrEqual(BUDGET_GZ_BYTES);
  }
});
