/** Pure helpers that arrange API lists for reading: grouped, the most useful first. Unit-tested. */

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export interface Group<T> {
  /** null: the items that have no group (shown last, under an "other" heading). */
  label: string | null;
  items: T[];
}

/** Groups in alphabetical order of their label, the unlabelled group last; items keep their order. */
export function groupBy<T>(items: readonly T[], labelOf: (item: T) => string | null | undefined): Group<T>[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const label = labelOf(item)?.trim() || null;
    const group = groups.get(label);
    if (group) group.push(item);
    else groups.set(label, [item]);
  }
  return [...groups.entries()]
    .map(([label, grouped]) => ({ label, items: grouped }))
    .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : collator.compare(a.label, b.label)));
}

interface SkillLike {
  label: string;
  isCore: boolean;
  macroLabel: string | null;
}

/**
 * Savoir-faire by macro-competence: groups holding core skills first (most core skills first), then the
 * others alphabetically, the skills without a macro-competence last; inside a group, core skills first.
 */
export function groupSkills<T extends SkillLike>(skills: readonly T[]): Group<T>[] {
  const coreCount = (g: Group<T>) => g.items.filter((s) => s.isCore).length;
  return groupBy(skills, (s) => s.macroLabel)
    .map((g) => ({ label: g.label, items: [...g.items].sort((a, b) => Number(b.isCore) - Number(a.isCore) || collator.compare(a.label, b.label)) }))
    .sort((a, b) => {
      if (a.label === null || b.label === null) return a.label === null ? (b.label === null ? 0 : 1) : -1;
      return coreCount(b) - coreCount(a) || collator.compare(a.label, b.label);
    });
}

interface CertificationLike {
  title: string;
  level: number | null;
  isActive: boolean;
}

/** Certifications by level (lowest first, those without a level last), titles in alphabetical order. */
export function byLevel<T extends CertificationLike>(certifications: readonly T[]): { level: number | null; items: T[] }[] {
  const levels = new Map<number | null, T[]>();
  for (const c of certifications) levels.set(c.level, [...(levels.get(c.level) ?? []), c]);
  return [...levels.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([level, items]) => ({ level, items: items.sort((x, y) => collator.compare(x.title, y.title)) }));
}

/** ROME definitions come as a first sentence then one activity per line: a lead and a list. */
export function splitDefinition(text: string | null): { lead: string | null; points: string[] } {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { lead: lines[0] ?? null, points: lines.slice(1) };
}

/** Register texts sometimes start their lines with "* " or "- ": the list already shows bullets. */
export function cleanItem(text: string): string {
  return text.replace(/^\s*[*•-]\s+/, '').trim();
}
