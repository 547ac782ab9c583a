import { romeWriters, type MetierRecord, type SkillRecord } from '@passerelles/db';
import { TableWriter } from '../pipeline/index';
import {
  FicheTextsBuilder, nafDivision, OGR_CODE, orNull, riasecLetter, ROME_CODE, skillKind, unescapeApostrophes,
} from './rome-mapping';
import type { RomeReader } from './rome-reader';

/** Codes written so far: link files are checked against them (an unknown code is a rejection, not an FK error). */
export interface RomeKeys {
  grandsDomaines: Set<string>;
  domaines: Set<string>;
  /** rome code → the fiche's OGR code */
  metiers: Map<string, string>;
  /** appellation OGR code → rome code */
  appellations: Map<string, string>;
  /** skill / knowledge OGR code → kind */
  skills: Map<string, SkillRecord['kind']>;
  workContexts: Set<string>;
  sectors: Set<string>;
  centres: Set<string>;
  nafDivisions: Set<string>;
}

export const emptyRomeKeys = (): RomeKeys => ({
  grandsDomaines: new Set(), domaines: new Set(), metiers: new Map(), appellations: new Map(), skills: new Map(),
  workContexts: new Set(), sectors: new Set(), centres: new Set(), nafDivisions: new Set(),
});

/** Records a key; a second record with the same key is rejected. */
function firstOf(reader: RomeReader, seen: { has(k: string): boolean }, key: string, where: string, field: string): boolean {
  if (!seen.has(key)) return true;
  reader.reject(where, `clé « ${key} » en double`, field);
  return false;
}

export async function importDomainTree(reader: RomeReader, keys: RomeKeys): Promise<void> {
  const gd = new TableWriter(reader.context, 'rome_grands_domaines', romeWriters.grandsDomaines);
  for await (const { where, values: v } of reader.rows('grand_domaine')) {
    const code = v.code_grand_domaine.trim();
    if (!/^[A-N]$/.test(code)) reader.reject(where, `code « ${code} » invalide (une lettre A–N)`, 'code_grand_domaine');
    else if (firstOf(reader, keys.grandsDomaines, code, where, 'code_grand_domaine')) {
      keys.grandsDomaines.add(code);
      await gd.add({ code, label: v.libelle_grand_domaine.trim() });
    }
  }
  await gd.flush();
  const dp = new TableWriter(reader.context, 'rome_domaines_professionnels', romeWriters.domainesProfessionnels);
  for await (const { where, values: v } of reader.rows('domaine_professionnel')) {
    const code = v.code_domaine_professionnel.trim();
    if (!keys.grandsDomaines.has(code.charAt(0))) reader.reject(where, `grand domaine « ${code.charAt(0)} » inconnu`, 'code_domaine_professionnel');
    else if (firstOf(reader, keys.domaines, code, where, 'code_domaine_professionnel')) {
      keys.domaines.add(code);
      await dp.add({ code, label: v.libelle_domaine_professionnel.trim(), grandDomaineCode: code.charAt(0) });
    }
  }
  await dp.flush();
}

/** The small files that complete a fiche (its domain, RIASEC and texts), read before the fiches themselves. */
async function ficheDetails(reader: RomeReader, keys: RomeKeys) {
  const domains = new Map<string, string>();
  for await (const { where, values: v } of reader.rows('cr_gd_dp')) {
    const domain = v.code_domaine_professionel.trim();
    if (!keys.domaines.has(domain)) reader.reject(where, `domaine professionnel « ${domain} » inconnu`, 'code_domaine_professionel');
    else if (firstOf(reader, domains, v.code_rome, where, 'code_rome')) domains.set(v.code_rome, domain);
  }
  const riasec = new Map<string, [string | null, string | null]>();
  for await (const { where, values: v } of reader.rows('referentiel_code_rome_riasec')) {
    const major = riasecLetter(v.riasec_majeur);
    const minor = riasecLetter(v.riasec_mineur);
    if (major === undefined || minor === undefined) reader.reject(where, 'lettre RIASEC invalide (R, I, A, S, E ou C)', 'riasec_majeur');
    else if (firstOf(reader, riasec, v.code_rome, where, 'code_rome')) riasec.set(v.code_rome, [major, minor]);
  }
  const texts = new FicheTextsBuilder();
  for await (const { where, values: v } of reader.rows('texte')) {
    const problem = texts.add(v.code_rome, v.libelle_type_texte, v.position_phrase, v.libelle_texte);
    if (problem) reader.reject(where, problem, 'libelle_type_texte');
  }
  return { domains, riasec, texts };
}

export async function importMetiers(reader: RomeReader, keys: RomeKeys): Promise<void> {
  const { domains, riasec, texts } = await ficheDetails(reader, keys);
  const parents: [string, string, string][] = [];
  const writer = new TableWriter<MetierRecord>(reader.context, 'metiers', romeWriters.metiers);
  for await (const { where, values: v } of reader.rows('referentiel_code_rome')) {
    const romeCode = v.code_rome.trim();
    if (!ROME_CODE.test(romeCode)) reader.reject(where, `code ROME « ${romeCode} » invalide`, 'code_rome');
    else if (!OGR_CODE.test(v.code_ogr)) reader.reject(where, `code OGR « ${v.code_ogr} » invalide`, 'code_ogr');
    else if (firstOf(reader, keys.metiers, romeCode, where, 'code_rome')) {
      keys.metiers.set(romeCode, v.code_ogr);
      const parentCode = orNull(v.code_rome_parent);
      if (parentCode) parents.push([parentCode, romeCode, where]);
      const [riasecMajor, riasecMinor] = riasec.get(romeCode) ?? [null, null];
      await writer.add({
        romeCode, label: v.libelle_rome.trim(), parentCode, domainCode: domains.get(romeCode) ?? null,
        ...texts.texts(romeCode), ogrCode: v.code_ogr, riasecMajor, riasecMinor, transitionEco: orNull(v.transition_eco),
      });
    }
  }
  await writer.flush();
  // Checked once every fiche is known: a parent may come after its sub-fiches in the file.
  for (const [parent, child, where] of parents) {
    if (!keys.metiers.has(parent)) reader.reject(where, `fiche parente « ${parent} » de ${child} inconnue`, 'code_rome_parent');
  }
  const orphans = [...domains.keys(), ...riasec.keys(), ...texts.codes()].filter((c) => !keys.metiers.has(c));
  for (const code of new Set(orphans)) reader.reject(`fiche ${code}`, 'domaine, RIASEC ou texte pour une fiche absente du référentiel', 'code_rome');
}

export async function importAppellations(reader: RomeReader, keys: RomeKeys): Promise<void> {
  const writer = new TableWriter(reader.context, 'appellations', romeWriters.appellations);
  for await (const { where, values: v } of reader.rows('referentiel_appellation')) {
    const code = v.code_ogr.trim();
    if (!OGR_CODE.test(code)) reader.reject(where, `code OGR « ${code} » invalide`, 'code_ogr');
    else if (!keys.metiers.has(v.code_rome)) reader.reject(where, `fiche « ${v.code_rome} » inconnue`, 'code_rome');
    else if (firstOf(reader, keys.appellations, code, where, 'code_ogr')) {
      keys.appellations.set(code, v.code_rome);
      await writer.add({
        code, romeCode: v.code_rome, label: v.libelle_appellation_long.trim(), shortLabel: orNull(v.libelle_appellation_court),
        isPrincipal: v.classification === 'PRINCIPALE', isRare: v.peu_usite === 'O',
      });
    }
  }
  await writer.flush();
}

export async function importSkills(reader: RomeReader, keys: RomeKeys): Promise<void> {
  // Macro-compétences are rows of the same file, before or after the skills that point at them: a first pass
  // collects their labels (the skill hierarchy file is not published, so the macro is the grouping level).
  const macros = new Map<string, string>();
  for await (const { values: v } of reader.rows('referentiel_competence')) {
    if (v.nature === 'Macro-compétence') macros.set(v.code_ogr.trim(), v.libelle_competence.trim());
  }
  const macroRiasec = new Map<string, [string | null, string | null]>();
  for await (const { where, values: v } of reader.rows('referentiel_macro_competence_riasec')) {
    const major = riasecLetter(v.riasec_majeur);
    const minor = riasecLetter(v.riasec_mineur);
    if (major === undefined || minor === undefined) reader.reject(where, 'lettre RIASEC invalide', 'riasec_majeur');
    else if (!macros.has(v.code_ogr)) reader.reject(where, `macro-compétence « ${v.code_ogr} » inconnue`, 'code_ogr');
    else if (firstOf(reader, macroRiasec, v.code_ogr, where, 'code_ogr')) macroRiasec.set(v.code_ogr, [major, minor]);
  }
  const writer = new TableWriter<SkillRecord>(reader.context, 'skills', romeWriters.skills);
  for await (const { where, values: v } of reader.rows('referentiel_competence')) {
    const ogrCode = v.code_ogr.trim();
    const kind = skillKind(v.cat_comp);
    const macroCode = orNull(v.code_ogr_macro_comp);
    if (!OGR_CODE.test(ogrCode)) reader.reject(where, `code OGR « ${ogrCode} » invalide`, 'code_ogr');
    else if (!kind) reader.reject(where, `catégorie « ${v.cat_comp} » inconnue (Savoir-faire, Savoir-être professionnel)`, 'cat_comp');
    else if (macroCode && !macros.has(macroCode)) reader.reject(where, `macro-compétence « ${macroCode} » inconnue`, 'code_ogr_macro_comp');
    else if (firstOf(reader, keys.skills, ogrCode, where, 'code_ogr')) {
      keys.skills.set(ogrCode, kind);
      const [riasecMajor, riasecMinor] = macroRiasec.get(ogrCode) ?? [null, null];
      await writer.add({
        ogrCode, label: v.libelle_competence.trim(), kind, isMacro: v.nature === 'Macro-compétence', macroCode,
        macroLabel: macroCode ? (macros.get(macroCode) ?? null) : null, category: orNull(v.sous_cat_comp), subCategory: null,
        riasecMajor, riasecMinor,
      });
    }
  }
  for await (const { where, values: v } of reader.rows('referentiel_savoir')) {
    const ogrCode = v.code_ogr_savoir.trim();
    if (!OGR_CODE.test(ogrCode)) reader.reject(where, `code OGR « ${ogrCode} » invalide`, 'code_ogr_savoir');
    else if (firstOf(reader, keys.skills, ogrCode, where, 'code_ogr_savoir')) {
      keys.skills.set(ogrCode, 'savoir');
      await writer.add({
        ogrCode, label: v.libelle_savoir.trim(), kind: 'savoir', isMacro: false, macroCode: null, macroLabel: null,
        category: orNull(v.categorie_savoir), subCategory: orNull(v.sous_categorie_savoir), riasecMajor: null, riasecMinor: null,
      });
    }
  }
  await writer.flush();
}

/** Work contexts, activity sectors, interest centres and NAF sectors: the facets fiches are linked to. */
export async function importFacets(reader: RomeReader, keys: RomeKeys): Promise<void> {
  const contexts = new TableWriter(reader.context, 'work_contexts', romeWriters.workContexts);
  for await (const { where, values: v } of reader.rows('referentiel_contexte_travail')) {
    if (firstOf(reader, keys.workContexts, v.code_ogr, where, 'code_ogr')) {
      keys.workContexts.add(v.code_ogr);
      await contexts.add({ ogrCode: v.code_ogr, label: v.libelle_cont_travail.trim(), typeCode: v.code_type_cont_trav, typeLabel: v.libelle_type_cont_trav.trim() });
    }
  }
  await contexts.flush();

  const sectors = new TableWriter(reader.context, 'activity_sectors', romeWriters.activitySectors);
  const parents = new Set<string>();
  for await (const { where, values: v } of reader.rows('secteur_activite')) {
    if (firstOf(reader, keys.sectors, v.code_sect_activite, where, 'code_sect_activite')) {
      keys.sectors.add(v.code_sect_activite);
      parents.add(v.code_sect_activite);
      await sectors.add({ code: v.code_sect_activite, label: v.libelle_sect_activite.trim(), definition: orNull(v.definition_sect_activite), parentCode: null });
    }
  }
  for await (const { where, values: v } of reader.rows('sous_secteur_activite')) {
    if (!parents.has(v.code_sect_activite)) reader.reject(where, `secteur « ${v.code_sect_activite} » inconnu`, 'code_sect_activite');
    else if (firstOf(reader, keys.sectors, v.code_ss_sect_activite, where, 'code_ss_sect_activite')) {
      keys.sectors.add(v.code_ss_sect_activite);
      await sectors.add({
        code: v.code_ss_sect_activite, label: v.libelle_ss_sect_activite.trim(), definition: orNull(v.definition_ss_sect_activite),
        parentCode: v.code_sect_activite,
      });
    }
  }
  await sectors.flush();

  const centres = new TableWriter(reader.context, 'interest_centres', romeWriters.interestCentres);
  for await (const { where, values: v } of reader.rows('centre_interet')) {
    if (firstOf(reader, keys.centres, v.code_centre_interet, where, 'code_centre_interet')) {
      keys.centres.add(v.code_centre_interet);
      await centres.add({ code: v.code_centre_interet, label: v.libelle_centre_interet.trim(), definition: orNull(v.definition_centre_interet) });
    }
  }
  await centres.flush();

  const naf = new TableWriter(reader.context, 'rome_naf_sectors', romeWriters.nafSectors);
  for await (const { where, values: v } of reader.rows('secteur_naf')) {
    const division = nafDivision(v.code_secteur_naf);
    if (!division) reader.reject(where, `division NAF « ${v.code_secteur_naf} » invalide`, 'code_secteur_naf');
    else if (firstOf(reader, keys.nafDivisions, division, where, 'code_secteur_naf')) {
      keys.nafDivisions.add(division);
      await naf.add({ division, label: unescapeApostrophes(v.libelle_secteur_naf.trim()) });
    }
  }
  await naf.flush();
}
