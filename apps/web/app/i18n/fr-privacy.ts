/**
 * The privacy policy, in French (the reference text). The retention periods are the platform's configuration:
 * change both together. en-privacy.ts has the same shape.
 */
export const privacyFr = {
  title: 'Politique de confidentialité',
  description: 'Les données que la plateforme conserve, pourquoi, combien de temps, et comment exercer vos droits.',
  lead: 'Ce que le campus fait des données personnelles confiées à Passerelles, et comment en garder la maîtrise.',
  onThisPage: 'Sur cette page',
  controllerTitle: 'Qui est responsable',
  controller: (campus: string) => `Le responsable du traitement des données est le ${campus}, qui édite la plateforme Passerelles.`,
  contact: 'Pour toute question sur vos données, écrivez à\u00a0:',
  withoutAccountTitle: 'Sans compte',
  withoutAccount:
    'Toutes les pages publiques se consultent sans compte. Elles ne déposent aucun cookie et n’utilisent ni mesure d’audience ni traceur publicitaire. Comme tout site, le serveur note techniquement les requêtes reçues pour assurer sa sécurité.',
  collectedTitle: 'Ce que nous conservons si vous créez un compte',
  collected: [
    'Votre adresse e-mail, votre nom et le type de compte choisi (en formation ou professionnel).',
    'Votre mot de passe, sous une forme chiffrée qui ne permet pas de le retrouver\u00a0: personne, pas même l’équipe du campus, ne peut le lire.',
    'Les dates de création du compte, de confirmation de l’adresse et de dernière connexion.',
    'Si vous avez moins de 15 ans\u00a0: l’adresse e-mail du parent que vous indiquez et la date de son accord.',
    'Les organisations du réseau que vous avez rejointes ou demandé à rejoindre, votre message éventuel et la réponse reçue.',
    'Vos sessions de connexion, et un journal des actions sensibles (adhésions, consultation ou export de données personnelles, effacement d’un compte).',
    'Pour bloquer les tentatives répétées (mots de passe essayés en série, inscriptions en masse), des compteurs de courte durée où adresses e-mail et adresses IP ne figurent que sous une forme chiffrée.',
  ],
  purposesTitle: 'Pourquoi, et sur quelle base légale',
  purposesCaption: 'Finalités des traitements et leurs bases légales (RGPD, article 6)',
  purposeHeader: 'Ce que nous faisons',
  basisHeader: 'Base légale',
  purposes: [
    {
      what: 'Ouvrir votre compte, vous connecter, vous envoyer les messages du service (confirmation, mot de passe, réponse à une demande)',
      basis: 'L’exécution des conditions d’utilisation que vous acceptez en créant le compte (article 6.1.b)',
    },
    {
      what: 'Vous permettre de rejoindre une organisation du réseau et montrer votre demande à ceux qui en décident',
      basis: 'L’exécution des conditions d’utilisation (article 6.1.b)',
    },
    {
      what: 'Protéger la plateforme et ses utilisateurs\u00a0: sessions, journal des actions sensibles, limitation des tentatives',
      basis: 'L’intérêt légitime du campus à sécuriser le service (article 6.1.f)',
    },
    {
      what: 'Recueillir l’accord d’un parent pour un compte de moins de 15 ans',
      basis: 'L’obligation posée par l’article 8 du RGPD et l’article 45 de la loi Informatique et Libertés',
    },
  ],
  noMarketing: 'Vos données ne servent à aucune publicité, ne sont ni vendues ni cédées, et nous n’envoyons pas de lettre d’information.',
  recipientsTitle: 'Qui voit vos données',
  recipients: [
    'L’équipe du campus, pour administrer la plateforme et répondre aux demandes.',
    'Les administrateurs d’une organisation voient les demandes pour la rejoindre (nom, adresse e-mail, message) et la liste de ses membres.',
    'Les prestataires techniques du campus (hébergement, envoi des e-mails), qui n’agissent que sur ses instructions.',
  ],
  retentionTitle: 'Combien de temps',
  retentionCaption: 'Durées de conservation',
  retentionWhat: 'Données',
  retentionHow: 'Conservées',
  retention: [
    { what: 'Compte dont l’adresse n’a jamais été confirmée', duration: '30 jours après l’inscription, puis effacé' },
    { what: 'Compte inactif', duration: '3 ans après la dernière connexion, puis effacé' },
    { what: 'Demande d’adhésion refusée', duration: '1 an après la réponse' },
    { what: 'Journal des actions sensibles', duration: '1 an' },
    { what: 'Session de connexion', duration: 'fermée après 7 jours sans activité, et au plus tard 30 jours après la connexion' },
    { what: 'Compte effacé à votre demande', duration: 'effacement immédiat de vos données personnelles' },
  ],
  under15Title: 'Moins de 15 ans',
  under15: [
    'En France, une personne de moins de 15 ans ne peut ouvrir un compte qu’avec l’accord d’un titulaire de l’autorité parentale (article 45 de la loi Informatique et Libertés).',
    'À l’inscription, elle indique l’adresse e-mail d’un parent. Nous lui écrivons pour lui expliquer le service et lui demander son accord\u00a0; le compte reste fermé tant que cet accord n’est pas donné.',
    'Le parent peut à tout moment demander l’effacement du compte en écrivant à l’équipe du campus.',
  ],
  cookiesTitle: 'Cookies',
  cookies:
    'Un seul cookie, déposé quand vous vous connectez\u00a0: «\u00a0pl_session\u00a0», qui garde votre session ouverte. Il est indispensable au service, illisible par les scripts de la page, et disparaît quand vous vous déconnectez ou quand la session expire. Aucun autre cookie, donc aucun consentement à recueillir.',
  rightsTitle: 'Vos droits',
  rightsIntro: 'Vous pouvez à tout moment\u00a0:',
  rights: [
    'accéder à vos données et en obtenir une copie dans un format lisible par d’autres services (droits d’accès et à la portabilité)\u00a0;',
    'les faire corriger (droit de rectification)\u00a0;',
    'les faire effacer (droit à l’effacement)\u00a0;',
    'vous opposer à un traitement fondé sur l’intérêt légitime, ou en demander la limitation\u00a0;',
    'donner des directives sur le sort de vos données après votre décès.',
  ],
  rightsHowTitle: 'Comment les exercer',
  rightsSelf: 'Depuis la page «\u00a0Mon compte\u00a0», vous pouvez vous-même télécharger toutes vos données et effacer votre compte\u00a0:',
  accountLink: 'Mon compte',
  rightsWrite: 'Pour tout le reste, écrivez à l’équipe du campus (nous répondons dans un délai d’un mois)\u00a0:',
  complaint:
    'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL).',
  complaintLink: 'Adresser une plainte à la CNIL',
  complaintHref: 'https://www.cnil.fr/fr/adresser-une-plainte',
  securityTitle: 'Sécurité',
  security: [
    'Les échanges avec la plateforme sont chiffrés (HTTPS).',
    'Les liens envoyés par e-mail ne servent qu’une fois et expirent.',
    'Changer de mot de passe ferme toutes les sessions ouvertes.',
    'Les accès aux données personnelles par l’équipe du campus ou par les administrateurs d’une organisation sont inscrits au journal.',
  ],
};
