import { describe, expect, it } from 'vitest';
import { decodeEntities, domainTags, durationMonths, europeanLevel, mapFormation, onisepId, type FormationRow } from './onisep-mapping';

describe('Onisep Idéo rules', () => {
  it('reads durations, levels, identifiers, tags and entities as the files write them', () => {
    expect([durationMonths('2 ans'), durationMonths('1 an'), durationMonths('22 semaines'), durationMonths('variable')]).toEqual([24, 12, 5, null]);
    expect([europeanLevel('niveau 5 (bac + 2)'), europeanLevel('niveau 8 (doctorat)'), europeanLevel('non inscrit au RNCP'), europeanLevel('non renseigné'), europeanLevel('niveau 2')]).toEqual([5, 8, null, null, undefined]);
    expect(onisepId('http://www.onisep.fr/http/redirection/formation/slug/FOR.339', 'FOR')).toBe('FOR.339');
    expect(onisepId('http://www.onisep.fr/http/redirection/metier/slug/MET.12', 'FOR')).toBeNull();
    expect(domainTags("arts, culture, artisanat/artisanat d'art| arts, culture, artisanat/arts du spectacle")).toEqual(["arts, culture, artisanat/artisanat d'art", 'arts, culture, artisanat/arts du spectacle']);
    expect(decodeEntities('ingénieur / ingénieure R&amp;D')).toBe('ingénieur / ingénieure R&D');
  });

  it('maps a real training line with its RNCP code (the link to the certification is decided against the database)', () => {
    const row: FormationRow = {
      'code CNIS': '221', 'sigle type formation': 'BTS', 'libellé type formation': 'brevet de technicien supérieur',
      'libellé formation principal': 'BTS Bioqualité (ex Qualité dans les industries alimentaires et les bio-industries)', 'sigle formation': 'QIABI',
      'durée': '2 ans', 'code RNCP': '35335', 'niveau RNCP': '3', 'libellé niveau RNCP': 'niveau 5 (bac + 2)',
      tutelle: "Ministère chargé de l'Enseignement supérieur de la Recherche et de l'Innovation",
      'lien site onisep.fr': 'http://www.onisep.fr/http/redirection/formation/slug/FOR.339',
      'domaine/sous-domaine': 'matières premières, fabrication, industries/agroalimentaire| sciences/biologie',
    };
    expect(mapFormation(row)).toMatchObject({ record: { id: 'FOR.339', rncpCode: 'RNCP35335', certificationCode: null, level: 5, durationMonths: 24, nsfCode: '221', acronym: 'QIABI', typeAcronym: 'BTS' } });
    expect(mapFormation({ ...row, 'code RNCP': 'RNCP35335' })).toMatchObject({ problems: [{ field: 'code RNCP' }] });
  });
});
