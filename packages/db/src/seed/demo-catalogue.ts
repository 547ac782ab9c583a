import type { Funding, Modality } from '@passerelles/domain';

/** When a session starts: the next school year (`rentree`, 1 September) or a number of days after the seed date. */
export type SeedStart = { rentree: true } | { inDays: number };

export interface SeedSession {
  /** Label of one of the organisation's sites; its first site when absent. */
  site?: string;
  modality: Modality;
  start: SeedStart;
  /** Length in days from start to end. */
  lengthDays: number;
  durationHours: number | null;
  priceEur?: number;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
}

export interface SeedTraining {
  /** Stable key, unique per organisation: kept in `external_id` so a second seed updates rather than duplicates. */
  key: string;
  organisation: string;
  /** Certification codes in order of preference; the first one present in the database is used, none: no link. */
  certifications: string[];
  title: string;
  objective: string;
  content?: string;
  expectedResults?: string;
  entryLevel: number | null;
  entryRequirements: string;
  formacodes: string[];
  contact: { label: string; email?: string; phone?: string; url?: string };
  isDemo: boolean;
  sessions: SeedSession[];
}

const REAL_SCHOOL_CONTACT = { label: 'Secrétariat de l’établissement (voir le site Parcoursup)' };
const rentree = { rentree: true } as const;
const days = (n: number) => ({ inDays: n });
/** `count` sessions every `every` days from day `from`. */
const series = (count: number, from: number, every: number, make: (start: SeedStart, i: number) => SeedSession): SeedSession[] =>
  Array.from({ length: count }, (_, i) => make(days(from + i * every), i));

// BTS Bioanalyses et contrôles: CFD 32022207 (RNCP2705 in the 2024 files), replaced by BTS Bioanalyses en laboratoire
// de contrôle (RNCP38884); a database with either finds it.
const BTS_BIOANALYSES = ['RNCP38884', 'RNCP2705'];
const BTS_BIOTECHNOLOGIE = ['RNCP38883', 'RNCP1033'];
const BAC_PRO_PIPAC = ['RNCP37699'];
const BUT_GB = ['RNCP35368'];
const LP_BIO_INDUSTRIES = ['RNCP30047'];
// Master Biotechnologies (RNCP34037 in the Kit apprentissage).
const MASTER_BIOTECHNOLOGIES = ['RNCP34037'];
const BTS_CHIMIE = ['RNCP38382'];
const BTSA_ANABIOTEC = ['RNCP36772'];
const BTSA_BIOQUALIM = ['RNCP36937'];
const CAP_ETL = ['RNCP570'];

/**
 * Real 2024 BTS offers of the seeded Normandy members, from `parcoursup/BTS_attractivite_capacite_2024.csv`
 * (MESR / Parcoursup, Licence Ouverte): establishment (UAI), BTS, route and capacity (CAPACITEPSUP). Only these facts
 * are real; the start date is the next school year. Seats left are not published, so they stay unknown.
 * Three other UAI of the file with bio BTS (0761315S, 0500060U, 0141991N) are not members of the demo network.
 */
const realBtsOffers: SeedTraining[] = [
  { key: 'bts-bioac', organisation: 'lycee-senghor-evreux', uai: '0271579V', cert: BTS_BIOANALYSES, title: 'BTS Bioanalyses et contrôles', modality: 'initial_scolaire', capacity: 30 },
  { key: 'bts-bioac', organisation: 'lycee-galilee-franqueville', uai: '0762911B', cert: BTS_BIOANALYSES, title: 'BTS Bioanalyses et contrôles', modality: 'initial_scolaire', capacity: 30 },
  { key: 'bts-bioac', organisation: 'lycee-jean-rostand-caen', uai: '0140017T', cert: BTS_BIOANALYSES, title: 'BTS Bioanalyses et contrôles', modality: 'initial_scolaire', capacity: 30 },
  { key: 'bts-chimie', organisation: 'lycee-schuman-perret-le-havre', uai: '0760058A', cert: BTS_CHIMIE, title: 'BTS Métiers de la chimie', modality: 'initial_scolaire', capacity: 30 },
  { key: 'btsa-anabiotec', organisation: 'cfa-agricole-seine-maritime', uai: '0762652V', cert: BTSA_ANABIOTEC, title: 'BTSA Analyses biologiques, biotechnologiques, agricoles et environnementales (ANABIOTEC) en apprentissage', modality: 'apprentissage', capacity: 28 },
  { key: 'btsa-bioqualim', organisation: 'cfa-agricole-seine-maritime', uai: '0762652V', cert: BTSA_BIOQUALIM, title: 'BTSA Qualité, alimentation, innovation et maîtrise sanitaire (BioQUALIM) – aliments et processus technologiques, en apprentissage', modality: 'apprentissage', capacity: 20 },
  { key: 'btsa-anabiotec', organisation: 'cfa-saint-lo-there', uai: '0501899T', cert: BTSA_ANABIOTEC, title: 'BTSA Analyses biologiques, biotechnologiques, agricoles et environnementales (ANABIOTEC) en apprentissage', modality: 'apprentissage', capacity: 5 },
  { key: 'btsa-bioqualim-aliments', organisation: 'cfa-saint-lo-there', uai: '0501899T', cert: BTSA_BIOQUALIM, title: 'BTSA Qualité, alimentation, innovation et maîtrise sanitaire (BioQUALIM) – aliments et processus technologiques, en apprentissage', modality: 'apprentissage', capacity: 16 },
  { key: 'btsa-bioqualim-laitiers', organisation: 'cfa-saint-lo-there', uai: '0501899T', cert: BTSA_BIOQUALIM, title: 'BTSA Qualité, alimentation, innovation et maîtrise sanitaire (BioQUALIM) – produits laitiers, en apprentissage', modality: 'apprentissage', capacity: 16 },
].map((o) => ({
  key: o.key,
  organisation: o.organisation,
  certifications: o.cert,
  title: o.title,
  objective: `Préparer en deux ans le ${o.title.split(' (')[0]!.split(' –')[0]!}, diplôme de niveau 5 (bac + 2).`,
  entryLevel: 4,
  entryRequirements: 'Baccalauréat (général, technologique STL / STAV ou professionnel), candidature sur Parcoursup.',
  formacodes: [],
  contact: REAL_SCHOOL_CONTACT,
  isDemo: false,
  sessions: [{ modality: o.modality as Modality, start: rentree, lengthDays: 660, durationHours: null, fundings: o.modality === 'apprentissage' ? ['opco'] : [], capacity: o.capacity, seatsLeft: null }],
}));

const contact = (service: string, domain: string, phone: string) => ({
  label: service,
  email: `formation@${domain}.example`,
  phone,
  url: `https://${domain}.example/formations`,
});

/** Fictional offers of the demo network (flagged `is_demo`), dates relative to the seed date. */
const demoOffers: SeedTraining[] = [
  {
    key: 'bac-pro-pipac', organisation: 'lycee-pro-bio-industries-val-de-reuil', certifications: BAC_PRO_PIPAC,
    title: 'Bac pro Production en industries pharmaceutiques, alimentaires et cosmétiques (PIPAC)',
    objective: 'Former des conducteurs de ligne et opérateurs de production qui appliquent les bonnes pratiques de fabrication.',
    content: 'Conduite de procédés, hygiène et BPF, qualité, maintenance de premier niveau, 22 semaines en entreprise.',
    entryLevel: 3, entryRequirements: 'Après la 3e ou un CAP du secteur.', formacodes: ['31734'],
    contact: contact('Secrétariat des formations', 'lp-bio-val-de-reuil', '02 32 00 10 10'), isDemo: true,
    sessions: [
      { modality: 'initial_scolaire', start: rentree, lengthDays: 1030, durationHours: null, fundings: [], capacity: 24, seatsLeft: 6 },
      { modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 12, seatsLeft: 4 },
    ],
  },
  {
    key: 'bac-pro-pipac', organisation: 'lycee-pro-vernon', certifications: BAC_PRO_PIPAC,
    title: 'Bac pro Production en industries pharmaceutiques, alimentaires et cosmétiques (PIPAC)',
    objective: 'Préparer aux métiers de la production cosmétique et pharmaceutique de la vallée de Seine.',
    entryLevel: 3, entryRequirements: 'Après la 3e.', formacodes: ['31734'],
    contact: contact('Vie scolaire – formations', 'lp-vernon', '02 32 00 20 20'), isDemo: true,
    sessions: [{ modality: 'initial_scolaire', start: rentree, lengthDays: 1030, durationHours: null, fundings: [], capacity: 15, seatsLeft: 3 }],
  },
  {
    key: 'cap-etl', organisation: 'lycee-pro-vernon', certifications: CAP_ETL,
    title: 'CAP Employé technique de laboratoire',
    objective: 'Préparer, ranger et entretenir le matériel et les milieux d’un laboratoire de contrôle.',
    entryLevel: null, entryRequirements: 'Après la 3e.', formacodes: [],
    contact: contact('Vie scolaire – formations', 'lp-vernon', '02 32 00 20 20'), isDemo: true,
    sessions: [{ modality: 'initial_scolaire', start: rentree, lengthDays: 660, durationHours: null, fundings: [], capacity: 12, seatsLeft: 5 }],
  },
  {
    key: 'bac-pro-pipac-app', organisation: 'cfa-industrie-pharmaceutique-normandie', certifications: BAC_PRO_PIPAC,
    title: 'Bac pro PIPAC en apprentissage – industries pharmaceutiques',
    objective: 'Devenir conducteur ou conductrice de ligne en industrie pharmaceutique en alternance.',
    entryLevel: 3, entryRequirements: 'Après une seconde ou un CAP ; contrat d’apprentissage signé avec une entreprise.', formacodes: ['31734'],
    contact: contact('Service relations entreprises', 'cfa-pharma-normandie', '02 32 00 30 30'), isDemo: true,
    sessions: [
      { site: 'Val-de-Reuil', modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 16, seatsLeft: 7 },
      { site: 'Rouen', modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 12, seatsLeft: 2 },
    ],
  },
  {
    key: 'bts-bioac-app', organisation: 'cfa-industrie-pharmaceutique-normandie', certifications: BTS_BIOANALYSES,
    title: 'BTS Bioanalyses en laboratoire de contrôle en apprentissage',
    objective: 'Réaliser les analyses microbiologiques et biochimiques du contrôle qualité pharmaceutique.',
    entryLevel: 4, entryRequirements: 'Baccalauréat STL, général à dominante scientifique ou bac pro du secteur ; contrat d’apprentissage.', formacodes: ['11252'],
    contact: contact('Service relations entreprises', 'cfa-pharma-normandie', '02 32 00 30 30'), isDemo: true,
    sessions: [
      { site: 'Val-de-Reuil', modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 18, seatsLeft: 5 },
      { site: 'Rouen', modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 14, seatsLeft: 9 },
    ],
  },
  {
    key: 'bts-biotech-app', organisation: 'cfa-industrie-pharmaceutique-normandie', certifications: BTS_BIOTECHNOLOGIE,
    title: 'BTS Biotechnologies en recherche et en production en apprentissage',
    objective: 'Conduire des procédés de bioproduction et des manipulations de biologie moléculaire et cellulaire.',
    entryLevel: 4, entryRequirements: 'Baccalauréat STL ou général à dominante scientifique ; contrat d’apprentissage.', formacodes: ['11281'],
    contact: contact('Service relations entreprises', 'cfa-pharma-normandie', '02 32 00 30 30'), isDemo: true,
    sessions: [{ site: 'Rouen', modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1350, fundings: ['opco'], capacity: 14, seatsLeft: 6 }],
  },
  {
    key: 'cqp-bioproduction', organisation: 'cfa-industrie-pharmaceutique-normandie', certifications: [],
    title: 'CQP Conduite de procédé de fabrication en bioproduction',
    objective: 'Conduire les étapes de culture, de purification et de répartition aseptique d’un procédé de bioproduction.',
    entryLevel: 4, entryRequirements: 'Niveau bac ou expérience en production ; contrat de professionnalisation ou plan de développement des compétences.', formacodes: ['11281'],
    contact: contact('Service relations entreprises', 'cfa-pharma-normandie', '02 32 00 30 30'), isDemo: true,
    sessions: series(4, 40, 90, (start, i) => ({ site: i % 2 ? 'Rouen' : 'Val-de-Reuil', modality: i % 2 ? 'formation_continue' : 'contrat_pro', start, lengthDays: 300, durationHours: 420, priceEur: 9800, fundings: ['opco', 'employer'], capacity: 12, seatsLeft: 12 - 3 * i })),
  },
  {
    key: 'but-gb', organisation: 'iut-evreux', certifications: BUT_GB,
    title: 'BUT Génie biologique – parcours Sciences de l’aliment et biotechnologie',
    objective: 'Former en trois ans des techniciens supérieurs des laboratoires et de la production des bio-industries.',
    entryLevel: 4, entryRequirements: 'Baccalauréat général (spécialités scientifiques) ou STL ; candidature sur Parcoursup.', formacodes: ['11281'],
    contact: contact('Scolarité du département Génie biologique', 'iut-evreux', '02 32 00 40 40'), isDemo: true,
    sessions: [
      { modality: 'initial_etudiant', start: rentree, lengthDays: 1030, durationHours: 2000, fundings: [], capacity: 84, seatsLeft: 20 },
      { modality: 'apprentissage', start: rentree, lengthDays: 670, durationHours: 1200, fundings: ['opco'], capacity: 24, seatsLeft: 10 },
    ],
  },
  {
    key: 'lp-bio-industries', organisation: 'universite-normandie-sciences', certifications: LP_BIO_INDUSTRIES,
    title: 'Licence professionnelle Bio-industries et biotechnologies',
    objective: 'Encadrer une équipe de production ou de contrôle dans les bio-industries, en alternance.',
    entryLevel: 5, entryRequirements: 'BTS, BUT (2 ans) ou L2 de biologie ; VAP possible.', formacodes: ['11281'],
    contact: contact('Service de la formation continue et de l’alternance', 'univ-normandie', '02 32 00 50 50'), isDemo: true,
    sessions: [
      { site: 'Évreux', modality: 'apprentissage', start: rentree, lengthDays: 360, durationHours: 560, fundings: ['opco'], capacity: 24, seatsLeft: 8 },
      { site: 'Évreux', modality: 'formation_continue', start: rentree, lengthDays: 360, durationHours: 560, priceEur: 6500, fundings: ['cpf', 'opco', 'france_travail'], capacity: 4, seatsLeft: 2 },
    ],
  },
  ...(['biopharmacie', 'biotests'] as const).map((parcours): SeedTraining => ({
    key: `master-${parcours}`, organisation: 'universite-normandie-sciences', certifications: MASTER_BIOTECHNOLOGIES,
    title: `Master Biotechnologies – parcours ${parcours === 'biopharmacie' ? 'Biopharmacie et bioproduction' : 'Biotests et sécurité sanitaire'}`,
    objective: parcours === 'biopharmacie'
      ? 'Concevoir et piloter la production de biomédicaments dans le respect des BPF.'
      : 'Évaluer l’innocuité et l’efficacité des produits de santé et cosmétiques par des biotests.',
    entryLevel: 6, entryRequirements: 'Licence de biologie, biochimie ou équivalent ; candidature sur Mon Master.', formacodes: ['11281'],
    contact: contact('Scolarité du master', 'univ-normandie', '02 32 00 50 51'), isDemo: true,
    sessions: [
      { site: 'Mont-Saint-Aignan', modality: 'initial_etudiant', start: rentree, lengthDays: 660, durationHours: 900, fundings: [], capacity: 20, seatsLeft: 4 },
      { site: 'Mont-Saint-Aignan', modality: 'apprentissage', start: rentree, lengthDays: 660, durationHours: 900, fundings: ['opco'], capacity: 10, seatsLeft: 3 },
      { site: 'Mont-Saint-Aignan', modality: 'formation_continue', start: rentree, lengthDays: 660, durationHours: 900, priceEur: 8900, fundings: ['cpf', 'opco', 'region'], capacity: 3, seatsLeft: 1 },
    ],
  })),
  {
    key: 'ingenieur-vivant', organisation: 'ecole-ingenieurs-sciences-vivant', certifications: [],
    title: 'Cycle ingénieur Technologies du vivant par apprentissage',
    objective: 'Former en trois ans des ingénieurs de production et de procédés des industries de santé.',
    entryLevel: 5, entryRequirements: 'BUT, BTS + classe prépa ATS ou L2 ; contrat d’apprentissage de trois ans.', formacodes: ['11281'],
    contact: contact('Direction des études', 'ecole-ingenieurs-vivant', '02 32 00 60 60'), isDemo: true,
    sessions: [{ modality: 'apprentissage', start: rentree, lengthDays: 1030, durationHours: 1800, fundings: ['opco'], capacity: 32, seatsLeft: 11 }],
  },
  // Continuing education: short funded modules for operators (Karim's and Sophie's journeys).
  {
    key: 'bpf-fondamentaux', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Bonnes pratiques de fabrication (BPF / GMP) : les fondamentaux',
    objective: 'Connaître les exigences des BPF européennes et les appliquer à son poste de production ou de contrôle.',
    entryLevel: null, entryRequirements: 'Aucun prérequis ; salariés ou demandeurs d’emploi visant la production pharmaceutique.', formacodes: ['31734'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(12, 10, 30, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 1, durationHours: 14, priceEur: 850, fundings: ['opco', 'employer', 'france_travail'], capacity: 12, seatsLeft: (i * 5) % 13 })),
  },
  {
    key: 'bpf-recyclage', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Recyclage BPF avant inspection',
    objective: 'Mettre à jour ses connaissances des BPF et préparer une inspection de l’ANSM.',
    entryLevel: null, entryRequirements: 'Salariés exerçant en zone de production ou de contrôle pharmaceutique.', formacodes: ['31734'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(24, 7, 15, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 0, durationHours: 7, priceEur: 420, fundings: ['opco', 'employer'], capacity: 14, seatsLeft: (i * 3) % 15 })),
  },
  {
    key: 'procedes-aseptiques', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Procédés aseptiques et répartition stérile',
    objective: 'Maîtriser le travail en zone à atmosphère contrôlée, les remplissages aseptiques et les media fill.',
    entryLevel: null, entryRequirements: 'Expérience en production ; aptitude médicale au travail en zone classée.', formacodes: ['31734'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(10, 20, 36, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 2, durationHours: 21, priceEur: 1450, fundings: ['opco', 'employer'], capacity: 10, seatsLeft: (i * 7) % 11 })),
  },
  {
    key: 'habillage-zac', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Habillage et comportement en zone à atmosphère contrôlée (ZAC)',
    objective: 'Réussir la qualification d’habillage stérile et adopter les comportements de la classe A/B.',
    entryLevel: null, entryRequirements: 'Aucun prérequis.', formacodes: ['31734'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(24, 3, 15, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 0, durationHours: 7, priceEur: 390, fundings: i % 3 === 0 ? ['cpf', 'opco'] : ['opco', 'employer'], capacity: 8, seatsLeft: (i * 5) % 9 })),
  },
  {
    key: 'microbiologie-zac', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Contrôle microbiologique de l’environnement en industrie pharmaceutique',
    objective: 'Réaliser les prélèvements d’air, de surfaces et de personnel et interpréter les résultats.',
    entryLevel: 4, entryRequirements: 'Technicien de laboratoire ou de production.', formacodes: ['11252'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(10, 25, 36, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 1, durationHours: 14, priceEur: 980, fundings: ['cpf', 'opco'], capacity: 10, seatsLeft: (i * 4) % 11 })),
  },
  {
    key: 'integrite-donnees', organisation: 'centre-formation-continue-sante', certifications: [],
    title: 'Intégrité des données au laboratoire de contrôle qualité',
    objective: 'Appliquer les principes ALCOA+ aux enregistrements papier et informatisés.',
    entryLevel: 4, entryRequirements: 'Personnel de laboratoire ou d’assurance qualité.', formacodes: ['31734'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(8, 30, 45, (start, i) => ({ modality: 'formation_continue', start, lengthDays: 0, durationHours: 7, priceEur: 520, fundings: ['opco', 'employer'], capacity: 12, seatsLeft: (i * 5) % 13 })),
  },
  {
    key: 'vae-bts-bioac', organisation: 'centre-formation-continue-sante', certifications: BTS_BIOANALYSES,
    title: 'Accompagnement VAE – BTS Bioanalyses en laboratoire de contrôle',
    objective: 'Faire reconnaître son expérience de technicien de laboratoire par le BTS, avec un accompagnement au dossier et au jury.',
    entryLevel: null, entryRequirements: 'Un an d’expérience en rapport avec le diplôme.', formacodes: ['11252'],
    contact: contact('Accueil formation continue', 'cfc-sante', '02 32 00 70 70'), isDemo: true,
    sessions: series(4, 15, 90, (start) => ({ modality: 'vae', start, lengthDays: 240, durationHours: 24, priceEur: 1800, fundings: ['cpf', 'opco', 'region'], capacity: 8, seatsLeft: 5 })),
  },
  {
    key: 'vae-pipac', organisation: 'organisme-vae-normandie', certifications: BAC_PRO_PIPAC,
    title: 'Accompagnement VAE – Bac pro PIPAC',
    objective: 'Valider l’expérience d’opérateur de production par le Bac pro PIPAC.',
    entryLevel: null, entryRequirements: 'Un an d’expérience en production.', formacodes: ['31734'],
    contact: contact('Conseil VAE', 'relais-vae-normandie', '02 35 00 80 80'), isDemo: true,
    sessions: series(6, 12, 60, (start) => ({ modality: 'vae', start, lengthDays: 240, durationHours: 20, priceEur: 1500, fundings: ['cpf', 'region', 'france_travail'], capacity: 10, seatsLeft: 6 })),
  },
  // GRETA: qualification paths for job seekers, funded by the Région and France Travail.
  {
    key: 'pipac-adultes', organisation: 'greta-eure', certifications: BAC_PRO_PIPAC,
    title: 'Bac pro PIPAC pour adultes – conducteur de ligne pharmaceutique',
    objective: 'Se reconvertir vers la production pharmaceutique et obtenir le Bac pro en dix mois.',
    entryLevel: 3, entryRequirements: 'Niveau 3e ou CAP ; tests et entretien de positionnement.', formacodes: ['31734'],
    contact: contact('Conseil en formation', 'greta-eure', '02 32 00 90 90'), isDemo: true,
    sessions: series(4, 35, 90, (start, i) => ({ site: i % 2 ? 'Louviers' : 'Évreux', modality: 'formation_continue', start, lengthDays: 300, durationHours: 1050, priceEur: 11500, fundings: ['region', 'france_travail', 'cpf'], capacity: 14, seatsLeft: 14 - 2 * i })),
  },
  {
    key: 'agent-fabrication', organisation: 'greta-eure', certifications: [],
    title: 'Agent de fabrication en industrie pharmaceutique et cosmétique',
    objective: 'Découvrir les métiers de la production, acquérir les bases des BPF et de l’hygiène et préparer un emploi.',
    entryLevel: null, entryRequirements: 'Demandeurs d’emploi ; aucun diplôme exigé.', formacodes: ['31734'],
    contact: contact('Conseil en formation', 'greta-eure', '02 32 00 90 90'), isDemo: true,
    sessions: series(10, 18, 36, (start, i) => ({ site: i % 2 ? 'Louviers' : 'Évreux', modality: 'formation_continue', start, lengthDays: 90, durationHours: 280, priceEur: 3900, fundings: ['region', 'france_travail'], capacity: 12, seatsLeft: (i * 5) % 13 })),
  },
  {
    key: 'technicien-labo-adultes', organisation: 'greta-eure', certifications: CAP_ETL,
    title: 'Employé technique de laboratoire – parcours adultes',
    objective: 'Préparer le CAP et travailler en laboratoire d’analyses ou de contrôle.',
    entryLevel: null, entryRequirements: 'Demandeurs d’emploi ou salariés en reconversion.', formacodes: ['11252'],
    contact: contact('Conseil en formation', 'greta-eure', '02 32 00 90 90'), isDemo: true,
    sessions: series(3, 50, 120, (start, i) => ({ site: 'Évreux', modality: 'formation_continue', start, lengthDays: 200, durationHours: 700, priceEur: 7200, fundings: ['region', 'france_travail', 'cpf'], capacity: 12, seatsLeft: 12 - 4 * i })),
  },
  {
    key: 'nettoyage-zac', organisation: 'greta-eure', certifications: [],
    title: 'Nettoyage et désinfection en zone contrôlée',
    objective: 'Appliquer les protocoles de bionettoyage des salles propres et de leurs équipements.',
    entryLevel: null, entryRequirements: 'Aucun prérequis.', formacodes: ['31734'],
    contact: contact('Conseil en formation', 'greta-eure', '02 32 00 90 90'), isDemo: true,
    sessions: series(6, 28, 60, (start, i) => ({ site: 'Louviers', modality: 'formation_continue', start, lengthDays: 2, durationHours: 21, priceEur: 690, fundings: ['cpf', 'france_travail', 'opco'], capacity: 10, seatsLeft: (i * 3) % 11 })),
  },
];

export const demoCatalogue: SeedTraining[] = [...realBtsOffers, ...demoOffers];

/** Curated campus progressions of the chain (Léa's journey): Bac pro → BTS → BUT / LP → master. */
export const demoChainLinks: { from: string; to: string; note: string }[] = [
  { from: 'RNCP37699', to: 'RNCP38884', note: 'Après le Bac pro PIPAC, le BTS Bioanalyses en laboratoire de contrôle, souvent en apprentissage.' },
  { from: 'RNCP37699', to: 'RNCP38883', note: 'Après le Bac pro PIPAC, le BTS Biotechnologies pour la bioproduction.' },
  { from: 'RNCP38884', to: 'RNCP35368', note: 'Admission en 2e année de BUT Génie biologique après le BTS.' },
  { from: 'RNCP38883', to: 'RNCP35368', note: 'Admission en 2e année de BUT Génie biologique après le BTS.' },
  { from: 'RNCP38884', to: 'RNCP30047', note: 'Licence professionnelle en alternance après le BTS.' },
  { from: 'RNCP38883', to: 'RNCP30047', note: 'Licence professionnelle en alternance après le BTS.' },
  { from: 'RNCP35368', to: 'RNCP34037', note: 'Master Biotechnologies après le BUT, sur dossier.' },
  { from: 'RNCP30047', to: 'RNCP34037', note: 'Master après la licence professionnelle, sur dossier et expérience.' },
];
