import { routes } from '@passerelles/contracts';
import type { Route } from './+types/sitemap';
import { LOCALES, type Locale } from '../i18n/locales';
import { PAGE_KEYS, detailPath, isPrivatePage, pathFor } from '../i18n/pages';

/** The most session pages read to find the trainings (100 each): far more than a campus has. */
const MAX_SESSION_PAGES = 50;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One page in every locale: a `<url>` per locale, each naming all the others as alternates. */
type Localised = (locale: Locale) => string;

/**
 * `/sitemap.xml`: the public pages for search engines, with absolute addresses taken from the request's own
 * origin, in both locales: home and sections, the sector's métiers, the certifications offered, the trainings
 * and the members.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const origin = new URL(request.url).origin;
  const [{ profile }, members] = await Promise.all([context.api(routes.getCampus), context.api(routes.listMembers)]);

  const trainings = new Set<number>();
  const certifications = new Set<string>();
  for (let page = 1; page <= MAX_SESSION_PAGES; page++) {
    const found = await context.api(routes.searchSessions, { query: { page, pageSize: 100, sort: 'start' } });
    for (const s of found.items) {
      trainings.add(s.training.id);
      if (s.certification) certifications.add(s.certification.code);
    }
    if (page * found.pageSize >= found.total) break;
  }

  const pages: Localised[] = [
    // Account pages and the staff's tools are nobody's search result.
    ...PAGE_KEYS.filter((key) => !isPrivatePage(key)).map((key) => (locale: Locale) => pathFor(key, locale)),
    ...profile.romeCodes.map((code) => (locale: Locale) => detailPath('metier', locale, code)),
    ...[...certifications].sort().map((code) => (locale: Locale) => detailPath('certification', locale, code)),
    ...[...trainings].sort((a, b) => a - b).map((id) => (locale: Locale) => detailPath('training', locale, String(id))),
    ...members.items.map((m) => (locale: Locale) => `${pathFor('members', locale)}/${encodeURIComponent(m.slug)}`),
  ];

  const urls = pages.flatMap((path) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(origin + path(other))}"/>`);
      return `  <url>\n    <loc>${escapeXml(origin + path(locale))}</loc>\n${alternates.join('\n')}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
