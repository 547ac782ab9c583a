import type { Db } from '../client';
import {
  appellations, certificationMetiers, certificationSuccessions, certifications, communes, metierSkills, metiers, romeDomainesProfessionnels,
  romeGrandsDomaines, skillBlocks, skills,
} from '../schema/index';
import { refreshMetierSearch } from '../repositories/metiers.repository';

/**
 * A few real ROME 4.0 fiches (labels as published by France Travail, v460) for API tests that need
 * métiers without running an importer. Skills are a small real subset, not the full fiches.
 */
export async function insertRomeSample(db: Db): Promise<void> {
  await db.insert(romeGrandsDomaines).values([{ code: 'H', label: 'Industrie' }]);
  await db.insert(romeDomainesProfessionnels).values([{ code: 'H23', label: 'Chimie et pharmacie', grandDomaineCode: 'H' }]);
  await db.insert(metiers).values([
    { romeCode: 'H2301', label: 'Conducteur / Conductrice de ligne en industrie chimique', parentCode: 'H2301', domainCode: 'H23' },
    { romeCode: 'H2302', label: 'Conducteur / Conductrice de procédé de fabrication en industrie pharmaceutique', parentCode: 'H2301', domainCode: 'H23' },
    { romeCode: 'H2303', label: 'Opérateur / Opératrice de fabrication en industrie pharmaceutique', parentCode: 'H2301', domainCode: 'H23', definition: 'Supervise et exécute les étapes de production des médicaments.' },
    { romeCode: 'H2304', label: 'Opérateur / Opératrice de fabrication des industries chimiques', parentCode: 'H2301', domainCode: 'H23' },
  ]);
  await db.insert(appellations).values([
    { code: '17090', romeCode: 'H2303', label: 'Opérateur / Opératrice de fabrication en industrie pharmaceutique', isPrincipal: true },
    { code: '17342', romeCode: 'H2303', label: 'Opérateur / Opératrice technique de production en industrie pharmaceutique' },
    { code: '18021', romeCode: 'H2303', label: 'Préparateur / Préparatrice d’effervescents en industrie pharmaceutique' },
    { code: '11913', romeCode: 'H2301', label: 'Conducteur / Conductrice de ligne de fabrication en chimie' },
  ]);
  await db.insert(skills).values([
    { ogrCode: '100001', label: 'Appliquer les Bonnes Pratiques de Fabrication (BPF)', kind: 'savoir_faire', macroCode: 'M1', macroLabel: 'Respecter les règles de production' },
    { ogrCode: '100002', label: 'Conduire une installation de production', kind: 'savoir_faire', macroCode: 'M2', macroLabel: 'Piloter la production' },
    { ogrCode: '100003', label: 'Travailler en équipe', kind: 'savoir_etre' },
    { ogrCode: '100004', label: 'Bonnes Pratiques de Fabrication (BPF)', kind: 'savoir', category: 'Normes et procédés' },
  ]);
  await db.insert(metierSkills).values([
    { romeCode: 'H2303', ogrCode: '100001', isCore: true },
    { romeCode: 'H2303', ogrCode: '100003' },
    { romeCode: 'H2303', ogrCode: '100004' },
    { romeCode: 'H2304', ogrCode: '100002', isCore: true },
    { romeCode: 'H2304', ogrCode: '100003' },
  ]);
  await refreshMetierSearch(db);
}

/** Two real certifications of the chain (Bac pro PIPAC replaced Bac pro Bio-industries de transformation). */
export async function insertCertificationSample(db: Db): Promise<void> {
  await db.insert(certifications).values([
    { code: 'RNCP37699', register: 'RNCP', title: 'Production en industries pharmaceutiques, alimentaires et cosmétiques', level: 4, type: 'BAC PRO', isActive: true, dataSource: 'rncp' },
    { code: 'RNCP7586', register: 'RNCP', title: 'Bio-industries de transformation', level: 4, type: 'BAC PRO', isActive: false, dataSource: 'rncp' },
    { code: 'RNCP38884', register: 'RNCP', title: 'Bioanalyses en laboratoire de contrôle', level: 5, type: 'BTS', isActive: true, dataSource: 'rncp' },
  ]);
  await db.insert(skillBlocks).values([
    { code: 'RNCP37699BC01', certificationCode: 'RNCP37699', label: 'Conduite d’une production', skillList: ['Préparer la production', 'Conduire la production en respectant les BPF'], isCampusData: true },
  ]);
  await db.insert(certificationMetiers).values([{ certificationCode: 'RNCP37699', romeCode: 'H2303', origin: 'campus' }]);
  await db.insert(certificationSuccessions).values([{ previousCode: 'RNCP7586', nextCode: 'RNCP37699', origin: 'campus' }]);
}

/** Real communes of the demo territory (INSEE COG 2026, coordinates of the commune file). */
const TERRITORY_COMMUNES = [
  { inseeCode: '27229', name: 'Évreux', departement: '27', latitude: 49.02015421, longitude: 1.14164412464 },
  { inseeCode: '27701', name: 'Val-de-Reuil', departement: '27', latitude: 49.261335704, longitude: 1.21147195365 },
  { inseeCode: '27681', name: 'Vernon', departement: '27', latitude: 49.0879728821, longitude: 1.48501282787 },
  { inseeCode: '27375', name: 'Louviers', departement: '27', latitude: 49.2206099164, longitude: 1.15340030158 },
  { inseeCode: '76540', name: 'Rouen', departement: '76', latitude: 49.4413460103, longitude: 1.09256784278 },
  { inseeCode: '76451', name: 'Mont-Saint-Aignan', departement: '76', latitude: 49.4676577166, longitude: 1.08169720921 },
  { inseeCode: '76475', name: 'Franqueville-Saint-Pierre', departement: '76', latitude: 49.4038906151, longitude: 1.18265367249 },
  { inseeCode: '76575', name: 'Saint-Étienne-du-Rouvray', departement: '76', latitude: 49.3814944369, longitude: 1.08976892912 },
  { inseeCode: '76758', name: 'Yvetot', departement: '76', latitude: 49.6175135557, longitude: 0.761699633531 },
  { inseeCode: '76351', name: 'Le Havre', departement: '76', latitude: 49.498452502, longitude: 0.140153719153 },
  { inseeCode: '14118', name: 'Caen', departement: '14', latitude: 49.1847936737, longitude: -0.369801713036 },
  { inseeCode: '50502', name: 'Saint-Lô', departement: '50', latitude: 49.1099624249, longitude: -1.07755642702 },
  // A real commune without coordinates in the file: no distance can be measured from it.
  { inseeCode: '76095', name: 'Bihorel', departement: '76', latitude: null, longitude: null },
];

/** The communes of the demo campus's sites and a few around, for tests that measure distances. */
export async function insertTerritoryCommunes(db: Db): Promise<void> {
  await db.insert(communes).values(TERRITORY_COMMUNES.map((c) => ({ ...c, region: '28' })));
}
