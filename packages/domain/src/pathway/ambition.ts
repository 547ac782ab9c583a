import { createPlanner, type Planner } from './planner';
import type { PlannedRoute, PlannerOffer, PlannerRequest } from './types';

/** A next step up for a person: a certification above their level that they can reach, with its best route. */
export interface AmbitionSuggestion {
  certificationCode: string;
  level: number;
  route: PlannedRoute;
  /** Whether it follows one of the person's certifications in the campus chain, or is any certification of that level. */
  source: 'chain' | 'level';
}

/**
 * « Et après ? »: the lowest level above the person's highest one that they can reach, and the best route to it.
 * For each level from theirs + 1 up to 8, the planner is asked first for the certifications that follow theirs in
 * the chain (`chainNext`: certification → certifications that follow it, as drawn by the campus chain), then, when
 * none of those can be reached, for every certification of that level the offers lead to. The first level with a
 * route wins; null when no level above can be reached within the constraints.
 */
export function suggestAmbition(
  source: Planner | readonly PlannerOffer[],
  req: Omit<PlannerRequest, 'to' | 'maxRoutes'>,
  chainNext: Readonly<Record<string, readonly string[]>>,
): AmbitionSuggestion | null {
  const planner = 'plan' in source ? source : createPlanner(source);
  const levelOf = (code: string) => req.certificationLevels[code] ?? planner.certificationLevel(code) ?? 0;
  const held = new Set(req.from.certifications);
  const start = Math.max(req.from.level ?? 0, ...req.from.certifications.map(levelOf));
  const successors = [...new Set(req.from.certifications.flatMap((c) => chainNext[c] ?? []))].filter((c) => !held.has(c));
  const byLevel = planner.certificationsByLevel();
  for (let level = Math.max(3, start + 1); level <= 8; level++) {
    const chain = successors.filter((c) => levelOf(c) === level).sort();
    const any = [...(byLevel.get(level) ?? [])].filter((c) => !held.has(c) && (req.certificationLevels[c] ?? level) === level).sort();
    for (const [kind, targets] of [['chain', chain], ['level', any]] as const) {
      if (!targets.length) continue;
      const result = planner.plan({ ...req, to: { certifications: targets }, maxRoutes: 1 });
      const route = result.routes[0];
      if (route) return { certificationCode: route.reached, level, route, source: kind };
    }
  }
  return null;
}
