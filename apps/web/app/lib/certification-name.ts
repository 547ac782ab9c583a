/** Diploma kinds that titles of the registers often start with when the type field is empty. */
const LEADING_KIND = /^(BAC PRO|BTSA|BTS|BUT|CAP|BP|DUT|DEUST|Licence professionnelle|Licence|Master|Titre ingénieur|Diplôme d['’]ingénieur)\b\s*(?:[-–:]\s*)?(.+)$/i;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/**
 * A certification's name as two parts: its kind (« BTS ») and the rest (« Métiers de la chimie »). The registers
 * write « BTS - Métiers de la chimie » with type BTS, or « BTS bioanalyses… » with no type: both give the same parts.
 */
export function certificationName(type: string | null, title: string): { kind: string; rest: string } {
  const trimmed = title.trim();
  if (type) {
    const prefix = new RegExp(`^${type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[-–:]\\s*`, 'i');
    return { kind: type, rest: capitalise(trimmed.replace(prefix, '')) };
  }
  const m = LEADING_KIND.exec(trimmed);
  return m ? { kind: m[1]!, rest: capitalise(m[2]!) } : { kind: '', rest: trimmed };
}

/** « BTS Métiers de la chimie »: kind and rest on one line. */
export function certificationFullName(type: string | null, title: string): string {
  const { kind, rest } = certificationName(type, title);
  return kind ? `${kind} ${rest}` : rest;
}
