import type { NetworkFigures } from '@passerelles/domain';
import type { PageKey, SectionKey } from './pages';

/** A label that agrees with a number (chosen with Intl.PluralRules: in French 0 and 1 take `one`). */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * The French catalogue is the reference: `Messages` is its type, so the English catalogue (typed with it)
 * fails to compile when it misses a key or has one too many.
 */
export const fr = {
  meta: {
    siteName: 'Passerelles',
    titleSeparator: ' — ',
  },
  shell: {
    skipLink: 'Aller au contenu',
    homeSuffix: ', accueil',
    platform: 'Passerelles, la plateforme du campus',
    navLabel: 'Navigation principale',
    menu: 'Menu',
  },
  nav: {
    home: 'Accueil',
    trainings: 'Formations',
    chain: 'Filière',
    metiers: 'Métiers',
    members: 'Membres',
    companies: 'Entreprises',
    accessibility: 'Accessibilité',
    data: 'À propos des données',
  } satisfies Record<PageKey, string>,
  footer: {
    about: (sector: string) => `Le réseau des entreprises, laboratoires et établissements de formation de la filière «\u00a0${sector}\u00a0».`,
    siteLinks: 'Le site',
    accessibility: 'Accessibilité\u00a0: non conforme',
    data: 'À propos des données',
    apiDocs: 'Documentation de l’API (en anglais)',
    contact: (email: string) => `Contact\u00a0: ${email}`,
    attribution: 'Données de référence publiques\u00a0:',
    licence: 'Licence Ouverte / Etalab 2.0',
    attributionMore: 'Sources et versions',
    demo: 'Les entreprises, personnes et dates marquées «\u00a0donnée de démonstration\u00a0» sont fictives.',
  },
  demoBadge: 'donnée de démonstration',
  home: {
    metaTitle: 'Accueil',
    metaDescription: (campus: string) =>
      `${campus}\u00a0: formations, métiers, entreprises et établissements de la filière, et un guichet unique pour les entreprises.`,
    territory: 'Territoire',
    ctaTrainings: 'Trouver une formation',
    ctaCompanies: 'Entreprises\u00a0: le guichet unique',
    figuresTitle: 'Le réseau en chiffres',
    figuresIntro: 'Chiffres lus en direct dans la base de la plateforme.',
    figuresNetwork: 'Le réseau',
    figuresOffer: 'Formations et référentiels',
    figureEmpty: 'aucune donnée chargée pour l’instant',
    figures: {
      members: { one: 'membre du réseau', other: 'membres du réseau' },
      trainingProviders: { one: 'structure de formation', other: 'structures de formation' },
      companies: { one: 'entreprise', other: 'entreprises' },
      trainings: { one: 'formation', other: 'formations' },
      sessions: { one: 'session programmée', other: 'sessions programmées' },
      certifications: { one: 'certification référencée', other: 'certifications référencées' },
      metiers: { one: 'métier décrit (ROME)', other: 'métiers décrits (ROME)' },
    } satisfies Record<keyof NetworkFigures, PluralForms>,
    objectivesTitle: 'Ce que le campus fait pour vous',
    objectivesIntro: 'Les cinq missions du campus, et par où commencer pour chacune.',
    objectives: [
      {
        title: 'Une chaîne de formation lisible',
        text: 'Du CAP au doctorat\u00a0: les certifications par niveau, les poursuites d’études et les passerelles, pour progresser tout au long de la vie.',
        link: 'Comprendre la filière',
        page: 'chain',
      },
      {
        title: 'Un guichet unique pour les entreprises',
        text: 'Un besoin de formation ou de requalification, des sessions partagées entre entreprises, des parcours sécurisés pour les métiers sensibles.',
        link: 'Découvrir le guichet entreprises',
        page: 'companies',
      },
      {
        title: 'Attirer les talents sur le territoire',
        text: 'Les métiers de la filière, les offres d’emploi, de stage et d’alternance, et les compétences formées chaque année.',
        link: 'Explorer les métiers',
        page: 'metiers',
      },
      {
        title: 'Des formations reconnues',
        text: 'Labels qualité, taux d’insertion et de poursuite d’études, satisfaction des apprenants\u00a0: des formations que l’on peut comparer.',
        link: 'Voir les formations',
        page: 'trainings',
      },
      {
        title: 'Un lieu d’échange',
        text: 'Immersions d’enseignants en entreprise, experts invités en classe, équipements partagés, événements et projets communs.',
        link: 'Rencontrer les membres',
        page: 'members',
      },
    ] satisfies { title: string; text: string; link: string; page: PageKey }[],
    audiencesTitle: 'Pour qui\u00a0?',
    audiences: [
      { title: 'Élèves, étudiants et familles', text: 'Comprendre les métiers, trouver une formation, un stage ou une alternance, préparer la suite.' },
      { title: 'Salariés', text: 'Monter en qualification\u00a0: blocs de compétences, VAE, formations financées, reconversion.' },
      { title: 'Entreprises', text: 'Un seul interlocuteur pour vos besoins de formation, de requalification et de recrutement.' },
      { title: 'Organismes et établissements de formation', text: 'Publier votre offre, répondre aux entreprises, montrer la qualité de vos formations.' },
      { title: 'Enseignants, formateurs, chercheurs', text: 'Échanger avec les entreprises, réserver des équipements, monter des projets.' },
      { title: 'Entreprises qui s’installent', text: 'Connaître le territoire, les compétences disponibles et les bons interlocuteurs.' },
    ],
  },
  section: {
    status: 'En préparation',
    intro: 'Cette rubrique est en cours de construction. Voici ce qu’elle proposera.',
    meanwhile: 'En attendant',
    contact: (email: string) => `Écrivez à l’équipe du campus\u00a0: ${email}`,
    backHome: 'Retour à l’accueil',
    levelsTitle: 'Les niveaux de qualification',
    levelLabel: (level: number) => `Niveau ${level}`,
    romeScope: { one: 'fiche métier ROME dans le périmètre du campus', other: 'fiches métiers ROME dans le périmètre du campus' },
    memberKindsTitle: 'Les membres du réseau',
    pages: {
      trainings: {
        title: 'Formations',
        description: 'Toutes les formations des membres du campus\u00a0: initiale, apprentissage, formation continue et VAE.',
        coming: [
          'Le catalogue des formations des membres, avec leurs sessions\u00a0: dates, lieu, prix, financements (CPF, OPCO, Région), places.',
          'Les résultats de chaque formation\u00a0: taux d’emploi et de poursuite d’études (InserJeunes).',
          'Une recherche par métier, certification, lieu et modalité.',
        ],
      },
      chain: {
        title: 'Filière de formation',
        description: 'Les certifications du campus par niveau, avec les poursuites d’études et les passerelles entre elles.',
        coming: [
          'Les certifications rangées par niveau, du CAP au doctorat, dessinées comme une carte lisible.',
          'Les poursuites d’études, les passerelles et les blocs de compétences partagés.',
          'Un planificateur de parcours\u00a0: de votre situation actuelle à un métier ou une certification visés.',
        ],
      },
      metiers: {
        title: 'Métiers',
        description: 'Les métiers de la filière\u00a0: compétences, savoirs, formations qui y mènent et entreprises qui recrutent.',
        coming: [
          'Une page par métier (ROME 4.0)\u00a0: compétences, savoirs, conditions d’exercice.',
          'Les formations du réseau qui y mènent et les entreprises du campus qui l’exercent.',
          'Les métiers proches, pour changer de poste en s’appuyant sur ses compétences.',
        ],
      },
      members: {
        title: 'Membres',
        description: 'Les entreprises, établissements de formation, laboratoires et plateformes technologiques du réseau.',
        coming: [
          'L’annuaire et la carte des membres du campus.',
          'Pour chaque établissement\u00a0: ses formations, ses labels qualité, ses équipements et ses résultats.',
          'Les événements, échanges et projets entre entreprises et équipes pédagogiques.',
        ],
      },
      companies: {
        title: 'Entreprises',
        description: 'Un guichet unique pour les besoins de formation, de requalification et de recrutement des entreprises.',
        coming: [
          'Déclarer un besoin de formation\u00a0: compétences, niveau, effectif, site, échéance.',
          'Recevoir les propositions des membres et regrouper les besoins de plusieurs entreprises en sessions partagées.',
          'Suivre les habilitations et requalifications (BPF, procédés aseptiques, zones classées) de vos équipes.',
        ],
      },
    } satisfies Record<SectionKey, { title: string; description: string; coming: string[] }>,
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    description: 'État de conformité de la plateforme au RGAA 4.1, tests réalisés et moyens de signaler un problème.',
    commitment: (campus: string) =>
      `Le ${campus} s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.`,
    scope: 'Cette déclaration d’accessibilité s’applique à Passerelles, la plateforme du campus, sur l’ensemble de ses pages publiques.',
    statusTitle: 'État de conformité',
    status:
      'Passerelles est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1\u00a0: aucun audit de conformité n’a encore été réalisé.',
    testsTitle: 'Ce qui est vérifié aujourd’hui',
    tests: [
      'Les tests automatiques de la plateforme ouvrent chaque page publique dans Chromium et l’analysent avec axe-core selon les critères WCAG 2.1 niveaux A et AA, sur écran d’ordinateur et sur écran de téléphone (375 pixels de large).',
      'Des tests vérifient la navigation au clavier\u00a0: lien d’évitement vers le contenu, menu de navigation utilisable sans souris, focus visible.',
      'Un test vérifie que les pages fonctionnent sans JavaScript.',
    ],
    limitsTitle: 'Contenus non accessibles ou non vérifiés',
    limits: [
      'Aucun test avec des lecteurs d’écran ni aucun audit manuel n’a encore été mené\u00a0: des défauts non détectables automatiquement peuvent subsister.',
      'La documentation de l’API (/api/docs) est un outil technique tiers, en anglais, dont l’accessibilité n’a pas été évaluée.',
    ],
    techTitle: 'Technologies utilisées',
    tech: 'HTML, CSS et, sur certaines pages, JavaScript.',
    dateTitle: 'Établissement de cette déclaration',
    date: 'Cette déclaration a été établie le 29 novembre 2026.',
    contactTitle: 'Retour d’information et contact',
    contactText:
      'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’équipe du campus pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme\u00a0:',
    contactEmail: 'par courriel\u00a0:',
    remedyTitle: 'Voies de recours',
    remedyText:
      'Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et n’avez pas obtenu de réponse satisfaisante, vous pouvez\u00a0:',
    remedies: [
      { text: 'écrire un message au Défenseur des droits', href: 'https://formulaire.defenseurdesdroits.fr/' },
      { text: 'contacter le délégué du Défenseur des droits dans votre région', href: 'https://www.defenseurdesdroits.fr/saisir/delegues' },
      { text: 'envoyer un courrier (gratuit, sans timbre)\u00a0: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07' },
    ],
  },
  data: {
    title: 'À propos des données',
    description: 'Les jeux de données publics utilisés par la plateforme\u00a0: producteur, version et licence.',
    intro:
      'Passerelles s’appuie sur des données publiques ouvertes, publiées par leurs producteurs sous licence ouverte. La licence impose de citer la source\u00a0: voici chaque jeu de données, sa version et son producteur.',
    sourcesTitle: 'Sources de référence',
    producer: 'Producteur',
    version: 'Version',
    licence: 'Licence',
    link: 'Consulter le jeu de données',
    linkDataset: (dataset: string) => `\u00a0: «\u00a0${dataset}\u00a0»`,
    campusTitle: 'Données du campus',
    campus:
      'Les membres, leurs sites, leurs formations et leurs sessions sont saisis par le campus et ses membres. Certaines fiches du campus de démonstration sont fictives\u00a0: elles portent la mention',
    licenceTitle: 'Licence Ouverte / Etalab 2.0',
    licenceText:
      'Cette licence permet de réutiliser les données librement, y compris à des fins commerciales, à condition de mentionner leur source et la date de leur dernière mise à jour.',
    licenceLink: 'Lire la Licence Ouverte 2.0',
    openApi: 'Les données publiques de la plateforme sont aussi disponibles par son API\u00a0:',
  },
  notFound: {
    title: 'Page introuvable',
    lead: 'L’adresse demandée ne correspond à aucune page de la plateforme.',
    hints: [
      'Si vous avez saisi l’adresse, vérifiez son orthographe.',
      'Si vous avez suivi un lien, il est peut-être ancien\u00a0: la page a pu être déplacée.',
    ],
    asked: 'Adresse demandée\u00a0:',
    whereTitle: 'Vous cherchiez peut-être',
    code: 'Erreur 404',
  },
  error: {
    title: 'Une erreur est survenue',
    lead: 'La page n’a pas pu être affichée. Le problème vient de notre côté, pas du vôtre.',
    retry: 'Réessayez dans quelques instants, ou revenez à l’accueil.',
    noCampus: 'Aucun campus n’est encore configuré sur cette plateforme.',
    noCampusHint: 'Administrateur\u00a0: chargez le campus avec «\u00a0npm run cli -- bootstrap\u00a0», puis rechargez la page.',
    code: (status: number) => `Erreur ${status}`,
    backHome: 'Retour à l’accueil',
  },
};

export type Messages = typeof fr;
