/** The kinds of members a campus federates. */
export const ORGANISATION_TYPES = [
  'company',
  'training_organisation',
  'school',
  'higher_education',
  'research_lab',
  'technology_platform',
  'institution',
  'cluster',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, { fr: string; en: string }> = {
  company: { fr: 'Entreprise', en: 'Company' },
  training_organisation: { fr: 'Organisme de formation', en: 'Training organisation' },
  school: { fr: 'Lycée, CFA', en: 'School, apprentice centre' },
  higher_education: { fr: 'Université, école d’ingénieurs', en: 'University, engineering school' },
  research_lab: { fr: 'Laboratoire de recherche', en: 'Research laboratory' },
  technology_platform: { fr: 'Plateforme technologique', en: 'Technology platform' },
  institution: { fr: 'Institution', en: 'Public institution' },
  cluster: { fr: 'Pôle, technopole, réseau', en: 'Cluster, technopole, network' },
};

/** Organisations that deliver training count as the campus's training structures. */
export const TRAINING_PROVIDER_TYPES: readonly OrganisationType[] = [
  'training_organisation',
  'school',
  'higher_education',
  'technology_platform',
];
