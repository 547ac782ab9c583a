import { z } from 'zod';

/**
 * The validation messages the API answers when a schema gives none of its own, in plain French (the API's language,
 * see the error shape): zod's defaults are English, and its French locale reads like a type checker
 * (« chaîne de caractères attendu »). Messages written in a schema (`.regex(…, 'Un code ROME…')`) still win.
 */

const EXPECTED: Record<string, string> = {
  string: 'Un texte est attendu.',
  number: 'Un nombre est attendu.',
  int: 'Un nombre entier est attendu.',
  bigint: 'Un nombre entier est attendu.',
  boolean: 'Une valeur true ou false est attendue.',
  array: 'Une liste est attendue.',
  object: 'Un objet est attendu.',
  date: 'Une date est attendue.',
};

const FORMATS: Record<string, string> = {
  email: 'Adresse e-mail invalide.',
  url: 'Une adresse web complète est attendue (https://…).',
  date: 'Une date au format AAAA-MM-JJ est attendue.',
  datetime: 'Une date et une heure au format ISO 8601 sont attendues.',
  time: 'Une heure au format HH:MM est attendue.',
  uuid: 'Un identifiant UUID est attendu.',
  regex: 'Format invalide.',
};

const number = (n: number | bigint) => (typeof n === 'bigint' ? n.toString() : new Intl.NumberFormat('fr-FR').format(n));

function plural(n: number | bigint, one: string, many: string): string {
  return `${number(n)}\u00a0${Number(n) > 1 ? many : one}`;
}

/** What a bound means for each kind of value (`origin`). */
function bound(origin: string, limit: number | bigint, inclusive: boolean, side: 'min' | 'max'): string {
  switch (origin) {
    case 'string':
      return side === 'min' ? `Au moins ${plural(limit, 'caractère', 'caractères')}.` : `Au plus ${plural(limit, 'caractère', 'caractères')}.`;
    case 'array':
    case 'set':
      return side === 'min' ? `Au moins ${plural(limit, 'élément', 'éléments')}.` : `Au plus ${plural(limit, 'élément', 'éléments')}.`;
    case 'date':
      return side === 'min' ? 'Cette date est trop ancienne.' : 'Cette date est trop lointaine.';
    default:
      if (side === 'min') return inclusive ? `Une valeur d’au moins ${number(limit)} est attendue.` : `Une valeur supérieure à ${number(limit)} est attendue.`;
      return inclusive ? `Une valeur d’au plus ${number(limit)} est attendue.` : `Une valeur inférieure à ${number(limit)} est attendue.`;
  }
}

/** The French message of one zod issue; undefined leaves zod's own (never reached by the codes below). */
export function frenchMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Ce champ est obligatoire.';
      return EXPECTED[issue.expected] ?? 'Type de valeur invalide.';
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive ?? true, 'min');
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive ?? true, 'max');
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Format invalide.';
    case 'invalid_value':
      return issue.values.length === 1
        ? `La valeur attendue est ${JSON.stringify(issue.values[0])}.`
        : `Valeur inconnue. Valeurs possibles\u00a0: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'not_multiple_of':
      return `Un multiple de ${number(issue.divisor as number)} est attendu.`;
    case 'unrecognized_keys':
      return issue.keys.length > 1 ? `Champs inconnus\u00a0: ${issue.keys.join(', ')}.` : `Champ inconnu\u00a0: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Valeur invalide.';
    case 'invalid_key':
      return 'Clé invalide.';
    case 'invalid_element':
      return 'Élément invalide.';
    case 'custom':
      return 'Valeur invalide.';
    default:
      return undefined;
  }
}

/** Once for the process: every schema of the contracts (and any other) answers in French. */
z.config({ customError: frenchMessage });
