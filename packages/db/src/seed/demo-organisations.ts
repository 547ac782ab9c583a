import type { OrganisationType } from '@passerelles/domain';

export interface SeedOrganisation {
  slug: string;
  name: string;
  type: OrganisationType;
  uai?: string;
  siret?: string;
  naf?: string;
  qualiopi?: boolean;
  description?: string;
  /** Invented for the demo (every company, person and invented body); real public establishments are not. */
  isDemo: boolean;
  sites: { label: string; communeCode: string; address?: string }[];
}

const site = (communeCode: string, label = 'Site principal', address?: string) => ({ label, communeCode, address });

/**
 * Members of the demo campus. Public establishments with a UAI are real (names from the DEPP and
 * Parcoursup files); every company and every body without a public identifier is fictional and flagged.
 */
export const demoOrganisations: SeedOrganisation[] = [
  // Real public establishments with bio-industry offers in the data files.
  { slug: 'lycee-senghor-evreux', name: 'Lycée général et technologique Léopold Sédar Senghor', type: 'school', uai: '0271579V', isDemo: false, sites: [site('27229', 'Évreux')] },
  { slug: 'lycee-galilee-franqueville', name: 'Lycée polyvalent Galilée – Lycée des métiers de la chimie et des biotechnologies', type: 'school', uai: '0762911B', isDemo: false, sites: [site('76475', 'Franqueville-Saint-Pierre')] },
  { slug: 'lycee-jean-rostand-caen', name: 'Lycée général et technologique Jean Rostand', type: 'school', uai: '0140017T', isDemo: false, sites: [site('14118', 'Caen')] },
  { slug: 'lycee-schuman-perret-le-havre', name: 'Lycée polyvalent Schuman-Perret – Lycée des métiers de l’habitat, des sciences et de l’industrie', type: 'school', uai: '0760058A', isDemo: false, sites: [site('76351', 'Le Havre')] },
  { slug: 'cfa-agricole-seine-maritime', name: 'Centre de formation d’apprentis agricole de Seine-Maritime', type: 'school', uai: '0762652V', isDemo: false, sites: [site('76758', 'Yvetot')] },
  { slug: 'cfa-saint-lo-there', name: 'CFA Saint-Lô Thère', type: 'school', uai: '0501899T', isDemo: false, sites: [site('50502', 'Saint-Lô')] },
  // Fictional training bodies of the demo network.
  { slug: 'lycee-pro-bio-industries-val-de-reuil', name: 'Lycée professionnel des bio-industries de Val-de-Reuil', type: 'school', isDemo: true, description: 'Bac pro PIPAC et Bio-industries de transformation.', sites: [site('27701', 'Val-de-Reuil')] },
  { slug: 'lycee-pro-vernon', name: 'Lycée professionnel Vallée de Seine', type: 'school', isDemo: true, description: 'Bac pro PIPAC, CAP employé technique de laboratoire.', sites: [site('27681', 'Vernon')] },
  { slug: 'cfa-industrie-pharmaceutique-normandie', name: 'CFA des industries pharmaceutiques de Normandie', type: 'training_organisation', qualiopi: true, isDemo: true, sites: [site('27701', 'Val-de-Reuil'), site('76540', 'Rouen')] },
  { slug: 'iut-evreux', name: 'IUT d’Évreux – département Génie biologique', type: 'higher_education', isDemo: true, description: 'BUT Génie biologique.', sites: [site('27229', 'Évreux')] },
  { slug: 'universite-normandie-sciences', name: 'Université de Normandie – UFR Sciences et techniques', type: 'higher_education', isDemo: true, description: 'Licence pro bio-industries, masters biopharmacie et biotests.', sites: [site('76451', 'Mont-Saint-Aignan'), site('27229', 'Évreux')] },
  { slug: 'ecole-ingenieurs-sciences-vivant', name: 'École d’ingénieurs en technologies du vivant', type: 'higher_education', isDemo: true, description: 'Cycle ingénieur par apprentissage.', sites: [site('76575', 'Saint-Étienne-du-Rouvray')] },
  { slug: 'greta-eure', name: 'GRETA de l’Eure', type: 'training_organisation', qualiopi: true, isDemo: true, sites: [site('27229', 'Évreux'), site('27375', 'Louviers')] },
  { slug: 'centre-formation-continue-sante', name: 'Centre de formation continue des industries de santé', type: 'training_organisation', qualiopi: true, isDemo: true, description: 'CQP de l’industrie pharmaceutique, BPF, procédés aseptiques, accompagnement VAE.', sites: [site('27701', 'Val-de-Reuil')] },
  { slug: 'organisme-vae-normandie', name: 'Point relais VAE Normandie', type: 'training_organisation', qualiopi: true, isDemo: true, sites: [site('76540', 'Rouen')] },
  // Platforms, labs, clusters (fictional names for the demo).
  { slug: 'pft-securite-sanitaire', name: 'Plateforme technologique Sécurité sanitaire', type: 'technology_platform', isDemo: true, description: 'Évaluation des risques sanitaires des produits de santé, cosmétiques, agroalimentaires et emballages.', sites: [site('27229', 'Évreux')] },
  { slug: 'labo-microbiologie', name: 'Laboratoire de microbiologie appliquée', type: 'research_lab', isDemo: true, sites: [site('76451', 'Mont-Saint-Aignan')] },
  { slug: 'labo-bioproduction', name: 'Laboratoire de bioprocédés et bioproduction', type: 'research_lab', isDemo: true, sites: [site('76575', 'Saint-Étienne-du-Rouvray')] },
  { slug: 'crt-actifs', name: 'Centre de transfert des actifs cosmétiques et pharmaceutiques', type: 'technology_platform', isDemo: true, sites: [site('76540', 'Rouen')] },
  { slug: 'technopole-cbs', name: 'Technopole Chimie Biologie Santé', type: 'cluster', isDemo: true, sites: [site('76540', 'Rouen')] },
  { slug: 'pole-cosmetique', name: 'Pôle de compétitivité de la cosmétique', type: 'cluster', isDemo: true, sites: [site('27229', 'Évreux')] },
  { slug: 'region-normandie-formation', name: 'Service formation de la Région', type: 'institution', isDemo: true, sites: [site('14118', 'Caen')] },
  { slug: 'rectorat-normandie', name: 'Délégation académique à la formation professionnelle', type: 'institution', isDemo: true, sites: [site('76540', 'Rouen')] },
  // Fictional companies.
  { slug: 'injectables-val-de-reuil', name: 'Stérilis Injectables', type: 'company', naf: '21.20Z', isDemo: true, description: 'Injectables stériles, 650 salariés.', sites: [site('27701', 'Val-de-Reuil')] },
  { slug: 'vaccins-normandie', name: 'Normavax', type: 'company', naf: '21.20Z', isDemo: true, description: 'Production de vaccins, 900 salariés.', sites: [site('27701', 'Val-de-Reuil')] },
  { slug: 'formes-orales-evreux', name: 'Laboratoires Ébroïciens', type: 'company', naf: '21.20Z', isDemo: true, description: 'Formes orales sèches, 420 salariés.', sites: [site('27229', 'Évreux')] },
  { slug: 'pharma-louviers', name: 'Louviers Pharma Industrie', type: 'company', naf: '21.20Z', isDemo: true, description: 'Sous-traitance pharmaceutique (CDMO), 300 salariés.', sites: [site('27375', 'Louviers')] },
  { slug: 'cosmetiques-vernon', name: 'Seine Cosmétiques', type: 'company', naf: '20.42Z', isDemo: true, description: 'Fabrication de cosmétiques, 250 salariés.', sites: [site('27681', 'Vernon')] },
  { slug: 'parfums-pacy', name: 'Atelier des Senteurs de l’Eure', type: 'company', naf: '20.42Z', isDemo: true, description: 'Parfums et soins, 80 salariés.', sites: [site('27448', 'Pacy-sur-Eure')] },
  { slug: 'chimie-fine-rouen', name: 'Chimie Fine de la Vallée', type: 'company', naf: '20.14Z', isDemo: true, description: 'Synthèse chimique de principes actifs, site en restructuration, 380 salariés.', sites: [site('76498', 'Le Petit-Quevilly')] },
  { slug: 'biotech-agro-yvetot', name: 'Ferments du Pays de Caux', type: 'company', naf: '10.89Z', isDemo: true, description: 'Biotechnologies agroalimentaires (ferments), 120 salariés.', sites: [site('76758', 'Yvetot')] },
  { slug: 'labo-analyses-evreux', name: 'Bioanalyse Normandie', type: 'company', naf: '71.20B', isDemo: true, description: 'Laboratoire d’analyses et de contrôle, 60 salariés.', sites: [site('27229', 'Évreux')] },
  { slug: 'labo-controle-rouen', name: 'Contrôle Qualité Santé', type: 'company', naf: '71.20B', isDemo: true, description: 'Laboratoire de contrôle microbiologique, 45 salariés.', sites: [site('76540', 'Rouen')] },
  { slug: 'sterile-le-trait', name: 'Aseptique du Trait', type: 'company', naf: '21.20Z', isDemo: true, description: 'Injectables stériles, 500 salariés.', sites: [site('76709', 'Le Trait')] },
  { slug: 'dispositifs-gaillon', name: 'Gaillon Dispositifs Médicaux', type: 'company', naf: '32.50A', isDemo: true, description: 'Dispositifs médicaux stériles, 150 salariés.', sites: [site('27275', 'Gaillon')] },
  { slug: 'emballages-pont-audemer', name: 'Emballages Pharma Risle', type: 'company', naf: '22.22Z', isDemo: true, description: 'Emballages pour l’industrie pharmaceutique, 200 salariés.', sites: [site('27467', 'Pont-Audemer')] },
  { slug: 'nutraceutique-caen', name: 'Nutrition Santé Calvados', type: 'company', naf: '10.86Z', isDemo: true, description: 'Compléments alimentaires, 90 salariés.', sites: [site('14327', 'Hérouville-Saint-Clair')] },
  { slug: 'bioproduction-elbeuf', name: 'Biocultures Elbeuf', type: 'company', naf: '21.10Z', isDemo: true, description: 'Bioproduction de principes actifs, 230 salariés.', sites: [site('76231', 'Elbeuf')] },
];
