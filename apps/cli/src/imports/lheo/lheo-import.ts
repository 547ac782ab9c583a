import { basename } from 'node:path';
import {
  archiveLheoTrainingsNotIn, existingCertificationCodes, findCommuneForPlace, findOrCreateSite, listMemberOrganisations, replaceLheoSessions,
  saveLheoTraining, type CommuneMatch, type Database, type MemberOrganisation, refreshSessionSearch } from '@passerelles/db';
import { filesTotalBytes, ImportFileError, latestModificationDate, runImport, type ImportContext, type ImportJob } from '../pipeline/index';
import type { ImportOptions, ImportSource } from '../types';
import { formationLocation, mapFormation, type LheoPlaceDraft, type LheoTrainingDraft } from './lheo-mapping';
import { peekLheoVersion, readLheoFormations } from './lheo-reader';

const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The member an offer belongs to: by SIRET, else UAI, else name (accents and case aside). Offers of organisations
 * that are not members are refused: the campus publishes its network's offer, not a regional catalogue.
 */
export function matchOrganisation(members: MemberOrganisation[], wanted: LheoTrainingDraft['organisation']): MemberOrganisation | string {
  if (wanted.siret) {
    const bySiret = members.filter((m) => m.siret?.replace(/\s/g, '') === wanted.siret);
    if (bySiret.length === 1) return bySiret[0]!;
  }
  if (wanted.uai) {
    const byUai = members.filter((m) => m.uai?.toUpperCase() === wanted.uai!.toUpperCase());
    if (byUai.length === 1) return byUai[0]!;
  }
  const byName = members.filter((m) => foldName(m.name) === foldName(wanted.name));
  if (byName.length === 1) return byName[0]!;
  const keys = [wanted.siret && `SIRET ${wanted.siret}`, wanted.uai && `UAI ${wanted.uai}`, `nom « ${wanted.name} »`].filter(Boolean).join(', ');
  return byName.length > 1
    ? `organisme responsable ambigu (${keys}) : plusieurs membres portent ce nom — renseignez son SIRET ou son UAI`
    : `organisme responsable inconnu (${keys}) : aucun membre du réseau ne correspond — ajoutez-le comme membre avant d'importer son offre`;
}

class LheoWriter {
  private members: MemberOrganisation[] | null = null;
  private readonly communes = new Map<string, CommuneMatch | null>();
  private readonly certifications = new Map<string, boolean>();
  /** External ids of the file, by organisation: what stays published. */
  private readonly kept = new Map<number, Set<string>>();
  private accepted = 0;
  private readonly counts = { inserted: 0, updated: 0 };
  private readonly sessionCounts = { accepted: 0, inserted: 0, updated: 0, removed: 0 };

  constructor(private readonly context: ImportContext, private readonly fileName: string) {}

  private async commune(place: LheoPlaceDraft): Promise<CommuneMatch | null> {
    const key = `${place.inseeCode}|${place.postalCode}|${place.city}`;
    if (!this.communes.has(key)) this.communes.set(key, await findCommuneForPlace(this.context.db, place));
    return this.communes.get(key)!;
  }

  private async certificationKnown(code: string): Promise<boolean> {
    if (!this.certifications.has(code)) this.certifications.set(code, (await existingCertificationCodes(this.context.db, [code])).has(code));
    return this.certifications.get(code)!;
  }

  async add(draft: LheoTrainingDraft): Promise<void> {
    const { context } = this;
    const where = `${this.fileName} ${draft.location}`;
    this.members ??= await listMemberOrganisations(context.db);
    const organisation = matchOrganisation(this.members, draft.organisation);
    if (typeof organisation === 'string') {
      context.rejections.add(where, organisation, 'organisme-formation-responsable');
      return;
    }
    const kept = this.kept.get(organisation.id) ?? new Set<string>();
    if (kept.has(draft.externalId)) {
      context.rejections.add(where, `formation « ${draft.externalId} » de ${organisation.name} en double dans le fichier`, 'numero');
      return;
    }
    kept.add(draft.externalId);
    this.kept.set(organisation.id, kept);
    if (context.rejections.count > 0) return; // the run will be rolled back: check the rest, write nothing more

    for (const [label, count] of Object.entries(draft.notes)) context.note(label, count);
    let certificationCode = draft.training.certificationCode;
    if (certificationCode && !(await this.certificationKnown(certificationCode))) {
      context.leaveOut(where, `certification « ${certificationCode} » absente de la base : formation gardée sans lien de certification`, 'certification');
      certificationCode = null;
    }
    const saved = await saveLheoTraining(context.db, organisation.id, draft.externalId, { ...draft.training, certificationCode });
    if ('campusConflict' in saved) {
      context.rejections.add(where, `${organisation.name} a déjà une formation saisie par le campus avec l'identifiant « ${draft.externalId} » : elle n'est pas remplacée par l'import`, 'numero');
      return;
    }
    this.accepted++;
    if (saved.outcome !== 'unchanged') this.counts[saved.outcome]++;

    const sessions = [];
    for (const session of draft.sessions) {
      let siteId: number | null = null;
      if (session.place) {
        const commune = await this.commune(session.place);
        if (!commune) context.leaveOut(where, `commune introuvable (INSEE ${session.place.inseeCode ?? '—'}, ${session.place.postalCode ?? '—'} ${session.place.city ?? ''}) : lieu gardé sans commune`, 'lieu-de-formation');
        const site = await findOrCreateSite(context.db, organisation.id, {
          label: session.place.label,
          address: session.place.address,
          communeCode: commune?.inseeCode ?? null,
          latitude: session.place.latitude ?? commune?.latitude ?? null,
          longitude: session.place.longitude ?? commune?.longitude ?? null,
        });
        if (site.created) context.note('lieux de formation ajoutés aux sites des organisations', 1);
        siteId = site.id;
      }
      const { place: _place, ...values } = session;
      sessions.push({ ...values, siteId });
    }
    const written = await replaceLheoSessions(context.db, saved.id, sessions);
    this.sessionCounts.accepted += sessions.length;
    this.sessionCounts.inserted += written.inserted;
    this.sessionCounts.updated += written.updated;
    this.sessionCounts.removed += written.removed;
  }

  async finish(): Promise<void> {
    const { context } = this;
    if (context.rejections.count > 0) return;
    let archived = 0;
    for (const [organisationId, kept] of this.kept) archived += await archiveLheoTrainingsNotIn(context.db, organisationId, [...kept]);
    if (archived) context.note('formations archivées (absentes du nouveau fichier de leur organisme)', archived);
    context.record('trainings', this.accepted, this.counts, archived);
    const { accepted, removed, ...counts } = this.sessionCounts;
    context.record('training_sessions', accepted, counts, removed);
    // In the same transaction: imported offers are searchable exactly when they are committed.
    await refreshSessionSearch(context.db);
  }
}

async function importFile(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const writer = new LheoWriter(context, name);
  for await (const formation of readLheoFormations(path, { onBytes: (n) => context.progress.advance(n) })) {
    const mapped = mapFormation(formation);
    if ('draft' in mapped) await writer.add(mapped.draft);
    else for (const p of mapped.problems) context.rejections.add(`${name} ${formationLocation(formation)}`, p.reason, p.field);
  }
  await writer.finish();
}

function lheoJob(path: string): ImportJob {
  return {
    source: 'lheo',
    file: basename(path),
    async prepare() {
      const size = await filesTotalBytes([path]);
      if (size === 0 && !(await latestModificationDate([path]))) throw new ImportFileError(`${path} : fichier introuvable (attendu : une offre LHÉO 2.2 ou 2.3 en XML)`);
      return {
        fileVersion: await peekLheoVersion(path),
        fileDate: await latestModificationDate([path]),
        totalBytes: size,
        work: (context) => importFile(context, path),
      };
    },
  };
}

export const lheoSource: ImportSource = {
  name: 'lheo',
  description: 'Offre de formation LHÉO 2.2 / 2.3 (XML, Carif-Oref, Onisep…) : formations des membres du réseau, actions et sessions',
  run: (database: Database, path: string, options: ImportOptions) => runImport(database, lheoJob(path), options),
};
