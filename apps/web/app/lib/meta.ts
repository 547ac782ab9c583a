import type { MetaDescriptor } from 'react-router';
import { CATALOGUES } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';

interface PageMetaInput {
  pathname: string;
  /** The page's own title (without the site name). */
  title: string;
  description?: string;
  /** The campus's short name, from the root loader; absent when the campus could not be read. */
  campus?: string;
  /** Placeholder pages are not worth indexing until their content exists. */
  noindex?: boolean;
}

/** `<title>` reads "Page — Campus" so that tabs and history entries say where one is, page first (RGAA 8.6). */
export function pageMeta({ pathname, title, description, campus, noindex }: PageMetaInput): MetaDescriptor[] {
  const t = CATALOGUES[localeFromPath(pathname)];
  const site = campus ?? t.meta.siteName;
  const tags: MetaDescriptor[] = [{ title: `${title}${t.meta.titleSeparator}${site}` }];
  if (description) tags.push({ name: 'description', content: description });
  if (noindex) tags.push({ name: 'robots', content: 'noindex' });
  return tags;
}
