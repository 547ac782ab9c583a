/** The six interest profiles of Holland's RIASEC model, as the ROME codes them (one letter each). */
export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

/** A ROME value ("R", "r", " I ") as a known letter, or null when absent or unknown. */
export function riasecLetter(value: string | null | undefined): RiasecLetter | null {
  const letter = value?.trim().toUpperCase();
  return (RIASEC_LETTERS as readonly string[]).includes(letter ?? '') ? (letter as RiasecLetter) : null;
}
