/** How a training is followed (LHÉO and InserJeunes vocabulary, simplified). */
export const MODALITIES = [
  'initial_scolaire',
  'initial_etudiant',
  'apprentissage',
  'contrat_pro',
  'formation_continue',
  'vae',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, { fr: string; en: string }> = {
  initial_scolaire: { fr: 'Formation initiale (voie scolaire)', en: 'Initial training (school)' },
  initial_etudiant: { fr: 'Formation initiale (étudiant)', en: 'Initial training (student)' },
  apprentissage: { fr: 'Apprentissage', en: 'Apprenticeship' },
  contrat_pro: { fr: 'Contrat de professionnalisation', en: 'Professionalisation contract' },
  formation_continue: { fr: 'Formation continue', en: 'Continuing education' },
  vae: { fr: 'VAE', en: 'Accreditation of prior experience (VAE)' },
};

export const FUNDINGS = ['cpf', 'opco', 'region', 'france_travail', 'employer', 'self'] as const;
export type Funding = (typeof FUNDINGS)[number];
