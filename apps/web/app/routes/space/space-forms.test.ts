import { describe, expect, it } from 'vitest';
import { ApiError } from '@passerelles/contracts';
import { fr } from '../../i18n/fr';
import { alternatePath, isPrivatePage, resolveDetail, resolveSubPage } from '../../i18n/pages';
import { readSession, readTraining, spaceFormErrors, spacePath, spaceSlug, spaceTrainingPath, trainingId, withSpaceNotice } from './space-forms';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

/** What a loader throws (a redirect or the 404 answer), as a Response. */
function thrown(run: () => unknown): Response {
  try {
    run();
  } catch (e) {
    if (e instanceof Response) return e;
    // React Router's `data(null, { status: 404 })`
    if (e && typeof e === 'object' && 'init' in e) return new Response(null, (e as { init: ResponseInit }).init);
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('space addresses', () => {
  it('are private pages under /espace, with their English twins', () => {
    expect(spacePath('fr', 'greta-eure')).toBe('/espace/greta-eure');
    expect(spaceTrainingPath('en', 'greta-eure', 42)).toBe('/en/space/greta-eure/trainings/42');
    expect(alternatePath('/espace/greta-eure/formations/42')).toBe('/en/space/greta-eure/trainings/42');
    expect(alternatePath('/en/space/greta-eure')).toBe('/espace/greta-eure');
    expect(resolveDetail('/espace/greta-eure')).toEqual({ detail: 'space', locale: 'fr', code: 'greta-eure' });
    expect(resolveSubPage('/espace/greta-eure/formations/42')).toEqual({ sub: 'spaceTraining', locale: 'fr', code: 'greta-eure', target: '42' });
    expect(isPrivatePage('spaces')).toBe(true);
    expect(withSpaceNotice('/espace/greta-eure/formations/42', 'formation-publiee')).toBe('/espace/greta-eure/formations/42?info=formation-publiee');
  });

  it('send an uppercase slug to its lowercase address and answer 404 for what cannot be a slug or an id', () => {
    const request = new Request('http://x/espace/GRETA-Eure/formations/42?info=session-ajoutee');
    const moved = thrown(() => spaceSlug(request, 'GRETA-Eure'));
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/espace/greta-eure/formations/42?info=session-ajoutee');
    expect(spaceSlug(request, 'greta-eure')).toBe('greta-eure');
    expect(thrown(() => spaceSlug(request, 'pas un slug')).status).toBe(404);
    expect(trainingId('42')).toBe(42);
    for (const id of ['0', '042', 'x', '1234567890']) expect(thrown(() => trainingId(id)).status).toBe(404);
  });
});

describe('space forms', () => {
  it('read a training as the API takes it, a certification code written the register’s way', () => {
    const { body, values } = readTraining(formOf([
      ['title', '  Conducteur de ligne  '],
      ['certificationCode', ' rncp 38884 '],
      ['entryLevel', '4'],
      ['csrf', 'secret'],
    ]));
    expect(body).toMatchObject({ title: 'Conducteur de ligne', certificationCode: 'RNCP38884', entryLevel: '4', objective: '', url: '' });
    expect(body).not.toHaveProperty('csrf');
    expect(values.certificationCode).toBe('RNCP38884');
  });

  it('read a session: every problem at once, in the page’s language, before asking the API', () => {
    const refused = readSession(
      formOf([
        ['siteId', ''],
        ['startDate', '2027-06-30'],
        ['endDate', '2027-01-11'],
        ['durationHours', '12.5'],
        ['priceEur', '-3'],
        ['capacity', '5'],
        ['seatsLeft', '9'],
      ]),
      fr.space.session.errors,
    );
    expect(refused.body).toBeNull();
    expect(Object.keys(refused.errors!.fields).sort()).toEqual(['durationHours', 'endDate', 'modality', 'priceEur', 'seatsLeft', 'siteId']);
    expect(refused.errors!.fields.seatsLeft!.text).toBe(fr.space.session.errors.seatsOverCapacity);
    expect(refused.values.seatsLeft).toBe('9');
    // A VAE accompaniment may go without a place.
    expect(readSession(formOf([['modality', 'vae']]), fr.space.session.errors).errors).toBeNull();

    const { body } = readSession(
      formOf([
        ['siteId', '3'],
        ['modality', 'formation_continue'],
        ['priceEur', '1 250,50'],
        ['fundings', 'cpf'],
        ['fundings', 'nope'],
        ['fundings', 'region'],
      ]),
      fr.space.session.errors,
    );
    expect(body).toMatchObject({ siteId: '3', modality: 'formation_continue', priceEur: '1250.50', fundings: ['cpf', 'region'], startDate: '' });
  });

  it('put the API’s 422 details next to their field (a publication without a session, an unknown code)', () => {
    const refusal = new ApiError(422, {
      code: 'VALIDATION_FAILED',
      message: 'Ajoutez au moins une session avant de publier.',
      details: [{ location: 'body', path: ['status'], message: 'Ajoutez au moins une session avant de publier.' }],
    });
    expect(spaceFormErrors(refusal, 'fr', ['status'])).toEqual({ fields: { status: { text: 'Ajoutez au moins une session avant de publier.' } }, general: [] });
    expect(spaceFormErrors(refusal, 'en', []).general).toEqual([{ text: 'Ajoutez au moins une session avant de publier.', lang: 'fr' }]);
    // Without details (not a training organisation), the message goes at the top; a 400 is read as for every form.
    expect(spaceFormErrors(new ApiError(422, { code: 'VALIDATION_FAILED', message: 'Pas un organisme.' }), 'fr', ['title']).general).toEqual([{ text: 'Pas un organisme.' }]);
    const invalid = new ApiError(400, { code: 'VALIDATION_FAILED', message: 'x', details: [{ location: 'body', path: ['title'], message: 'Trop court.' }] });
    expect(spaceFormErrors(invalid, 'fr', ['title']).fields.title).toEqual({ text: 'Trop court.' });
  });
});
