import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportFileError } from '../pipeline/index';

/** The ROME 4.0 files the import reads, with the exact header each must have. */
export const romeFileColumns = {
  grand_domaine: ['code_grand_domaine', 'libelle_grand_domaine'],
  domaine_professionnel: ['code_domaine_professionnel', 'libelle_domaine_professionnel'],
  cr_gd_dp: ['code_rome', 'libelle_rome', 'code_grand_domaine', 'libelle_grand_domaine', 'code_domaine_professionel', 'libelle_domaine_professionel'],
  referentiel_code_rome_riasec: ['code_rome', 'riasec_majeur', 'riasec_mineur'],
  texte: ['code_rome', 'code_compo_bloc', 'libelle_type_texte', 'position_phrase', 'libelle_texte'],
  referentiel_code_rome: [
    'code_rome', 'code_fiche_metier', 'code_ogr', 'libelle_rome', 'transition_eco', 'transition_num', 'transition_demo',
    'emploi_reglemente', 'emploi_cadre', 'code_rome_parent',
  ],
  referentiel_appellation: [
    'code_ogr', 'libelle_appellation_long', 'libelle_appellation_court', 'code_rome', 'transition_eco', 'transition_num',
    'transition_demo', 'emploi_reglemente', 'emploi_cadre', 'classification', 'origine', 'code_rome_parent', 'peu_usite',
  ],
  referentiel_competence: [
    'code_ogr', 'nature', 'libelle_competence', 'definition', 'code_ogr_macro_comp', 'code_macro_comp', 'cat_comp',
    'sous_cat_comp', 'transition_eco', 'transition_num', 'libelle_heterogeneite', 'libelle_origine',
  ],
  referentiel_macro_competence_riasec: ['code_ogr', 'riasec_majeur', 'riasec_mineur'],
  referentiel_savoir: ['code_ogr_savoir', 'libelle_savoir', 'categorie_savoir', 'sous_categorie_savoir', 'transition_eco', 'transition_num'],
  referentiel_contexte_travail: ['code_ogr', 'libelle_cont_travail', 'code_type_cont_trav', 'libelle_type_cont_trav'],
  secteur_activite: ['code_sect_activite', 'libelle_sect_activite', 'definition_sect_activite'],
  sous_secteur_activite: ['code_ss_sect_activite', 'libelle_ss_sect_activite', 'definition_ss_sect_activite', 'code_sect_activite'],
  centre_interet: ['code_centre_interet', 'libelle_centre_interet', 'definition_centre_interet'],
  secteur_naf: ['code_tech_secteur_naf', 'code_secteur_naf', 'libelle_secteur_naf'],
  coherence_item: ['code_rome', 'code_ogr', 'coeur_metier'],
  liens_rome_referentiels: ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'],
  arborescence_secteur_activite: [
    'code_sect_activite', 'libelle_sect_activite', 'code_ss_sect_activite', 'libelle_ss_sect_activite', 'code_ogr_rome',
    'code_rome', 'libelle_rome', 'principal',
  ],
  arborescence_centre_interet: ['code_centre_interet', 'libelle_centre_interet', 'code_ogr_rome', 'code_rome', 'libelle_rome', 'principal'],
  arborescence_secteur_naf: ['code_secteur_naf', 'libelle_secteur_naf', 'code_ogr_rome', 'code_rome', 'libelle_rome'],
} as const;

export type RomeFile = keyof typeof romeFileColumns;
export type RomeColumns<F extends RomeFile> = (typeof romeFileColumns)[F][number];

export interface RomeFolder {
  folder: string;
  /** « v460 »: the version France Travail puts in every file name. */
  version: string;
  path(file: RomeFile): string;
}

const VERSION_PATTERN = /^unix_referentiel_code_rome_(v\d+)_utf8\.csv$/;

/** Finds the version of a ROME folder from its file names; every expected file must then be there. */
export async function openRomeFolder(folder: string): Promise<RomeFolder> {
  const names = await readdir(folder).catch(() => {
    throw new ImportFileError(`${folder} : dossier introuvable (attendu : le dossier des fichiers unix_*_utf8.csv du ROME 4.0)`);
  });
  const version = names.map((n) => VERSION_PATTERN.exec(n)?.[1]).find(Boolean);
  if (!version) {
    throw new ImportFileError(`${folder} : ce n'est pas un dossier ROME 4.0 (aucun fichier unix_referentiel_code_rome_v<NNN>_utf8.csv)`);
  }
  const fileName = (file: RomeFile) => `unix_${file}_${version}_utf8.csv`;
  const missing = (Object.keys(romeFileColumns) as RomeFile[]).filter((f) => !names.includes(fileName(f))).map(fileName);
  if (missing.length) throw new ImportFileError(`${folder} : fichier(s) ROME ${version} manquant(s) : ${missing.join(', ')}`);
  return { folder, version, path: (file) => join(folder, fileName(file)) };
}
