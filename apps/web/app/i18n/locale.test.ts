import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { formatDate, formatNumber, plural } from './format';
import { localeFromPath, otherLocale } from './locales';
import {
  DETAIL_KEYS,
  PAGES,
  PAGE_KEYS,
  SUB_PAGES,
  SUB_PAGE_KEYS,
  alternatePath,
  detailPath,
  detailRoutePath,
  pathFor,
  resolveDetail,
  resolvePage,
  resolveSubPage,
  routePath,
  subPagePath,
  subPageRoutePath,
} from './pages';

describe('localeFromPath', () => {
  it.each([
    ['/', 'fr'],
    ['/formations', 'fr'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/EN/trainings', 'en'],
    ['/en/anything/deeper', 'en'],
    ['/english', 'fr'],
    ['/enquete', 'fr'],
    ['', 'fr'],
  ])('%s is %s', (path, locale) => {
    expect(localeFromPath(path)).toBe(locale);
  });

  it('switches to the other locale', () => {
    expect(otherLocale('fr')).toBe('en');
    expect(otherLocale('en')).toBe('fr');
  });
});

describe('page table', () => {
  it('gives every page a distinct address per locale, English ones under /en', () => {
    const all = PAGE_KEYS.flatMap((page) => [PAGES[page].fr, PAGES[page].en]);
    expect(new Set(all).size).toBe(all.length);
    for (const page of PAGE_KEYS) {
      expect(localeFromPath(PAGES[page].fr)).toBe('fr');
      expect(localeFromPath(PAGES[page].en)).toBe('en');
    }
  });

  it('resolves addresses, ignoring a trailing slash and letter case', () => {
    expect(resolvePage('/')).toEqual({ page: 'home', locale: 'fr' });
    expect(resolvePage('/en')).toEqual({ page: 'home', locale: 'en' });
    expect(resolvePage('/en/')).toEqual({ page: 'home', locale: 'en' });
    expect(resolvePage('/Accessibilite/')).toEqual({ page: 'accessibility', locale: 'fr' });
    expect(resolvePage('/en/about-the-data')).toEqual({ page: 'data', locale: 'en' });
    expect(resolvePage('/nope')).toBeNull();
  });

  it('finds the same page in the other language, or that language’s home for unknown addresses', () => {
    expect(alternatePath('/a-propos-des-donnees')).toBe('/en/about-the-data');
    expect(alternatePath('/en/about-the-data')).toBe('/a-propos-des-donnees');
    expect(alternatePath('/')).toBe('/en');
    expect(alternatePath('/en')).toBe('/');
    expect(alternatePath('/page-inconnue')).toBe('/en');
    expect(alternatePath('/en/unknown')).toBe('/');
    expect(alternatePath('/formations', 'fr')).toBe('/formations');
  });

  it('round-trips every page through its alternate', () => {
    for (const page of PAGE_KEYS) expect(alternatePath(alternatePath(pathFor(page, 'fr')))).toBe(pathFor(page, 'fr'));
  });

  it('maps a record’s page to the same record in the other language, keeping its code', () => {
    expect(alternatePath('/metiers/H2303')).toBe('/en/occupations/H2303');
    expect(alternatePath('/en/occupations/H2303')).toBe('/metiers/H2303');
    expect(alternatePath('/certifications/RNCP38884/')).toBe('/en/certifications/RNCP38884');
    expect(alternatePath('/en/certifications/RNCP38884')).toBe('/certifications/RNCP38884');
    expect(alternatePath('/metiers/H2303/extra')).toBe('/en');
    expect(resolveDetail('/Metiers/h2303')).toEqual({ detail: 'metier', locale: 'fr', code: 'h2303' });
    expect(resolveDetail('/metiers')).toBeNull();
    expect(resolveDetail('/entreprises/X')).toBeNull();
    expect(alternatePath('/formations/14')).toBe('/en/trainings/14');
    for (const detail of DETAIL_KEYS) {
      expect(alternatePath(alternatePath(detailPath(detail, 'fr', 'X1')))).toBe(detailPath(detail, 'fr', 'X1'));
    }
  });

  it('maps a record’s sub-page to the same sub-page in the other language, keeping both codes', () => {
    expect(alternatePath('/metiers/H2304/mobilites')).toBe('/en/occupations/H2304/mobility');
    expect(alternatePath('/en/occupations/H2304/mobility/')).toBe('/metiers/H2304/mobilites');
    expect(alternatePath('/metiers/H2304/mobilites/H2303')).toBe('/en/occupations/H2304/mobility/H2303');
    expect(alternatePath('/en/occupations/H2304/mobility/H2303')).toBe('/metiers/H2304/mobilites/H2303');
    // The segment is the locale's own word: a French segment under an English collection is no page.
    expect(alternatePath('/en/occupations/H2304/mobilites')).toBe('/');
    expect(alternatePath('/metiers/H2304/mobilites/H2303/extra')).toBe('/en');
    expect(alternatePath('/metiers/H2304/mobilites/')).toBe('/en/occupations/H2304/mobility');
    expect(alternatePath('/certifications/RNCP37699/mobilites')).toBe('/en');
    for (const sub of SUB_PAGE_KEYS) {
      const target = SUB_PAGES[sub].target ? 'H2303' : undefined;
      expect(alternatePath(alternatePath(subPagePath(sub, 'fr', 'H2304', target)))).toBe(subPagePath(sub, 'fr', 'H2304', target));
    }
  });

  it('resolves sub-pages with the codes as written, and tells them from the record’s own page', () => {
    expect(resolveSubPage('/Metiers/h2304/Mobilites/h2303')).toEqual({ sub: 'mobilityPath', locale: 'fr', code: 'h2304', target: 'h2303' });
    expect(resolveSubPage('/en/occupations/H2304/mobility')).toEqual({ sub: 'mobility', locale: 'en', code: 'H2304' });
    expect(resolveSubPage('/metiers/H2304')).toBeNull();
    expect(resolveDetail('/metiers/H2304/mobilites')).toBeNull();
    expect(resolveSubPage('/metiers//mobilites')).toBeNull();
  });

  it('builds sub-page addresses and their route paths', () => {
    expect(subPagePath('mobility', 'fr', 'H2304')).toBe('/metiers/H2304/mobilites');
    expect(subPagePath('mobilityPath', 'en', 'H2304', 'H2303')).toBe('/en/occupations/H2304/mobility/H2303');
    expect(subPageRoutePath('mobility', 'fr')).toBe('metiers/:code/mobilites');
    expect(subPageRoutePath('mobilityPath', 'en')).toBe('en/occupations/:code/mobility/:target');
    expect(() => subPagePath('mobilityPath', 'fr', 'H2304')).toThrow();
  });

  it('builds detail addresses and their route paths', () => {
    expect(detailPath('metier', 'fr', 'H2303')).toBe('/metiers/H2303');
    expect(detailPath('certification', 'en', 'RS5678')).toBe('/en/certifications/RS5678');
    expect(detailRoutePath('metier', 'en')).toBe('en/occupations/:code');
  });

  it('gives React Router paths without the leading slash', () => {
    expect(routePath('home', 'fr')).toBe('');
    expect(routePath('home', 'en')).toBe('en');
    expect(routePath('data', 'fr')).toBe('a-propos-des-donnees');
  });
});

describe('formatting', () => {
  it('writes numbers the way each language does', () => {
    expect(formatNumber('fr', 1234567)).toBe('1\u202f234\u202f567');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
  });

  it('agrees labels with numbers: French 0 and 1 are singular, English 0 is plural', () => {
    const forms = { one: 'membre', other: 'membres' };
    expect(plural('fr', 0, forms)).toBe('membre');
    expect(plural('fr', 1, forms)).toBe('membre');
    expect(plural('fr', 2, forms)).toBe('membres');
    expect(plural('en', 0, { one: 'member', other: 'members' })).toBe('members');
    expect(plural('en', 1, { one: 'member', other: 'members' })).toBe('member');
  });
});

describe('catalogues', () => {
  /** Key paths of a catalogue, arrays by length: the compiler checks the keys, this checks list lengths. */
  function shape(value: unknown, path = ''): string[] {
    if (Array.isArray(value)) return [`${path}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
    return [path];
  }

  it('have the same shape in French and English (same number of objectives, hints…)', () => {
    expect(shape(en)).toEqual(shape(fr));
  });

  it('have no empty text', () => {
    const texts = (value: unknown): unknown[] =>
      Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [value];
    for (const text of [...texts(fr), ...texts(en)]) if (typeof text === 'string') expect(text.trim()).not.toBe('');
  });
});

describe('dates', () => {
  it('writes dates in words, the API’s timestamps included, with the French ordinal first day', () => {
    expect(formatDate('fr', '2028-08-31 00:00:00')).toBe('31 août 2028');
    expect(formatDate('fr', '2022-07-01')).toBe('1er juillet 2022');
    expect(formatDate('en', '2026-11-29T04:53:22.671Z')).toBe('29 November 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});
