import type { CertificationColumn, CertificationRecord, CertificationSource, SkillBlockRecord } from '@passerelles/db';

/** One certification as a source describes it, before it is checked against the file and the database. */
export interface CertificationDraft {
  /** « FICHE #3 (RNCP1234) » or « fichier.csv ligne 12 »: where a rejection points. */
  where: string;
  certification: CertificationRecord;
  /** null: the source says nothing about blocs (they are left as they are). */
  blocs: SkillBlockRecord[] | null;
  /** ROME codes as given (ROME 3 or 4): resolved against the métiers in the database. */
  romeCodes: string[];
  /** [previous, next] certification codes. */
  successions: [string, string][];
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export const CERTIFICATION_CODE = /^(RNCP|RS)\d{1,6}$/;
export const ROME_CODE = /^[A-N]\d{4}$/;
/** Groupe de spécialités (3 digits), optionally with the letter of its « fonction » (221w). */
export const NSF_CODE = /^\d{3}[a-z]?$/;
export const FORMACODE = /^\d{5}$/;
/** CFD (code formation diplôme): 8 characters, digits with sometimes a letter (16X31245, 1703260E). */
export const CFD_CODE = /^[0-9A-Z]{8}$/;
export const SIRET = /^\d{14}$/;

/** `RNCP7586` from `RNCP7586`, ` rncp7586 ` or, with the register said elsewhere, `7586`. */
export function certificationCode(raw: string, register?: 'RNCP' | 'RS'): string | null {
  const text = raw.trim().toUpperCase();
  const code = /^\d+$/.test(text) && register ? `${register}${text}` : text;
  return CERTIFICATION_CODE.test(code) ? code : null;
}

export const registerOf = (code: string): 'RNCP' | 'RS' => (code.startsWith('RS') ? 'RS' : 'RNCP');

/**
 * European level 3–8 (the RNCP has no level 1–2): `NIV5`, `Niveau 5` or `5`. Empty, « REPRISE » (fiches taken
 * over from the old register), « NR » and « Sans niveau » mean no level (null); anything else is not a level.
 */
export function parseLevel(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '' || /^(REPRISE|NR)$/i.test(text) || /^sans niveau/i.test(text)) return null;
  const match = /^(?:NIV|Niveau\s*)?([1-8])$/i.exec(text);
  if (!match) return undefined;
  const level = Number(match[1]);
  return level >= 3 ? level : undefined;
}

/** `31/08/2026` → `2026-08-31`; empty → null; anything else (or an impossible date) → undefined. */
export function parseFrenchDate(raw: string): string | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return undefined;
  const [, d, m, y] = match;
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** Oui / Non, ACTIVE / INACTIVE (any case); undefined when it is neither. */
export function parseFlag(raw: string): boolean | undefined {
  const text = raw.trim().toUpperCase();
  if (text === 'OUI' || text === 'ACTIVE') return true;
  if (text === 'NON' || text === 'INACTIVE') return false;
  return undefined;
}

/**
 * The register keeps a bloc's competences as one text whose line breaks became runs of spaces. Items are cut at
 * bullets (« - », « • ») when the text uses them, else at runs of four spaces or more (three spaces occur inside
 * sentences). A text with neither stays one item.
 */
export function splitSkillList(text: string | null): string[] {
  if (!text) return [];
  const trimmed = text.trim();
  if (!trimmed) return [];
  const bulleted = /^[-–•]\s/.test(trimmed) || /\s{2,}[-–•]\s/.test(trimmed);
  const parts = bulleted ? trimmed.split(/(?:^|\s{2,})[-–•]\s+/) : trimmed.split(/\s{4,}/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** Trimmed text, null when empty. */
export const orNull = (raw: string | undefined | null): string | null => {
  const text = raw?.trim() ?? '';
  return text === '' ? null : text;
};

/** Unique, trimmed, non-empty values in their first order. */
export const distinct = (values: string[]): string[] => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** A certification with every column given (the writer compares whole rows to count changes). */
export function emptyCertification(code: string, source: CertificationSource): CertificationRecord {
  return {
    code, register: registerOf(code), title: '', level: null, type: null, certifiers: [], isActive: true, validUntil: null,
    typeLabel: null, registrationType: null, registeredOn: null, certifierSirets: [], nsfCodes: [], formacodes: [], cfdCodes: [],
    apprenticeship: null, dataSource: source,
  };
}

/** Codes of a list that match `pattern`; the others are reported as problems of `field`. */
export function checkedCodes(values: string[], pattern: RegExp, field: string, problems: FieldProblem[]): string[] {
  const codes = distinct(values);
  for (const code of codes) if (!pattern.test(code)) problems.push({ field, reason: `code « ${code} » invalide` });
  return codes.filter((c) => pattern.test(c));
}

/** What each source knows of a certification (see `upsertCertifications`). */
export const DESCRIBED_COLUMNS = {
  rncp: [
    'register', 'title', 'level', 'type', 'typeLabel', 'certifiers', 'certifierSirets', 'isActive', 'validUntil', 'registrationType',
    'registeredOn', 'nsfCodes', 'formacodes',
  ],
  'kit-apprentissage': ['register', 'title', 'level', 'type', 'isActive', 'validUntil', 'registrationType', 'registeredOn', 'cfdCodes', 'apprenticeship'],
  'certif-info': ['register', 'title', 'level', 'typeLabel', 'certifiers', 'nsfCodes', 'formacodes', 'cfdCodes'],
} as const satisfies Record<Exclude<CertificationSource, 'campus'>, readonly CertificationColumn[]>;
