import { describe, expect, it } from 'vitest';
import { establishmentFileFacts, IJ_COLUMNS, mapEstablishment, mapOutcome, type EstablishmentRow, type IjRow } from './inserjeunes-mapping';

const row = (line: string): IjRow => Object.fromEntries(IJ_COLUMNS.map((c, i) => [c, line.split(';')[i] ?? ''])) as IjRow;

describe('InserJeunes rules', () => {
  it('keeps published counts and rates, and a masked rate as null with the reason (never 0)', () => {
    const published = mapOutcome(row('2019_2020_10_scolaire_32221022002;2019_2020;10;11;scolaire;;32221022002;52;12;12;15;9;31;21;57;57;71;43;60'));
    expect(published).toMatchObject({ record: { route: 'scolaire', mefstat11: '32221022002', cfd: null, leavers: 21, employmentRate6Months: 43, furtherStudyRate: 60, maskedFields: [], note: null } });
    const secret = mapOutcome(row('2021_2022_14_apprentissage_50022137;2021_2022;14;28;apprentissage;50022137;;12;3;;;2;4;8;;;;;'));
    expect(secret).toMatchObject({
      record: { cfd: '50022137', mefstat11: null, leavers: 8, employed18Months: null, employmentRate6Months: null, furtherStudyRate: null },
    });
    const { note } = (secret as { record: { note: string } }).record;
    expect(note).toMatch(/pas encore observé/);
    expect(note).toMatch(/secret statistique : moins de 20 sortants/);
    expect(note).toMatch(/moins de 20 élèves en année terminale/);
  });

  it('refuses an unknown route, a non-numeric count and a rate above 100', () => {
    const base = '2019_2020_10_scolaire_32221022002;2019_2020;10;11;scolaire;;32221022002;52;12;12;15;9;31;21;57;57;71;43;60';
    expect(mapOutcome(row(base.replace(';scolaire;', ';alternance;')))).toMatchObject({ problems: [{ field: 'voie' }] });
    expect(mapOutcome(row(base.replace(';52;', ';5x;')))).toMatchObject({ problems: [{ field: 'nb_annee_term' }] });
    expect(mapOutcome(row(base.replace(/;60$/, ';160')))).toMatchObject({ problems: [{ field: 'taux_poursuite_etudes' }] });
  });

  it('reads cohort and route from the establishment file name, and « nd » as null', () => {
    expect(establishmentFileFacts('depp-2022-etablissements-2021_2022-pro.csv')).toEqual({ edition: '2022', cohort: '2021_2022', route: 'pro' });
    expect(establishmentFileFacts('etablissements.csv')).toBeNull();
    const v = {
      "n°UAI de l'établissement": '0140014P', "Libellé de l'établissement": 'Lycée général et technologique Augustin Fresnel', 'Région': 'NORMANDIE',
      'Dont apprentis en EPLE': 'ensemble', "Taux de poursuite d'études": '65', Taux: 'nd', 'Taux attendu': 'nd', 'Valeur ajoutée': 'nd',
      "Part en poursuite d'études": '65', 'Part en emploi 6 mois après la sortie': '16', 'Part des autres situations': '19',
    } satisfies EstablishmentRow;
    expect(mapEstablishment(v, { name: 'f.csv', cohort: '2022_2023', route: 'pro' })).toMatchObject({
      record: { uai: '0140014P', regionCode: '28', population: 'ensemble', furtherStudyRate: 65, employmentRate: null, valueAdded: null, maskedFields: ['Taux', 'Taux attendu', 'Valeur ajoutée'] },
    });
    expect(mapEstablishment({ ...v, 'Région': 'ATLANTIDE' }, { name: 'f.csv', cohort: '2022_2023', route: 'pro' })).toMatchObject({ problems: [{ field: 'Région' }] });
  });
});
