/** National qualification levels (nomenclature 2019), 3 = CAP … 8 = doctorat. */
export const QUALIFICATION_LEVELS = [3, 4, 5, 6, 7, 8] as const;
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

export const LEVEL_EXAMPLES: Record<QualificationLevel, { fr: string; en: string }> = {
  3: { fr: 'CAP, BEP', en: 'CAP, BEP (vocational, upper secondary)' },
  4: { fr: 'Baccalauréat, BP', en: 'Baccalauréat (upper secondary)' },
  5: { fr: 'BTS, DEUST (Bac+2)', en: 'BTS (two years after the bac)' },
  6: { fr: 'BUT, licence, licence pro (Bac+3)', en: "BUT, bachelor's (three years after the bac)" },
  7: { fr: 'Master, diplôme d’ingénieur (Bac+5)', en: "Master's, engineering degree" },
  8: { fr: 'Doctorat', en: 'Doctorate' },
};

export function isQualificationLevel(n: number): n is QualificationLevel {
  return (QUALIFICATION_LEVELS as readonly number[]).includes(n);
}

/**
 * RNCP files carry the level as "NIV5" (2019 nomenclature) or as the older
 * European wording; this reads either, or returns null when there is no level (RS fiches).
 */
export function parseLevel(raw: string | null | undefined): QualificationLevel | null {
  if (!raw) return null;
  const match = /(\d)/.exec(raw);
  if (!match) return null;
  const n = Number(match[1]);
  return isQualificationLevel(n) ? n : null;
}
