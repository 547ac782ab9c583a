import { distanceKm, suggestAmbition, type PlannedRoute, type PlannerRequest } from '@passerelles/domain';
import { certificationsForMetier, findCommunePosition, queryRows, vaeCertifications, type Database } from '@passerelles/db';
import type { planPathway } from '@passerelles/contracts';
import { sql } from 'drizzle-orm';
import type { Handler } from '../http/register-routes';
import { HttpError } from '../http/http-error';
import { VAE_REQUIREMENT_PREFIX, withSuccessors } from '../skills/planner-input';
import type { PathwayData, SkillsData } from '../skills/skills-data';

const unprocessable = (message: string, field: string) => new HttpError(422, 'UNPROCESSABLE', message, { field });

export function pathwayHandlers(database: Database, data: SkillsData): { planPathway: Handler<typeof planPathway> } {
  return {
    async planPathway({ body }) {
      const pathway = await data.pathway();
      const { reference } = pathway;
      const cert = (code: string) => {
        const c = reference.certifications.get(code);
        return { code, title: c?.title ?? code, level: c?.level ?? null };
      };

      // Where the person is.
      for (const code of body.from.certifications ?? []) {
        if (!reference.certifications.has(code)) throw unprocessable(`Aucune certification ne porte le code ${code}.`, 'from.certifications');
      }
      let metierLabel: string | null = null;
      if (body.from.romeCode) {
        const [m] = await queryRows<{ label: string }>(database.db, sql`select label from metiers where rome_code = ${body.from.romeCode}`);
        if (!m) throw unprocessable(`Aucune fiche métier ROME ne porte le code ${body.from.romeCode}.`, 'from.romeCode');
        metierLabel = m.label;
      }
      let origin: { latitude: number; longitude: number } | null = null;
      if (body.from.commune) {
        origin = await findCommunePosition(database.db, body.from.commune);
        if (!origin) throw unprocessable(`Aucune commune localisée ne porte le code INSEE ${body.from.commune}.`, 'from.commune');
      }

      // Where they want to go.
      let target: { kind: 'metier' | 'certification'; code: string; label: string; certifications: string[] };
      if ('romeCode' in body.to) {
        const [m] = await queryRows<{ label: string }>(database.db, sql`select label from metiers where rome_code = ${body.to.romeCode}`);
        if (!m) throw unprocessable(`Aucune fiche métier ROME ne porte le code ${body.to.romeCode}.`, 'to.romeCode');
        const leading = await certificationsForMetier(database.db, body.to.romeCode);
        if (!leading.length) throw unprocessable(`Aucune certification connue ne mène au métier ${m.label} (${body.to.romeCode}).`, 'to.romeCode');
        target = { kind: 'metier', code: body.to.romeCode, label: m.label, certifications: leading.map((c) => c.code) };
      } else {
        const c = reference.certifications.get(body.to.certification);
        if (!c) throw unprocessable(`Aucune certification ne porte le code ${body.to.certification}.`, 'to.certification');
        target = { kind: 'certification', code: c.code, label: c.title, certifications: withSuccessors([c.code], reference.successors) };
      }

      const held = withSuccessors(body.from.certifications ?? [], reference.successors);
      const vae = body.from.romeCode ? await vaeCertifications(database.db, body.from.romeCode, body.from.skills ?? []) : [];
      const vaeBy = new Map(vae.map((v) => [v.code, v]));
      const request: PlannerRequest = {
        from: { certifications: [...held, ...vae.map((v) => `${VAE_REQUIREMENT_PREFIX}${v.code}`)], level: body.from.level ?? null },
        to: { certifications: target.certifications },
        constraints: body.constraints ?? {},
        certificationBlocks: reference.blocks,
        certificationLevels: pathway.levels,
        certificationTitles: pathway.titles,
        today: pathway.today,
        maxRoutes: 3,
      };

      // Distances for this person, then planning: synchronous from here, so no other request sees these distances.
      setDistances(pathway, origin);
      // A métier is reached by certifications of several levels: first those that keep or raise the person's level
      // (a Bac holder aiming at laboratory work is shown the BTS, not the CAP), all of them only if none can be reached.
      const startLevel = Math.max(request.from.level ?? 0, ...held.map((c) => reference.certifications.get(c)?.level ?? 0));
      const atLeastLevel = target.certifications.filter((c) => (reference.certifications.get(c)?.level ?? 0) >= startLevel);
      let result = atLeastLevel.length && atLeastLevel.length < target.certifications.length
        ? pathway.planner.plan({ ...request, to: { certifications: atLeastLevel } })
        : null;
      if (!result?.routes.length) result = pathway.planner.plan(request);
      // « Et après ? »: one level up from where the best route leads (or from the person, when nothing is reached).
      const best = result.routes[0];
      const ambition = suggestAmbition(
        pathway.planner,
        best
          ? {
              ...request,
              from: { ...request.from, certifications: [...request.from.certifications, best.reached] },
              constraints: { ...request.constraints, ...(best.totals.endDate ? { startAfter: best.totals.endDate } : {}) },
            }
          : request,
        reference.chainNext,
      );

      const toRoute = (route: PlannedRoute) => ({
        steps: route.steps.map((step) => {
          const source = pathway.sources[pathway.positions.get(step.offer)!]!;
          const v = step.offer.kind === 'vae' ? vaeBy.get(step.offer.certificationCode!) : undefined;
          return {
            kind: step.offer.kind,
            sessionId: source.sessionId,
            training: { id: source.trainingId, title: source.trainingTitle },
            certification: step.offer.certificationCode ? cert(step.offer.certificationCode) : null,
            blockCodes: [...step.offer.blockCodes],
            organisation: source.organisation,
            commune: source.commune,
            distanceKm: step.offer.distanceKm,
            modality: step.offer.modality,
            startDate: step.startDate,
            endDate: step.endDate,
            durationMonths: step.offer.durationMonths,
            priceEur: step.offer.priceEur,
            fundings: [...step.offer.fundings],
            employmentRate: step.offer.employmentRate,
            isDemo: source.isDemo,
            satisfiedBy: v
              ? v.through === body.from.romeCode
                ? `Votre expérience de métier (${metierLabel ?? v.metierLabel}, ${v.through}) est celle que ce diplôme certifie\u00a0: la VAE la fait reconnaître.`
                : `Vos compétences couvrent au moins la moitié des compétences cœur du métier ${v.metierLabel} (${v.through}), que ce diplôme certifie\u00a0: la VAE peut les faire reconnaître.`
              : step.satisfiedBy,
            why: step.why,
          };
        }),
        totals: route.totals,
        reached: cert(route.reached),
        explanation: route.explanation,
      });

      return {
        target: { kind: target.kind, code: target.code, label: target.label, certifications: target.certifications.map(cert) },
        routes: result.routes.map(toRoute),
        ...(result.unreachable
          ? { unreachable: { reason: result.unreachable.reason, relax: result.unreachable.relax.map((r) => ({ constraint: r.constraint, label: r.label, routesIfRelaxed: r.routesIfRelaxed })) } }
          : {}),
        ...(result.alreadyHeld?.length ? { alreadyHeld: result.alreadyHeld.map(cert) } : {}),
        ...(ambition ? { ambition: { certification: cert(ambition.certificationCode), source: ambition.source, route: toRoute(ambition.route) } } : {}),
      };
    },
  };
}

function setDistances(pathway: PathwayData, origin: { latitude: number; longitude: number } | null): void {
  const { planner, latitudes, longitudes } = pathway;
  for (let i = 0; i < planner.offers.length; i++) {
    const lat = latitudes[i]!;
    (planner.offers[i] as { distanceKm: number | null }).distanceKm =
      origin && !Number.isNaN(lat) ? distanceKm(origin, { latitude: lat, longitude: longitudes[i]! }) : null;
  }
}
