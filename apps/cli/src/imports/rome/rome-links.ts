import { pruneRomeLinks, romeWriters, type RomeLinkKeys } from '@passerelles/db';
import { TableWriter } from '../pipeline/index';
import type { RomeKeys } from './rome-entities';
import { coreFlag, nafDivision, yesNo, type CoreFlag } from './rome-mapping';
import type { RomeReader } from './rome-reader';

/** The rubrique (1 savoir-faire, 2 savoir-être, 3 savoir) a bloc-5 link must have for each kind of item. */
const RUBRIQUE_OF_KIND = { savoir_faire: '1', savoir_etre: '2', savoir: '3' } as const;

const pair = (rome: string, code: string) => `${rome}\u0000${code}`;

/** Link keys, kept for the final prune and to refuse duplicates. */
class LinkKeys {
  readonly seen = new Set<string>();
  readonly romeCodes: string[] = [];
  readonly codes: string[] = [];

  /** False when the pair was already there. */
  add(rome: string, code: string): boolean {
    const key = pair(rome, code);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.romeCodes.push(rome);
    this.codes.push(code);
    return true;
  }

  get columns(): [string[], string[]] {
    return [this.romeCodes, this.codes];
  }
}

/** `unix_coherence_item`: the « Principale » / « Émergente » flag of a fiche ↔ item link, read before the links. */
async function coreFlags(reader: RomeReader, keys: RomeKeys) {
  const flags = new Map<string, { flag: CoreFlag; where: string }>();
  for await (const { where, values: v } of reader.rows('coherence_item')) {
    const flag = coreFlag(v.coeur_metier);
    if (flag === undefined) reader.reject(where, `coeur_metier « ${v.coeur_metier} » inconnu (Principale, Émergente ou vide)`, 'coeur_metier');
    else if (!keys.metiers.has(v.code_rome)) reader.reject(where, `fiche « ${v.code_rome} » inconnue`, 'code_rome');
    else if (!keys.skills.has(v.code_ogr) && !keys.workContexts.has(v.code_ogr)) reader.reject(where, `item « ${v.code_ogr} » inconnu`, 'code_ogr');
    else if (flags.has(pair(v.code_rome, v.code_ogr))) reader.reject(where, `lien ${v.code_rome} ↔ ${v.code_ogr} en double`, 'code_ogr');
    else flags.set(pair(v.code_rome, v.code_ogr), { flag, where });
  }
  return flags;
}

/**
 * `unix_liens_rome_referentiels`: every fiche ↔ item link. Bloc 1 (the fiche itself) and bloc 2 (its appellations)
 * repeat what the referentials say and are checked against them; bloc 5 (skills, knowledge) and bloc 6 (work
 * contexts) are the links stored.
 */
export async function importItemLinks(reader: RomeReader, keys: RomeKeys) {
  const flags = await coreFlags(reader, keys);
  const skillLinks = new LinkKeys();
  const contextLinks = new LinkKeys();
  const skills = new TableWriter(reader.context, 'metier_skills', romeWriters.metierSkills);
  const contexts = new TableWriter(reader.context, 'metier_work_contexts', romeWriters.metierWorkContexts);
  const checked = { fiche: new Set<string>(), appellation: new Set<string>() };
  for await (const { where, values: v } of reader.rows('liens_rome_referentiels')) {
    const { code_rome: rome, code_ogr: code, code_compo_bloc: bloc } = v;
    if (!keys.metiers.has(rome)) {
      reader.reject(where, `fiche « ${rome} » inconnue`, 'code_rome');
    } else if (bloc === '1') {
      if (keys.metiers.get(rome) !== code) reader.reject(where, `code OGR ${code} différent de celui de la fiche ${rome}`, 'code_ogr');
      else if (!checked.fiche.add(rome)) reader.reject(where, `lien ${rome} ↔ ${code} en double`, 'code_ogr');
    } else if (bloc === '2') {
      if (keys.appellations.get(code) !== rome) reader.reject(where, `appellation « ${code} » inconnue pour la fiche ${rome}`, 'code_ogr');
      else if (checked.appellation.has(code)) reader.reject(where, `lien ${rome} ↔ ${code} en double`, 'code_ogr');
      else checked.appellation.add(code);
    } else if (bloc === '5') {
      const kind = keys.skills.get(code);
      if (!kind) reader.reject(where, `compétence ou savoir « ${code} » inconnu`, 'code_ogr');
      else if (RUBRIQUE_OF_KIND[kind] !== v.code_rubrique) reader.reject(where, `rubrique « ${v.code_rubrique} » incohérente avec l'item ${code} (${kind})`, 'code_rubrique');
      else if (!skillLinks.add(rome, code)) reader.reject(where, `lien ${rome} ↔ ${code} en double`, 'code_ogr');
      else {
        const flag = flags.get(pair(rome, code))?.flag ?? null;
        await skills.add({ romeCode: rome, ogrCode: code, isCore: flag === 'principale', isEmerging: flag === 'emergente' });
      }
    } else if (bloc === '6') {
      if (!keys.workContexts.has(code)) reader.reject(where, `contexte de travail « ${code} » inconnu`, 'code_ogr');
      else if (!contextLinks.add(rome, code)) reader.reject(where, `lien ${rome} ↔ ${code} en double`, 'code_ogr');
      else await contexts.add({ romeCode: rome, ogrCode: code });
    } else {
      reader.reject(where, `bloc « ${bloc} » inattendu (1, 2, 5 ou 6)`, 'code_compo_bloc');
    }
  }
  await skills.flush();
  await contexts.flush();
  for (const [key, { where }] of flags) {
    if (!skillLinks.seen.has(key) && !contextLinks.seen.has(key)) reader.reject(where, 'lien absent de unix_liens_rome_referentiels', 'code_ogr');
  }
  return { metierSkills: skillLinks.columns, metierWorkContexts: contextLinks.columns };
}

/** Fiche ↔ secteur d'activité, centre d'intérêt and NAF division. */
export async function importFacetLinks(reader: RomeReader, keys: RomeKeys) {
  const sectorLinks = new LinkKeys();
  const sectors = new TableWriter(reader.context, 'metier_activity_sectors', romeWriters.metierActivitySectors);
  for await (const { where, values: v } of reader.rows('arborescence_secteur_activite')) {
    // A row names a sector and, when it is more precise, a sous-secteur: the link goes to the most precise one.
    const sector = v.code_ss_sect_activite || v.code_sect_activite;
    const principal = yesNo(v.principal);
    if (!keys.metiers.has(v.code_rome)) reader.reject(where, `fiche « ${v.code_rome} » inconnue`, 'code_rome');
    else if (!keys.sectors.has(sector)) reader.reject(where, `secteur « ${sector} » inconnu`, 'code_ss_sect_activite');
    else if (principal === undefined) reader.reject(where, `principal « ${v.principal} » : oui ou non attendu`, 'principal');
    else if (!sectorLinks.add(v.code_rome, sector)) reader.reject(where, `lien ${v.code_rome} ↔ ${sector} en double`, 'code_sect_activite');
    else await sectors.add({ romeCode: v.code_rome, sectorCode: sector, isPrincipal: principal });
  }
  await sectors.flush();

  const centreLinks = new LinkKeys();
  const centres = new TableWriter(reader.context, 'metier_interest_centres', romeWriters.metierInterestCentres);
  for await (const { where, values: v } of reader.rows('arborescence_centre_interet')) {
    const principal = yesNo(v.principal);
    if (!keys.metiers.has(v.code_rome)) reader.reject(where, `fiche « ${v.code_rome} » inconnue`, 'code_rome');
    else if (!keys.centres.has(v.code_centre_interet)) reader.reject(where, `centre d'intérêt « ${v.code_centre_interet} » inconnu`, 'code_centre_interet');
    else if (principal === undefined) reader.reject(where, `principal « ${v.principal} » : oui ou non attendu`, 'principal');
    else if (!centreLinks.add(v.code_rome, v.code_centre_interet)) reader.reject(where, `lien ${v.code_rome} ↔ ${v.code_centre_interet} en double`, 'code_centre_interet');
    else await centres.add({ romeCode: v.code_rome, centreCode: v.code_centre_interet, isPrincipal: principal });
  }
  await centres.flush();

  const nafLinks = new LinkKeys();
  const naf = new TableWriter(reader.context, 'metier_naf_sectors', romeWriters.metierNafSectors);
  for await (const { where, values: v } of reader.rows('arborescence_secteur_naf')) {
    const division = nafDivision(v.code_secteur_naf);
    if (!keys.metiers.has(v.code_rome)) reader.reject(where, `fiche « ${v.code_rome} » inconnue`, 'code_rome');
    else if (!division || !keys.nafDivisions.has(division)) reader.reject(where, `division NAF « ${v.code_secteur_naf} » inconnue`, 'code_secteur_naf');
    else if (!nafLinks.add(v.code_rome, division)) reader.reject(where, `lien ${v.code_rome} ↔ ${division} en double`, 'code_secteur_naf');
    else await naf.add({ romeCode: v.code_rome, division });
  }
  await naf.flush();
  return { metierActivitySectors: sectorLinks.columns, metierInterestCentres: centreLinks.columns, metierNafSectors: nafLinks.columns };
}

/** Drops the links the files no longer hold (only on a clean run: a rejected run is rolled back anyway). */
export async function pruneLinks(reader: RomeReader, keys: RomeLinkKeys): Promise<void> {
  if (reader.context.rejections.count > 0) return;
  const removed = await pruneRomeLinks(reader.context.db, keys);
  for (const [table, n] of Object.entries(removed)) reader.context.record(toSqlName(table), 0, { inserted: 0, updated: 0 }, n);
}

const toSqlName = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
