import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportFileError } from '../pipeline/index';

/** The 10 tables of the RNCP CSV export, by the name part of `export_fiches_CSV_<Table>_AAAA_MM_JJ.csv`, with their columns. */
export const RNCP_CSV_TABLES = {
  Standard: [
    'Id_Fiche', 'Numero_Fiche', 'Intitule', 'Abrege_Libelle', 'Abrege_Intitule', 'Nomenclature_Europe_Niveau',
    'Nomenclature_Europe_Intitule', 'Accessible_Nouvelle_Caledonie', 'Accessible_Polynesie_Francaise', 'Date_dernier_jo',
    'Date_Decision', 'Date_Fin_Enregistrement', 'Date_Effet', 'Type_Enregistrement', 'Validation_Partielle', 'Actif',
  ],
  Blocs_De_Compétences: ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'],
  Rome: ['Numero_Fiche', 'Codes_Rome_Code', 'Codes_Rome_Libelle'],
  Nsf: ['Numero_Fiche', 'Nsf_Code', 'Nsf_Intitule'],
  Formacode: ['Numero_Fiche', 'Formacode_Code', 'Formacode_Libelle'],
  Certificateurs: ['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'],
  Partenaires: ['Numero_Fiche', 'Nom_Partenaire', 'Siret_Partenaire', 'Habilitation_Partenaire'],
  CCN: ['Numero_Fiche', 'Ccn_1_Numero', 'Ccn_1_Libelle', 'Ccn_2_Numero', 'Ccn_2_Libelle', 'Ccn_3_Numero', 'Ccn_3_Libelle'],
  VoixdAccès: ['Numero_Fiche', 'Si_Jury'],
  Ancienne_Nouvelle_Certification: ['Numero_Fiche', 'Ancienne_Certification', 'Nouvelle_Certification'],
} as const;

export type RncpCsvTable = keyof typeof RNCP_CSV_TABLES;
export type RncpCsvColumns<T extends RncpCsvTable> = (typeof RNCP_CSV_TABLES)[T][number];

export interface RncpCsvFolder {
  folder: string;
  /** Export date (ISO) read from the file names. */
  date: string;
  path(table: RncpCsvTable): string;
}

const FILE = /^export_fiches_CSV_(.+)_(\d{4})_(\d{2})_(\d{2})\.csv$/;

/** Finds the 10 files of one export in a folder; a missing table or two export dates refuse the folder. */
export async function openRncpCsvFolder(folder: string): Promise<RncpCsvFolder> {
  const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isFolder) throw new ImportFileError(`${folder} : dossier introuvable (attendu : le dossier de l'export CSV RNCP, export_fiches_CSV_*.csv)`);
  const found = new Map<string, { name: string; date: string }>();
  const dates = new Set<string>();
  for (const name of await readdir(folder)) {
    // File names carry accents (Compétences, Accès): compare them in one Unicode form whatever the file system did.
    const match = FILE.exec(name.normalize('NFC'));
    if (!match) continue;
    const date = `${match[2]}-${match[3]}-${match[4]}`;
    dates.add(date);
    found.set(match[1]!, { name, date });
  }
  if (dates.size > 1) throw new ImportFileError(`${basename(folder)} : fichiers de plusieurs exports (${[...dates].join(', ')}) dans le même dossier`);
  const missing = (Object.keys(RNCP_CSV_TABLES) as RncpCsvTable[]).filter((t) => !found.has(t));
  if (missing.length) throw new ImportFileError(`${basename(folder)} : table(s) de l'export CSV manquante(s) : ${missing.map((t) => `export_fiches_CSV_${t}_*.csv`).join(', ')}`);
  return {
    folder,
    date: [...dates][0]!,
    path: (table) => join(folder, found.get(table)!.name),
  };
}
