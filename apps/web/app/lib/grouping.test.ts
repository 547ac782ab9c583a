import { describe, expect, it } from 'vitest';
import { byLevel, cleanItem, groupBy, groupSkills, splitDefinition } from './grouping';

const skill = (label: string, macroLabel: string | null, isCore = false) => ({ label, macroLabel, isCore });

describe('groupSkills', () => {
  it('puts groups with core skills first, the unlabelled group last, core skills first inside a group', () => {
    const groups = groupSkills([
      skill('Prélever', 'Collecter des échantillons'),
      skill('Nettoyer', null, true),
      skill('Régler', 'Configurer une machine', true),
      skill('Tracer', 'Contrôler des données'),
      skill('Vérifier', 'Contrôler des données', true),
      skill('Documenter', 'Contrôler des données', true),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Contrôler des données', 'Configurer une machine', 'Collecter des échantillons', null]);
    expect(groups[0]!.items.map((s) => s.label)).toEqual(['Documenter', 'Vérifier', 'Tracer']);
  });
});

describe('groupBy', () => {
  it('sorts groups with French collation (accents do not push a label to the end) and keeps item order', () => {
    const groups = groupBy(['b1', 'a1', 'e1', 'b2'], (x) => ({ b: 'Zone', a: 'État', e: 'Autre' })[x[0] as 'a' | 'b' | 'e']);
    expect(groups).toEqual([
      { label: 'Autre', items: ['e1'] },
      { label: 'État', items: ['a1'] },
      { label: 'Zone', items: ['b1', 'b2'] },
    ]);
  });

  it('treats an empty label as no label', () => {
    expect(groupBy(['x'], () => '  ')).toEqual([{ label: null, items: ['x'] }]);
  });
});

describe('byLevel', () => {
  it('orders levels upwards, no level last, titles alphabetically', () => {
    const groups = byLevel([
      { title: 'Master', level: 7, isActive: true },
      { title: 'RS habilitation', level: null, isActive: true },
      { title: 'CAP b', level: 3, isActive: true },
      { title: 'CAP a', level: 3, isActive: true },
    ]);
    expect(groups.map((g) => g.level)).toEqual([3, 7, null]);
    expect(groups[0]!.items.map((c) => c.title)).toEqual(['CAP a', 'CAP b']);
  });
});

describe('texts', () => {
  it('splits a ROME definition into a lead and its activities', () => {
    expect(splitDefinition('Fabrique des médicaments.\nPrépare les matières\r\n\nSurveille les équipements')).toEqual({
      lead: 'Fabrique des médicaments.',
      points: ['Prépare les matières', 'Surveille les équipements'],
    });
    expect(splitDefinition(null)).toEqual({ lead: null, points: [] });
  });

  it('drops bullets typed into register texts', () => {
    expect(cleanItem('* Coder')).toBe('Coder');
    expect(cleanItem('- Installer un réseau')).toBe('Installer un réseau');
    expect(cleanItem('A1C1. Évaluer')).toBe('A1C1. Évaluer');
  });
});
