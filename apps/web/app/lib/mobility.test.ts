import { describe, expect, it } from 'vitest';
import { PATH_MODALITIES, firstFew, parsePathSearch, pathApiQuery, pathSearchString, percent, radiusWithoutPlace } from './mobility';

const parse = (query: string) => parsePathSearch(new URLSearchParams(query));

describe('the reconversion path address', () => {
  it('reads a commune, a radius and modalities, in the form’s order', () => {
    expect(parse('modality=formation_continue&radiusKm=50&commune=27229&modality=apprentissage&modality=apprentissage')).toEqual({
      commune: '27229',
      place: '',
      radiusKm: 50,
      modality: ['apprentissage', 'formation_continue'],
    });
  });

  it('keeps a typed place only while no commune code is given', () => {
    expect(parse('lieu=+%C3%89vreux++(27)').place).toBe('Évreux (27)');
    expect(parse('lieu=Evreux&commune=27229')).toMatchObject({ commune: '27229', place: '' });
  });

  it('drops what the API would refuse: unknown or adult-irrelevant modalities, bad codes and radii', () => {
    expect(parse('modality=vae&modality=initial_scolaire&modality=nope&commune=abc&radiusKm=900')).toEqual(parse(''));
    expect(PATH_MODALITIES).not.toContain('vae');
    expect(PATH_MODALITIES).toContain('apprentissage');
  });

  it('writes a short, stable address that reads back the same', () => {
    const state = parse('modality=contrat_pro&lieu=&radiusKm=30&commune=27229');
    expect(pathSearchString(state)).toBe('?commune=27229&radiusKm=30&modality=contrat_pro');
    expect(parsePathSearch(new URLSearchParams(pathSearchString(state)))).toEqual(state);
    expect(pathSearchString(parse('lieu=&radiusKm=&commune='))).toBe('');
    expect(pathSearchString(parse('lieu=27120&radiusKm=20'), { commune: '27448', place: '' })).toBe('?commune=27448&radiusKm=20');
  });

  it('asks the API for a radius only with a commune, and says when one was asked for without', () => {
    expect(pathApiQuery(parse('radiusKm=30&modality=apprentissage'))).toEqual({ modality: ['apprentissage'] });
    expect(pathApiQuery(parse('commune=27229&radiusKm=30'))).toEqual({ commune: '27229', radiusKm: 30 });
    expect(pathApiQuery(parse(''))).toEqual({});
    expect(radiusWithoutPlace(parse('radiusKm=30'))).toBe(true);
    expect(radiusWithoutPlace(parse('radiusKm=30&lieu=Evreux'))).toBe(false);
    expect(radiusWithoutPlace(parse('radiusKm=30&commune=27229'))).toBe(false);
  });
});

describe('how a proximity reads', () => {
  it('is a whole percentage, 1 % at least when anything is shared', () => {
    expect(percent(0.335)).toBe(34);
    expect(percent(1)).toBe(100);
    expect(percent(0)).toBe(0);
    expect(percent(0.001)).toBe(1);
    expect(percent(1.2)).toBe(100);
  });

  it('names a few skills and counts the rest', () => {
    expect(firstFew(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 2 });
    expect(firstFew(['a'], 3)).toEqual({ shown: ['a'], more: 0 });
  });
});
