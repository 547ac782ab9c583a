import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificationFingerprint, referenceFingerprint, romeWriters, type Db, type MetierRecord } from '@passerelles/db';

const imports = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed cuts of the real files, by importer folder. */
export const certificationFixture = (folder: 'rncp' | 'certif-info' | 'kit-apprentissage', ...parts: string[]) =>
  join(imports, folder, 'fixtures', ...parts);

const fiche = (romeCode: string, parentCode: string, label: string): MetierRecord => ({
  romeCode, label, parentCode, domainCode: null, definition: null, access: null, ogrCode: null, riasecMajor: null, riasecMinor: null,
  transitionEco: null,
});

/**
 * Real ROME 4.0 fiches (v460 labels) the fixtures' certifications point at: two ROME 3 codes with some of their
 * ROME 4 sub-fiches. Codes of the fixtures not listed here (F1202, H2102…) exercise the « unknown métier » path.
 */
export async function insertFixtureMetiers(db: Db): Promise<void> {
  await romeWriters.metiers(db, [
    fiche('H2301', 'H2301', 'Conducteur / Conductrice de ligne en industrie chimique'),
    fiche('H2302', 'H2301', 'Conducteur / Conductrice de procédé de fabrication en industrie pharmaceutique'),
    fiche('H2303', 'H2301', 'Opérateur / Opératrice de fabrication en industrie pharmaceutique'),
    fiche('H1503', 'H1503', "Technicien / Technicienne de laboratoire d'analyse industrielle"),
    fiche('H1525', 'H1503', 'Technicien / Technicienne de laboratoire de contrôle qualité'),
    fiche('M1805', 'M1805', 'Développeur / Développeuse informatique'),
    fiche('F1201', 'F1201', 'Conducteur / Conductrice de travaux du BTP'),
  ]);
}

/** Everything an import may write, to prove a refused run left the database exactly as it was. */
export async function databaseState(db: Db) {
  return { ...(await referenceFingerprint(db)), ...(await certificationFingerprint(db)) };
}
