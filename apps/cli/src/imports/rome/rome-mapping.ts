/** Pure mapping rules of the ROME files: no I/O, unit-tested on their own. */

export const ROME_CODE = /^[A-N]\d{4}$/;
export const OGR_CODE = /^\d+$/;

/** Empty cells mean « no value ». */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * `unix_texte` escapes apostrophes the SQL way (« l''entretien »): a doubled apostrophe inside a sentence is one.
 * Other typographic quirks (' for ’, ... for …) are the producer's text and are kept as published.
 */
export const unescapeApostrophes = (text: string): string => text.replace(/''/g, "'");

/** ROME numbers NAF divisions without their leading zero (« 1 »); NAF writes « 01 ». 0 means all sectors. */
export function nafDivision(code: string): string | null {
  const trimmed = code.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  return trimmed.padStart(2, '0');
}

const RIASEC = /^[RIASEC]$/;
/** One RIASEC letter, or null when empty; undefined when the value is not a RIASEC letter. */
export function riasecLetter(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return RIASEC.test(trimmed) ? trimmed : undefined;
}

export type SkillKind = 'savoir_faire' | 'savoir_etre';
/** The competence file's category: savoir-être professionnel items are the behavioural skills. */
export function skillKind(category: string): SkillKind | undefined {
  if (category === 'Savoir-faire') return 'savoir_faire';
  if (category === 'Savoir-être professionnel') return 'savoir_etre';
  return undefined;
}

/** `coeur_metier` of unix_coherence_item. */
export type CoreFlag = 'principale' | 'emergente' | null;
export function coreFlag(value: string): CoreFlag | undefined {
  const v = value.trim();
  if (v === '') return null;
  if (v === 'Principale') return 'principale';
  if (v === 'Émergente' || v === 'Emergente') return 'emergente';
  return undefined;
}

/** « oui » / « non » columns. */
export function yesNo(value: string): boolean | undefined {
  if (value === 'oui' || value === 'O') return true;
  if (value === 'non' || value === 'N' || value === '') return false;
  return undefined;
}

export interface FicheTexts {
  definition: string | null;
  access: string | null;
}

/**
 * A fiche's texts are published one sentence per row with a position: joined in position order, one per line
 * (the first definition sentence is the summary, the next ones are the main activities).
 */
export class FicheTextsBuilder {
  private readonly sentences = new Map<string, { definition: [number, string][]; access: [number, string][] }>();

  /** Returns an error message when the row cannot be used. */
  add(romeCode: string, type: string, position: string, text: string): string | null {
    const kind = type === 'definition' ? 'definition' : type === 'acces_metier' ? 'access' : null;
    if (!kind) return `type de texte inconnu « ${type} » (attendu : definition, acces_metier)`;
    const rank = Number(position);
    if (!Number.isInteger(rank)) return `position « ${position} » n'est pas un entier`;
    const entry = this.sentences.get(romeCode) ?? { definition: [], access: [] };
    entry[kind].push([rank, unescapeApostrophes(text.trim())]);
    this.sentences.set(romeCode, entry);
    return null;
  }

  codes(): string[] {
    return [...this.sentences.keys()];
  }

  texts(romeCode: string): FicheTexts {
    const entry = this.sentences.get(romeCode);
    const join = (parts: [number, string][] | undefined) =>
      parts && parts.length ? [...parts].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('\n') : null;
    return { definition: join(entry?.definition), access: join(entry?.access) };
  }
}
