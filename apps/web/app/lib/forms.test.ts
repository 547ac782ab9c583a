import { describe, expect, it } from 'vitest';
import { ApiError } from '@passerelles/contracts';
import { apiFormErrors, codeList, formErrors, hasErrors, summaryItems } from './forms';

const validation = new ApiError(400, {
  code: 'VALIDATION_FAILED',
  message: 'Requête invalide (corps).',
  details: [
    { location: 'body', path: ['email'], message: 'Adresse e-mail invalide.' },
    { location: 'body', path: ['email'], message: 'Adresse e-mail trop longue.' },
    { location: 'body', path: ['token'], message: 'Lien invalide.' },
  ],
});

describe('apiFormErrors', () => {
  it('puts each validation problem next to its field, the first one only, the rest at the top', () => {
    const errors = apiFormErrors(validation, 'fr', ['email', 'password']);
    expect(errors.fields).toEqual({ email: { text: 'Adresse e-mail invalide.' } });
    expect(errors.general).toEqual([{ text: 'Lien invalide.' }]);
    expect(hasErrors(errors)).toBe(true);
  });

  it('marks the API’s French messages as French on English pages', () => {
    expect(apiFormErrors(validation, 'en', ['email']).fields.email).toEqual({ text: 'Adresse e-mail invalide.', lang: 'fr' });
    const wrong = new ApiError(401, { code: 'INVALID_CREDENTIALS', message: 'Adresse e-mail ou mot de passe incorrect.' });
    expect(apiFormErrors(wrong, 'en', ['email']).general).toEqual([{ text: 'Adresse e-mail ou mot de passe incorrect.', lang: 'fr' }]);
  });

  it('says in the page’s language what the person can do about an expired page, a lost session or a server failure', () => {
    expect(apiFormErrors(new ApiError(403, { code: 'CSRF_REJECTED', message: 'x' }), 'en', []).general[0]!.text).toMatch(/reload/);
    expect(apiFormErrors(new ApiError(401, { code: 'UNAUTHENTICATED', message: 'x' }), 'fr', []).general[0]!.text).toMatch(/reconnectez/);
    expect(apiFormErrors(new ApiError(500, { code: 'INTERNAL_ERROR', message: 'x' }), 'fr', []).general[0]!.text).toMatch(/Réessayez/);
  });

  it('rethrows what is not an answer of the API', () => {
    expect(() => apiFormErrors(new TypeError('bug'), 'fr', [])).toThrow('bug');
  });
});

describe('form errors', () => {
  it('drop empty entries and link each field error to its field', () => {
    const errors = formErrors({ email: { text: 'E' }, password: null });
    expect(Object.keys(errors.fields)).toEqual(['email']);
    expect(summaryItems(errors, (f) => `signin-${f}`)).toEqual([{ href: 'signin-email', message: { text: 'E' } }]);
    expect(hasErrors(formErrors())).toBe(false);
  });
});

describe('codeList', () => {
  it('reads codes separated by spaces, commas, semicolons or lines, each once, in the order typed', () => {
    expect(codeList(' h1503, H2301;\nh1503  222 ', true)).toEqual(['H1503', 'H2301', '222']);
    expect(codeList('222 331a,222')).toEqual(['222', '331a']);
    expect(codeList('  ')).toEqual([]);
  });
});
