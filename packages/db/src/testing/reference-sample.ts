import type { Db } from '../client';
import {
  appellations, certificationMetiers, certificationSuccessions, certifications, metierSkills, metiers, romeDomainesProfessionnels,
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
