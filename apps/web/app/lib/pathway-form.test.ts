import { describe, expect, it } from 'vitest';
import { limitCount, parsePathway, pathwayRequest, pathwayString, withoutConstraint } from './pathway-form';

const parse = (query: string) => parsePathway(new URLSearchParams(query));

describe('pathway form state', () => {
  it('reads the three questions and the limits from the address', () => {
    const state = parse('depart=RNCP7586&cible=h1503&lieu=+Évreux+&metier=h2304&modalite=apprentissage&modalite=vae&distance=30&duree=24&budget=1000&debut=2027-01-15');
    expect(state).toEqual({
      start: { kind: 'certification', code: 'RNCP7586' },
      target: { kind: 'metier', code: 'H1503' },
      commune: null,
      place: 'Évreux',
      metier: 'H2304',
      modalities: ['apprentissage', 'vae'],
      maxDistanceKm: 30,
      maxMonths: 24,
      maxBudgetEur: 1000,
      startAfter: '2027-01-15',
    });
    expect(parse('depart=niveau-4').start).toEqual({ kind: 'level', level: 4 });
    expect(parse('depart=aucun').start).toEqual({ kind: 'none' });
    expect(parse('cible=RNCP38884').target).toEqual({ kind: 'certification', code: 'RNCP38884' });
  });

  it('drops what the planner would refuse', () => {
    expect(parse('depart=niveau-9&cible=nope&commune=abc&metier=x&modalite=teleport&distance=7&duree=-1&budget=5&debut=2027-13-45')).toEqual(parse(''));
  });

  it('writes a short, stable address that reads back to the same state', () => {
    const state = parse('cible=H1503&depart=niveau-4&commune=27229&modalite=vae&modalite=apprentissage&distance=30');
    const text = pathwayString(state);
    expect(text).toBe('?depart=niveau-4&cible=H1503&commune=27229&modalite=apprentissage&modalite=vae&distance=30');
    expect(parsePathway(new URLSearchParams(text))).toEqual(state);
    expect(pathwayString(parse('lieu=27120&commune=27448'))).toBe('?commune=27448');
  });

  it('asks the planner only once both questions are answered, with the limits set', () => {
    expect(pathwayRequest(parse('depart=niveau-4'))).toBeNull();
    expect(pathwayRequest(parse('depart=RNCP7586&cible=H1503&commune=27229&distance=30&metier=H2304'))).toEqual({
      from: { certifications: ['RNCP7586'], romeCode: 'H2304', commune: '27229' },
      to: { romeCode: 'H1503' },
      constraints: { maxDistanceKm: 30 },
    });
    // A distance limit needs a place: without one it is not sent.
    expect(pathwayRequest(parse('depart=aucun&cible=RNCP38884&distance=30'))).toEqual({ from: {}, to: { certification: 'RNCP38884' } });
    expect(pathwayRequest(parse('depart=niveau-5&cible=RNCP38884&budget=0&duree=12'))).toEqual({
      from: { level: 5 },
      to: { certification: 'RNCP38884' },
      constraints: { maxMonths: 12, maxBudgetEur: 0 },
    });
  });

  it('counts the limits and removes one for a relaxation link', () => {
    const state = parse('depart=aucun&cible=H1503&modalite=vae&budget=0&debut=2027-01-01');
    expect(limitCount(state)).toBe(3);
    expect(pathwayString(state, withoutConstraint(state, 'modalities')!)).toBe('?depart=aucun&cible=H1503&budget=0&debut=2027-01-01');
    expect(withoutConstraint(state, 'somethingElse')).toBeNull();
  });
});
