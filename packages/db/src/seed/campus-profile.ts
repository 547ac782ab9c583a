import type { CampusProfile } from '@passerelles/domain';

/**
 * The profile of the demo campus. Another CMQ runs the same code with another profile:
 * name, territory and sector perimeter are data.
 */
export const demoCampusProfile: CampusProfile = {
  slug: 'cmq-bio-normandie',
  name: 'Campus des Métiers et des Qualifications Biotechnologies et Bio-industries',
  shortName: 'CMQ Bio-industries Normandie',
  tagline: {
    fr: 'Former, qualifier et accompagner les talents des industries de santé en Normandie',
    en: 'Training, qualifying and supporting talent for the health industries in Normandy',
  },
  sector: 'Industries et Technologies de santé',
  departements: ['27', '76', '14', '50', '61'],
  // Bio-industry fiches of ROME 4.0: laboratories, quality, R&D and formulation, production, regulatory affairs.
  romeCodes: [
    'H1501', 'H1503', 'H1510', 'H1517', 'H1525', 'H1531',
    'H1502', 'H1508', 'H1511', 'H1518', 'H1524', 'H1528',
    'H1206', 'H1210', 'H1214', 'H1217', 'H1224',
    'H2301', 'H2302', 'H2303', 'H2304',
    'H1509', 'H1513', 'H1514',
    'J1302', 'K2402', 'K2404',
  ],
  // NSF: 118 sciences de la vie, 221 agro-alimentaire, 222 transformations chimiques, 331 santé.
  nsfCodes: ['118', '221', '222', '331'],
  // Chemical manufacturing trades exposed to restructuring on the territory.
  sensitiveRomeCodes: ['H2301', 'H2304'],
  contactEmail: 'contact@cmq-bio-normandie.example',
};
