import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routes } from './index';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('validation messages', () => {
  it('are plain French where a schema says nothing of its own', () => {
    expect(messages(z.number().int().min(1), 'douze')).toEqual(['Un nombre est attendu.']);
    expect(messages(z.number().int().min(1), 0.5)).toEqual(['Un nombre entier est attendu.']);
    expect(messages(z.number().min(1).max(500), 0)).toEqual(['Une valeur d’au moins 1 est attendue.']);
    expect(messages(z.number().max(10_000), 12_000)).toEqual(['Une valeur d’au plus 10\u202f000 est attendue.']);
    expect(messages(z.string().min(3), 'ab')).toEqual(['Au moins 3\u00a0caractères.']);
    expect(messages(z.string().max(1), 'ab')).toEqual(['Au plus 1\u00a0caractère.']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['Au moins 1\u00a0élément.']);
    expect(messages(z.enum(['apprentissage', 'vae']), 'stage')).toEqual(['Valeur inconnue. Valeurs possibles\u00a0: apprentissage, vae.']);
    expect(messages(z.iso.date(), '2026-13-01')).toEqual(['Une date au format AAAA-MM-JJ est attendue.']);
    expect(messages(z.string().url(), 'exemple')).toEqual(['Une adresse web complète est attendue (https://…).']);
    expect(messages(z.object({ a: z.string() }), {})).toEqual(['Ce champ est obligatoire.']);
    expect(messages(z.strictObject({}), { x: 1, y: 2 })).toEqual(['Champs inconnus\u00a0: x, y.']);
  });

  it('leave the schemas’ own messages alone', () => {
    expect(messages(z.string().regex(/^\d{14}$/, 'Un SIRET compte 14 chiffres.'), '123')).toEqual(['Un SIRET compte 14 chiffres.']);
  });

  it('apply to the routes’ contracts as soon as they are imported', () => {
    const body = routes.updateCampusProfile.body!;
    const found = body.safeParse({ name: 'Campus', shortName: 'C', tagline: { fr: '', en: 'x' }, sector: 'Bio', departements: [], romeCodes: [], nsfCodes: [], sensitiveRomeCodes: [], contactEmail: 'a@b.fr' });
    expect(found.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'shortName: Au moins 2\u00a0caractères.',
      'tagline.fr: Au moins 1\u00a0caractère.',
      'departements: Au moins 1\u00a0élément.',
    ]);
  });
});
