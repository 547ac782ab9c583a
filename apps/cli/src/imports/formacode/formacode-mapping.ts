import type { FormacodeRecord } from '@passerelles/db';

/** Pure rules of the Formacode 2003 file (no header, `;`, lists joined with `$`, references as « code LABEL »). */

export const FORMACODE_FIELDS = 15;
const CODE = /^\d{5}$/;

export interface FieldProblem {
  field: string;
  reason: string;
}

const list = (cell: string | undefined): string[] => (cell ?? '').split('$').map((s) => s.trim()).filter(Boolean);
const orNull = (cell: string | undefined): string | null => cell?.trim() || null;

/** « 11022 RECHERCHE OPERATIONNELLE » → 11022; the labels are the referenced rows' own. */
function referencedCodes(cell: string | undefined, field: string, problems: FieldProblem[]): string[] {
  const codes: string[] = [];
  for (const item of list(cell)) {
    const code = /^(\d{5})(?:\s|$)/.exec(item)?.[1];
    if (code) codes.push(code);
    else problems.push({ field, reason: `référence « ${item} » sans code à 5 chiffres` });
  }
  return codes;
}

/**
 * Brings a line to the 15 published fields. Descriptors that are not training subjects (publics, means) stop after
 * their 4 first fields: the rest is empty. One line of the 2003 file lost an empty column before the NSF group (its
 * NSF sits in the level column): it is put back in place and reported as a note. Anything else is refused.
 */
export function alignFormacodeCells(cells: string[]): { cells: string[]; realigned: boolean } | { problem: string } {
  if (cells.length === FORMACODE_FIELDS) return { cells, realigned: false };
  if (cells.length === 4) return { cells: [...cells, ...Array<string>(FORMACODE_FIELDS - 4).fill('')], realigned: false };
  if (cells.length === FORMACODE_FIELDS - 1 && /^\d{3} \D/.test(cells[11] ?? '')) {
    return { cells: [...cells.slice(0, 11), '', ...cells.slice(11)], realigned: true };
  }
  return { problem: `${cells.length} champ(s) au lieu de ${FORMACODE_FIELDS} (ou 4 pour un descripteur hors domaine)` };
}

export function mapFormacode(cells: string[]): { record: FormacodeRecord } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const code = (cells[0] ?? '').trim();
  if (!CODE.test(code)) return { problems: [{ field: 'code', reason: `code « ${code} » invalide (5 chiffres attendus)` }] };
  const label = orNull(cells[1]);
  if (!label) problems.push({ field: 'libellé', reason: 'libellé absent' });
  const kinds = list(cells[3]);
  if (!kinds.length || kinds.some((k) => !/^[A-Z]{3}$/.test(k))) problems.push({ field: 'type', reason: `type « ${cells[3] ?? ''} » invalide (DOM, DIP, PUB… joints par $)` });
  const fieldCell = orNull(cells[4]);
  const field = fieldCell ? /^(\d{3}) (.+)$/.exec(fieldCell) : null;
  if (fieldCell && !field) problems.push({ field: 'champ', reason: `champ « ${fieldCell} » invalide (« 110 MATHEMATIQUES » attendu)` });
  const parents = referencedCodes(cells[6], 'terme générique', problems);
  if (parents.length > 1) problems.push({ field: 'terme générique', reason: `plusieurs termes génériques (${parents.join(', ')})` });
  const nsfCell = orNull(cells[12]);
  const nsf = nsfCell ? /^(\d{3})(?:\s|$)/.exec(nsfCell)?.[1] : null;
  if (nsfCell && !nsf) problems.push({ field: 'NSF', reason: `groupe NSF « ${nsfCell} » invalide` });
  const related = referencedCodes(cells[8], 'termes associés', problems);
  const equivalents = referencedCodes(cells[14], 'correspondance', problems);
  const romeV2 = list(cells[13]).map((item) => /^(\d{5})(?:\s|$)/.exec(item)?.[1] ?? (problems.push({ field: 'ROME', reason: `code ROME « ${item} » invalide` }), ''));
  if (problems.length) return { problems };
  return {
    record: {
      code, label: label ?? '', lowercaseLabel: orNull(cells[2]) ?? label ?? '', kinds, fieldCode: field?.[1] ?? null, fieldLabel: field?.[2]?.trim() ?? null,
      parentCode: parents[0] ?? null, relatedCodes: related, synonyms: list(cells[5]), definition: orNull(cells[9]), applicationNote: orNull(cells[10]),
      diplomaLevel: orNull(cells[11]), nsfCode: nsf ?? null, romeV2Codes: romeV2, equivalentCodes: equivalents,
    },
  };
}
