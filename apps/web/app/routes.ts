import { type RouteConfig, index, route } from '@react-router/dev/routes';
import { LOCALES } from './i18n/locales';
import { PAGE_KEYS, routePath, type PageKey } from './i18n/pages';

/** One module per kind of page; the same module serves every locale (route ids say which). */
const MODULES: Record<PageKey, string> = {
  home: 'routes/home.tsx',
  trainings: 'routes/section.tsx',
  chain: 'routes/section.tsx',
  metiers: 'routes/section.tsx',
  members: 'routes/section.tsx',
  companies: 'routes/section.tsx',
  accessibility: 'routes/accessibility.tsx',
  data: 'routes/about-data.tsx',
};

const pages = LOCALES.flatMap((locale) =>
  PAGE_KEYS.map((page) => {
    const id = `${locale}/${page}`;
    const path = routePath(page, locale);
    return path === '' ? index(MODULES[page], { id }) : route(path, MODULES[page], { id });
  }),
);

export default [
  ...pages,
  // Unknown addresses render a real 404 inside the site shell, in the locale of their prefix.
  route('en/*', 'routes/not-found.tsx', { id: 'en/not-found' }),
  route('*', 'routes/not-found.tsx', { id: 'fr/not-found' }),
] satisfies RouteConfig;
