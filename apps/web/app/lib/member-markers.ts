import type { OrganisationType } from '@passerelles/domain';

/**
 * How each kind of member is drawn on a map: a shape and a colour, so that the kind never rests on colour alone
 * (RGAA 3.1). Colours keep 3:1 against the map's light fill (WCAG 1.4.11); a white outline separates neighbours.
 */
export const MEMBER_MARKERS: Record<OrganisationType, { shape: MarkerShape; colour: string }> = {
  company: { shape: 'circle', colour: '#8a4b08' },
  training_organisation: { shape: 'square', colour: '#116356' },
  school: { shape: 'triangle', colour: '#1f5fa8' },
  higher_education: { shape: 'diamond', colour: '#5b2bb5' },
  research_lab: { shape: 'triangle-down', colour: '#9b1c31' },
  technology_platform: { shape: 'hexagon', colour: '#0d3b36' },
  institution: { shape: 'star', colour: '#44524e' },
  cluster: { shape: 'cross', colour: '#a3366e' },
};

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'hexagon' | 'star' | 'cross';

const r1 = (n: number) => Math.round(n * 100) / 100;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L')}Z`;
}

function regular(sides: number, r: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** SVG path data of a marker of radius `r` centred on (0, 0); shapes of similar visual weight. */
export function markerPath(shape: MarkerShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r} 0A${r} ${r} 0 1 0 ${r} 0A${r} ${r} 0 1 0 ${-r} 0Z`;
    case 'square':
      return polygon([[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]]);
    case 'triangle':
      return polygon(regular(3, r * 1.2));
    case 'triangle-down':
      return polygon(regular(3, r * 1.2, Math.PI / 2));
    case 'diamond':
      return polygon([[0, -r * 1.15], [r * 1.15, 0], [0, r * 1.15], [-r * 1.15, 0]]);
    case 'hexagon':
      return polygon(regular(6, r, 0));
    case 'star':
      return polygon(regular(10, r * 1.25).map(([x, y], i) => (i % 2 ? [x * 0.45, y * 0.45] : [x, y])));
    case 'cross': {
      const a = r * 0.38;
      const b = r;
      return polygon([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
  }
}
