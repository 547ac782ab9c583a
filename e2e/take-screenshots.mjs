// Full-page screenshots of the public pages at phone and desktop widths, to look at them as a person would.
// Usage: BASE_URL=http://localhost:3210 node e2e/take-screenshots.mjs [outDir]
// PAGES=/,/metiers/H2303 picks the pages; AUTOCOMPLETE="technicien labo" also shoots the métier search with
// its suggestions open (viewport only, as a person sees it while typing).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3210';
const out = process.argv[2] ?? '/tmp/shots';
const pages = (process.env.PAGES ?? '/,/en').split(',');
const widths = [375, 1280];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    const name = `${path === '/' ? 'fr' : path.replace(/^\//, '').replace(/\//g, '_')}-${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    console.log(`${out}/${name}`);
  }
  if (process.env.AUTOCOMPLETE) {
    await page.goto(`${base}/metiers`);
    await page.getByRole('combobox').pressSequentially(process.env.AUTOCOMPLETE);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${out}/autocomplete-${width}.png` });
    console.log(`${out}/autocomplete-${width}.png`);
  }
  await context.close();
}
await browser.close();
