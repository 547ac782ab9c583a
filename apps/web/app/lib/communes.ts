/**
 * The main communes of the campus's territory and its reach (INSEE codes, COG 2026), offered as the places a
 * search measures distances from. The form needs an INSEE code and works without JavaScript, so the choice is
 * a server-rendered list. Kept here until the API offers a commune look-up (proposed with issue 4).
 */
export interface CommuneOption {
  code: string;
  name: string;
  departement: string;
}

export const MAIN_COMMUNES: readonly CommuneOption[] = [
  { code: '14118', name: 'Caen', departement: '14' },
  { code: '14327', name: 'Hérouville-Saint-Clair', departement: '14' },
  { code: '14366', name: 'Lisieux', departement: '14' },
  { code: '27016', name: 'Les Andelys', departement: '27' },
  { code: '27056', name: 'Bernay', departement: '27' },
  { code: '27229', name: 'Évreux', departement: '27' },
  { code: '27284', name: 'Gisors', departement: '27' },
  { code: '27375', name: 'Louviers', departement: '27' },
  { code: '27467', name: 'Pont-Audemer', departement: '27' },
  { code: '27701', name: 'Val-de-Reuil', departement: '27' },
  { code: '27679', name: 'Verneuil d’Avre et d’Iton', departement: '27' },
  { code: '27681', name: 'Vernon', departement: '27' },
  { code: '28085', name: 'Chartres', departement: '28' },
  { code: '50129', name: 'Cherbourg-en-Cotentin', departement: '50' },
  { code: '50502', name: 'Saint-Lô', departement: '50' },
  { code: '61001', name: 'Alençon', departement: '61' },
  { code: '76057', name: 'Barentin', departement: '76' },
  { code: '76217', name: 'Dieppe', departement: '76' },
  { code: '76231', name: 'Elbeuf', departement: '76' },
  { code: '76259', name: 'Fécamp', departement: '76' },
  { code: '76322', name: 'Le Grand-Quevilly', departement: '76' },
  { code: '76351', name: 'Le Havre', departement: '76' },
  { code: '76451', name: 'Mont-Saint-Aignan', departement: '76' },
  { code: '76540', name: 'Rouen', departement: '76' },
  { code: '76575', name: 'Saint-Étienne-du-Rouvray', departement: '76' },
];

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The communes to offer, grouped by département: the campus's own départements first (in its order), then the
 * others of the list; a commune given in the address but absent from the list is kept (named when known).
 */
export function communeGroups(campusDepartements: readonly string[], selected: CommuneOption | null): { departement: string; communes: CommuneOption[] }[] {
  const all = selected && !MAIN_COMMUNES.some((c) => c.code === selected.code) ? [...MAIN_COMMUNES, selected] : [...MAIN_COMMUNES];
  const departements = [...new Set(all.map((c) => c.departement))].sort((a, b) => {
    const ia = campusDepartements.indexOf(a);
    const ib = campusDepartements.indexOf(b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.localeCompare(b);
  });
  return departements.map((departement) => ({
    departement,
    communes: all.filter((c) => c.departement === departement).sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

export function communeByCode(code: string): CommuneOption | undefined {
  return MAIN_COMMUNES.find((c) => c.code === code);
}
