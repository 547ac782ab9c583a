import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiQuery, distanceWithoutPlace, pageWindow, parseSearch, searchString } from './session-search';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('parseSearch', () => {
  it('reads every field of the address, repeated facets included', () => {
    const state = parse('q=+bioanalyses+&commune=27229&radiusKm=30&level=5&level=6&modality=apprentissage&funding=cpf&departement=27&certificationType=BTS&sector=in&sort=distance&page=3');
    expect(state).toEqual({
      q: 'bioanalyses',
      level: [5, 6],
      modality: ['apprentissage'],
      funding: ['cpf'],
      departement: ['27'],
      certificationType: ['BTS'],
      sector: 'in',
      commune: '27229',
      place: '',
      radiusKm: 30,
      sort: 'distance',
      page: 3,
    });
  });

  it('reads a typed place, unless a commune code is given', () => {
    expect(parse('lieu=+Pacy-sur-Eure++(27)+').place).toBe('Pacy-sur-Eure (27)');
    expect(parse('lieu=Pacy&commune=27448')).toMatchObject({ place: '', commune: '27448' });
    expect(parse(`lieu=${'a'.repeat(150)}`).place).toHaveLength(100);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const state = parse('level=99&level=x&modality=nope&funding=&departement=999&commune=abc&radiusKm=-4&sort=sideways&page=0&sector=all');
    expect(state).toEqual(parse(''));
    expect(parse('radiusKm=501').radiusKm).toBeNull();
    expect(parse('page=1001').page).toBe(1);
    expect(parse('commune=2a004').commune).toBe('2A004');
  });

  it('keeps each value once', () => {
    expect(parse('level=5&level=5&modality=vae&modality=vae').level).toEqual([5]);
  });
});

describe('searchString', () => {
  it('is short and stable: defaults and empty fields left out, facets in a fixed order', () => {
    expect(searchString(parse('sort=relevance&page=1&q=&commune=&sector='))).toBe('');
    const a = searchString(parse('sector=in&modality=vae&q=bts&level=5'));
    const b = searchString(parse('level=5&q=bts&modality=vae&sector=in'));
    expect(a).toBe('?q=bts&level=5&modality=vae&sector=in');
    expect(b).toBe(a);
    expect(searchString(parse('modality=vae&modality=apprentissage'))).toBe('?modality=apprentissage&modality=vae');
  });

  it('reads back to the same state (a canonical address never redirects again)', () => {
    const state = parse('q=chimie+fine&commune=76540&radiusKm=50&funding=opco&funding=cpf&sort=start&page=2');
    expect(parseSearch(new URLSearchParams(searchString(state)))).toEqual(state);
  });

  it('keeps a typed place only while it is not a commune', () => {
    expect(searchString(parse('lieu=27120&radiusKm=20'))).toBe('?lieu=27120&radiusKm=20');
    expect(searchString(parse('lieu=27120&radiusKm=20'), { commune: '27448' })).toBe('?commune=27448&radiusKm=20');
  });

  it('changes one thing, such as the page', () => {
    expect(searchString(parse('q=bts&page=4'), { page: 5 })).toBe('?q=bts&page=5');
  });
});

describe('apiQuery', () => {
  it('asks for distances only with a place (the API answers 422 otherwise)', () => {
    const state = parse('sort=distance&radiusKm=30');
    expect(distanceWithoutPlace(state)).toBe(true);
    expect(apiQuery(state)).toMatchObject({ sort: 'relevance', radiusKm: undefined, commune: undefined });
    expect(apiQuery(parse('commune=27229&sort=distance&radiusKm=30'))).toMatchObject({ sort: 'distance', radiusKm: 30, commune: '27229' });
  });

  it('does not call a typed place « no place » (it is being settled)', () => {
    expect(distanceWithoutPlace(parse('lieu=Sainte-Marie&radiusKm=30'))).toBe(false);
  });

  it('sends no empty facet', () => {
    expect(apiQuery(parse('q=bts'))).toEqual({ q: 'bts', sort: 'relevance', page: 1, pageSize: 20 });
  });
});

describe('filters and pages', () => {
  it('counts the active filters, words and place aside', () => {
    expect(activeFilterCount(parse('q=bts&commune=27229&level=5&modality=vae&modality=apprentissage&sector=in'))).toBe(4);
  });

  it('links the first and last pages and two around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 8)).toEqual([1, 2, 3, null, 8]);
    expect(pageWindow(5, 8)).toEqual([1, null, 3, 4, 5, 6, 7, 8]);
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, null, 8]);
  });
});
