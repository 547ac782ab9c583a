import { describe, expect, it } from 'vitest';
import { coreFlag, FicheTextsBuilder, nafDivision, riasecLetter, skillKind, unescapeApostrophes, yesNo } from './rome-mapping';

describe('ROME mapping rules', () => {
  it('undoes the SQL-style doubled apostrophes of unix_texte, and only those', () => {
    expect(unescapeApostrophes("Gère l''équipe du laboratoire")).toBe("Gère l'équipe du laboratoire");
    expect(unescapeApostrophes("l'entretien...")).toBe("l'entretien...");
  });

  it('zero-pads NAF divisions and refuses what is not one', () => {
    expect(nafDivision('1')).toBe('01');
    expect(nafDivision('0')).toBe('00');
    expect(nafDivision('86')).toBe('86');
    expect(nafDivision('A')).toBeNull();
    expect(nafDivision('123')).toBeNull();
  });

  it('reads the core flag, RIASEC letters, skill kinds and oui/non', () => {
    expect([coreFlag('Principale'), coreFlag('Émergente'), coreFlag(''), coreFlag('Autre')]).toEqual(['principale', 'emergente', null, undefined]);
    expect([riasecLetter('R'), riasecLetter(''), riasecLetter('X')]).toEqual(['R', null, undefined]);
    expect([skillKind('Savoir-faire'), skillKind('Savoir-être professionnel'), skillKind('Savoir')]).toEqual(['savoir_faire', 'savoir_etre', undefined]);
    expect([yesNo('oui'), yesNo('non'), yesNo('peut-être')]).toEqual([true, false, undefined]);
  });

  it('joins a fiche sentences in position order, definition and access apart', () => {
    const texts = new FicheTextsBuilder();
    expect(texts.add('H1501', 'definition', '2', 'Organise les analyses')).toBeNull();
    expect(texts.add('H1501', 'definition', '1', "Supervise l''activité.")).toBeNull();
    expect(texts.add('H1501', 'acces_metier', '1', 'Bac + 5.')).toBeNull();
    expect(texts.add('H1501', 'resume', '1', 'x')).toMatch(/type de texte inconnu/);
    expect(texts.add('H1501', 'definition', 'deux', 'x')).toMatch(/n'est pas un entier/);
    expect(texts.texts('H1501')).toEqual({ definition: "Supervise l'activité.\nOrganise les analyses", access: 'Bac + 5.' });
    expect(texts.texts('Z9999')).toEqual({ definition: null, access: null });
  });
});
