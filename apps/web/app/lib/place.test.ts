import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@passerelles/contracts';
import { cleanPlace, communeCode, communeProblem, radiusKm, namedCommune, placeLabel, settlePlace, settleTypedPlace, splitPlace, typedCommune } from './place';

describe('typed places', () => {
  it('reads a département in brackets, and writes a commune so that it reads back the same', () => {
    expect(splitPlace('Sainte-Marie (15)')).toEqual({ name: 'Sainte-Marie', departement: '15' });
    expect(splitPlace(' Ajaccio(2a) ')).toEqual({ name: 'Ajaccio', departement: '2A' });
    expect(splitPlace('27120')).toEqual({ name: '27120', departement: undefined });
    expect(splitPlace('Paris (75e)')).toEqual({ name: 'Paris (75e)', departement: undefined });
    expect(splitPlace(placeLabel({ name: 'Évreux', departement: '27' }))).toEqual({ name: 'Évreux', departement: '27' });
  });

  it('settles on the only exact name, else the only answer, else asks', () => {
    const c = (code: string, match: string) => ({ code, match });
    expect(settlePlace([c('27448', 'exact'), c('27449', 'prefix')])).toEqual({ one: c('27448', 'exact') });
    expect(settlePlace([c('15198', 'exact'), c('08390', 'exact'), c('1', 'prefix')])).toEqual({ many: [c('15198', 'exact'), c('08390', 'exact')] });
    expect(settlePlace([c('27448', 'postal')])).toEqual({ one: c('27448', 'postal') });
    expect(settlePlace([c('27448', 'postal'), c('27397', 'postal')])).toEqual({ many: [c('27448', 'postal'), c('27397', 'postal')] });
    expect(settlePlace([])).toEqual({ none: true });
  });

  it('cleans what the address carries: spaces collapsed, at most 100 characters; INSEE codes checked', () => {
    expect(cleanPlace('  Pacy-sur-Eure   (27) ')).toBe('Pacy-sur-Eure (27)');
    expect(cleanPlace(null)).toBe('');
    expect(cleanPlace('a'.repeat(150))).toHaveLength(100);
    expect(communeCode(' 27229 ')).toBe('27229');
    expect(communeCode('2a004')).toBe('2A004');
    expect(communeCode('2722')).toBeNull();
    expect(communeCode('Évreux')).toBeNull();
    expect(communeCode(null)).toBeNull();
    expect(radiusKm(' 50 ')).toBe(50);
    expect(radiusKm('500')).toBe(500);
    for (const bad of ['0', '501', '-4', '2.5', 'x', '', null]) expect(radiusKm(bad)).toBeNull();
  });
});

/** A stand-in for the typed client: answers the commune look-up with `items`, records what it was asked. */
function fakeApi(answer: (input: { query?: Record<string, unknown>; params?: Record<string, string> }) => unknown) {
  const calls: unknown[] = [];
  const api = ((_route: unknown, input: { query?: Record<string, unknown>; params?: Record<string, string> }) => {
    calls.push(input);
    try {
      return Promise.resolve(answer(input));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }) as unknown as ApiClient;
  return { api, calls };
}

const commune = (code: string, name: string, match: string) => ({ code, name, departement: code.slice(0, 2), postalCodes: [], population: null, located: true, match });

describe('settleTypedPlace', () => {
  it('asks nothing without a typed place', async () => {
    const { api, calls } = fakeApi(() => ({ items: [] }));
    await expect(settleTypedPlace(api, '', () => '/x')).resolves.toEqual({ choices: [], notFound: false });
    expect(calls).toEqual([]);
  });

  it('sends one commune to the page’s address for it, looking up the name and its département', async () => {
    const { api, calls } = fakeApi(() => ({ items: [commune('27229', 'Évreux', 'exact')] }));
    const thrown = await settleTypedPlace(api, 'Évreux (27)', (code) => `/page?commune=${code}`).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(302);
    expect((thrown as Response).headers.get('Location')).toBe('/page?commune=27229');
    expect(calls).toEqual([{ query: { q: 'Évreux', departement: '27', limit: 8 } }]);
  });

  it('gives the choices when several communes answer, and says when none does', async () => {
    const many = [commune('27448', 'Pacy-sur-Eure', 'postal'), commune('27397', 'Ménilles', 'postal')];
    await expect(settleTypedPlace(fakeApi(() => ({ items: many })).api, '27120', () => '/x')).resolves.toEqual({ choices: many, notFound: false });
    await expect(settleTypedPlace(fakeApi(() => ({ items: [] })).api, 'Evreuxx', () => '/x')).resolves.toEqual({ choices: [], notFound: true });
  });

  it('names a commune by its code, or null when the platform does not know it', async () => {
    const evreux = commune('27229', 'Évreux', 'exact');
    await expect(namedCommune(fakeApi(() => evreux).api, '27229')).resolves.toBe(evreux);
    const missing = fakeApi(() => {
      throw Object.assign(new Error('Not found'), { name: 'ApiError', status: 404 });
    });
    await expect(namedCommune(missing.api, '99999')).resolves.toBeNull();
    const broken = fakeApi(() => {
      throw Object.assign(new Error('Down'), { name: 'ApiError', status: 500 });
    });
    await expect(namedCommune(broken.api, '27229')).rejects.toThrow('Down');
  });
});

describe('a commune typed in a posted form', () => {
  it('gives the one commune’s code, or says what to write instead, in the page’s language', async () => {
    const evreux = fakeApi(() => ({ items: [commune('27229', 'Évreux', 'exact')] }));
    await expect(typedCommune(evreux.api, ' Évreux  (27) ')).resolves.toEqual({ code: '27229' });
    expect(evreux.calls).toEqual([{ query: { q: 'Évreux', departement: '27', limit: 8 } }]);
    expect(communeProblem({ code: '27229' }, 'Évreux', 'fr')).toBeNull();

    const many = [commune('15199', 'Sainte-Marie', 'exact'), commune('25513', 'Sainte-Marie', 'exact')].map((c, i) => ({ ...c, departement: ['15', '25'][i]! }));
    const found = await typedCommune(fakeApi(() => ({ items: many })).api, 'Sainte-Marie');
    expect(found).toEqual({ many });
    expect(communeProblem(found, 'Sainte-Marie', 'fr')).toBe(
      'Plusieurs communes répondent à «\u00a0Sainte-Marie\u00a0»\u00a0: Sainte-Marie (15), Sainte-Marie (25). Écrivez celle que vous voulez telle qu’elle est écrite ici, avec son département.',
    );
    const none = await typedCommune(fakeApi(() => ({ items: [] })).api, 'Evreuxx');
    expect(communeProblem(none, 'Evreuxx', 'en')).toMatch(/^No municipality is called “Evreuxx”/);

    const untouched = fakeApi(() => ({ items: [] }));
    const empty = await typedCommune(untouched.api, '   ');
    expect(untouched.calls).toEqual([]);
    expect(communeProblem(empty, '   ', 'fr')).toBe('Indiquez la commune, par son nom ou son code postal.');
  });
});
