/**
 * The public datasets the platform stands on, with what their licences require us to show:
 * producer, dataset, version or date, licence. Pages and imports both read this one list.
 */
export interface ReferenceSource {
  /** The importer's source name (`npm run cli -- import <id> …`). */
  id: string;
  dataset: { fr: string; en: string };
  producer: string;
  version: string;
  licence: 'Licence Ouverte / Etalab 2.0' | '© Union européenne, réutilisation avec attribution';
  url: string;
}

export const REFERENCE_SOURCES: readonly ReferenceSource[] = [
  { id: 'rome', dataset: { fr: 'Répertoire opérationnel des métiers et des emplois (ROME 4.0)', en: 'ROME 4.0 occupations and skills directory' }, producer: 'France Travail', version: 'v460', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/fr/datasets/repertoire-operationnel-des-metiers-et-des-emplois-rome/' },
  { id: 'rncp', dataset: { fr: 'Répertoire national des certifications professionnelles et Répertoire spécifique', en: 'National register of vocational certifications (RNCP, RS)' }, producer: 'France compétences', version: 'export du 16/08/2026', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/fr/datasets/repertoire-national-des-certifications-professionnelles-et-repertoire-specifique/' },
  { id: 'certif-info', dataset: { fr: 'Certif Info', en: 'Certif Info certifications' }, producer: 'Réseau des Carif-Oref', version: '2026', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/fr/datasets/certif-info/' },
  { id: 'kit-apprentissage', dataset: { fr: 'Kit apprentissage : diplômes (CFD) et fiches RNCP ouvertes à l’apprentissage', en: 'Apprenticeship kit: diploma codes (CFD) and RNCP fiches open to apprenticeship' }, producer: 'France compétences', version: '26/04/2024', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/' },
  { id: 'communes', dataset: { fr: 'Code officiel géographique (communes) et coordonnées', en: 'Official geographic code (communes) with coordinates' }, producer: 'INSEE', version: 'COG 2026', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.insee.fr/fr/information/2560452' },
  { id: 'naf', dataset: { fr: 'Nomenclature d’activités française (NAF rév. 2)', en: 'French classification of activities (NAF rev. 2)' }, producer: 'INSEE', version: 'rév. 2', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.insee.fr/fr/information/2406147' },
  { id: 'nsf', dataset: { fr: 'Nomenclature des spécialités de formation (NSF)', en: 'Training specialities classification (NSF)' }, producer: 'INSEE', version: '1994', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.insee.fr/fr/information/2406159' },
  { id: 'formacode', dataset: { fr: 'Formacode : thésaurus des domaines de formation', en: 'Formacode: training subjects thesaurus' }, producer: 'Centre Inffo', version: 'édition 2003', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.centre-inffo.fr/site-centre-inffo/formacode' },
  { id: 'mef', dataset: { fr: 'Base centrale des nomenclatures : modules élémentaires de formation (MEF)', en: 'Central nomenclatures base: training modules (MEF)' }, producer: 'Ministère de l’Éducation nationale (DEPP)', version: 'table nMef', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://infocentre.pleiade.education.fr/bcn/' },
  { id: 'inserjeunes', dataset: { fr: 'InserJeunes : insertion des jeunes après une formation professionnelle', en: 'InserJeunes: outcomes after vocational training' }, producer: 'DEPP et DARES', version: 'cohortes 2019-2020 à 2022-2023', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/fr/datasets/inserjeunes/' },
  { id: 'onisep', dataset: { fr: 'Idéo : formations initiales et métiers', en: 'Idéo: initial trainings and occupations' }, producer: 'Onisep', version: '2022', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://www.data.gouv.fr/fr/datasets/ideo-formations-initiales-en-france/' },
  { id: 'parcoursup', dataset: { fr: 'Offres de BTS 2024 (attractivité et capacité)', en: 'BTS offers 2024 (demand and capacity)' }, producer: 'Ministère de l’Enseignement supérieur (Parcoursup)', version: '2024', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://data.enseignementsup-recherche.gouv.fr/' },
  { id: 'geo', dataset: { fr: 'Contours des départements et de la région (Admin Express)', en: 'Département and region boundaries (Admin Express)' }, producer: 'IGN', version: '2018', licence: 'Licence Ouverte / Etalab 2.0', url: 'https://geoservices.ign.fr/adminexpress' },
];
