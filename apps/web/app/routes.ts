import { type RouteConfig, index, route } from '@react-router/dev/routes';
import { LOCALES } from './i18n/locales';
import {
  DETAIL_KEYS,
  PAGE_KEYS,
  SUB_PAGE_KEYS,
  detailRoutePath,
  routePath,
  subPageRoutePath,
  type DetailKey,
  type PageKey,
  type SubPageKey,
} from './i18n/pages';

/** One module per kind of page; the same module serves every locale (route ids say which). */
const MODULES: Record<PageKey, string> = {
  home: 'routes/home.tsx',
  trainings: 'routes/trainings.tsx',
  pathway: 'routes/pathway.tsx',
  chain: 'routes/chain.tsx',
  metiers: 'routes/metiers.tsx',
  certifications: 'routes/certifications.tsx',
  members: 'routes/members.tsx',
  companies: 'routes/section.tsx',
  accessibility: 'routes/accessibility.tsx',
  data: 'routes/about-data.tsx',
  privacy: 'routes/privacy.tsx',
  signIn: 'routes/account/sign-in.tsx',
  signUp: 'routes/account/sign-up.tsx',
  signOut: 'routes/account/sign-out.tsx',
  forgotPassword: 'routes/account/forgot-password.tsx',
  verifyEmail: 'routes/account/verify-email.tsx',
  newPassword: 'routes/account/new-password.tsx',
  parentalConsent: 'routes/account/parental-consent.tsx',
  invitation: 'routes/account/invitation.tsx',
  account: 'routes/account/account.tsx',
  networkApplication: 'routes/account/apply.tsx',
  joinRequests: 'routes/campus/join-requests.tsx',
  auditLog: 'routes/campus/audit-log.tsx',
  campusProfile: 'routes/campus/profile.tsx',
  spaces: 'routes/space/spaces.tsx',
};

/** One record's page (`/metiers/H2303`), in every locale. */
const DETAIL_MODULES: Record<DetailKey, string> = {
  metier: 'routes/metier.tsx',
  certification: 'routes/certification.tsx',
  training: 'routes/training.tsx',
  member: 'routes/member.tsx',
  space: 'routes/space/space.tsx',
};

/** Pages under one record's page (`/metiers/H2304/mobilites`), in every locale. */
const SUB_PAGE_MODULES: Record<SubPageKey, string> = {
  mobility: 'routes/metier-mobility.tsx',
  mobilityPath: 'routes/metier-mobility-path.tsx',
  spaceTraining: 'routes/space/training.tsx',
  spaceProfile: 'routes/space/profile.tsx',
};

const pages = LOCALES.flatMap((locale) =>
  PAGE_KEYS.map((page) => {
    const id = `${locale}/${page}`;
    const path = routePath(page, locale);
    return path === '' ? index(MODULES[page], { id }) : route(path, MODULES[page], { id });
  }),
);

const details = LOCALES.flatMap((locale) =>
  DETAIL_KEYS.map((detail) => route(detailRoutePath(detail, locale), DETAIL_MODULES[detail], { id: `${locale}/${detail}` })),
);

const subPages = LOCALES.flatMap((locale) =>
  SUB_PAGE_KEYS.map((sub) => route(subPageRoutePath(sub, locale), SUB_PAGE_MODULES[sub], { id: `${locale}/${sub}` })),
);

export default [
  ...pages,
  ...details,
  ...subPages,
  // The list of public pages for search engines, absolute addresses in both locales.
  route('sitemap.xml', 'routes/sitemap.ts', { id: 'sitemap' }),
  // Unknown addresses render a real 404 inside the site shell, in the locale of their prefix.
  route('en/*', 'routes/not-found.tsx', { id: 'en/not-found' }),
  route('*', 'routes/not-found.tsx', { id: 'fr/not-found' }),
] satisfies RouteConfig;
