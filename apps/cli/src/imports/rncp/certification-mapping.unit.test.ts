import { describe, expect, it } from 'vitest';
import { certificationCode, parseFlag, parseFrenchDate, parseLevel, splitSkillList } from './certification-mapping';

describe('certification field mapping', () => {
  it('normalises certification codes and refuses others', () => {
    expect(certificationCode('RNCP7586')).toBe('RNCP7586');
    expect(certificationCode(' rs6117 ')).toBe('RS6117');
    expect(certificationCode('7586', 'RNCP')).toBe('RNCP7586');
    expect(certificationCode('7586')).toBeNull();
    expect(certificationCode('RNCP22961|RNCP22108')).toBeNull();
  });

  it('reads levels 3–8 in the three spellings, and no level', () => {
    expect([parseLevel('NIV5'), parseLevel('Niveau 6'), parseLevel('3'), parseLevel('NIV8')]).toEqual([5, 6, 3, 8]);
    expect([parseLevel(''), parseLevel('REPRISE'), parseLevel('NR'), parseLevel('Sans niveau – non déterminé')]).toEqual([null, null, null, null]);
    expect([parseLevel('NIV2'), parseLevel('NIV9'), parseLevel('Bac+2')]).toEqual([undefined, undefined, undefined]);
  });

  it('reads French dates and refuses impossible ones', () => {
    expect(parseFrenchDate('31/08/2026')).toBe('2026-08-31');
    expect(parseFrenchDate(' ')).toBeNull();
    expect(parseFrenchDate('31/02/2026')).toBeUndefined();
    expect(parseFrenchDate('2026-08-31')).toBeUndefined();
  });

  it('reads Oui/Non and ACTIVE/INACTIVE', () => {
    expect([parseFlag('Oui'), parseFlag('non'), parseFlag('ACTIVE'), parseFlag('INACTIVE'), parseFlag('peut-être')]).toEqual([true, false, true, false, undefined]);
  });

  it('cuts a bloc competence text at its bullets', () => {
    const text = "- Analyser le dossier de l'affaire  - Proposer une ou plusieurs solutions  - Comparer plusieurs solutions";
    expect(splitSkillList(text)).toEqual(["Analyser le dossier de l'affaire", 'Proposer une ou plusieurs solutions', 'Comparer plusieurs solutions']);
  });

  it('cuts numbered competences at long runs of spaces but not inside a sentence', () => {
    const text = 'A1C1. Evaluer les contextes       A1C2.Apprécier les incidences   des choix    A1C3.Anticiper';
    expect(splitSkillList(text)).toEqual(['A1C1. Evaluer les contextes', 'A1C2.Apprécier les incidences des choix', 'A1C3.Anticiper']);
    expect(splitSkillList('Une seule compétence')).toEqual(['Une seule compétence']);
    expect(splitSkillList(null)).toEqual([]);
  });
});
