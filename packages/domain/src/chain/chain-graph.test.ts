import { describe, expect, it } from 'vitest';
import { chainEdges, isInSector, nextSteps, selectChainNodes, type ChainCandidate } from './chain-graph';

const cert = (code: string, level: number | null, extra: Partial<ChainCandidate> = {}): ChainCandidate => ({
  code, title: `Titre ${code}`, level, type: 'BTS', nsfCodes: [], romeCodes: [], blocks: [], offered: true, ...extra,
});
const sector = { nsfCodes: ['221', '222'], romeCodes: ['H2303', 'H1510'] };

describe('chain nodes', () => {
  it('keeps offered sector certifications (NSF group or ROME) and curated ends, levels 3 to 8 only', () => {
    const nodes = selectChainNodes(
      [
        cert('A', 5, { nsfCodes: ['221w'] }),
        cert('B', 4, { romeCodes: ['H2303'] }),
        cert('C', 5, { nsfCodes: ['310'] }), // out of the sector
        cert('D', 6, { nsfCodes: ['221'], offered: false }), // not offered nearby
        cert('E', 7, { offered: false }), // curated end
        cert('F', null, { nsfCodes: ['221'] }), // an RS certificate: no level
        cert('G', 2, { nsfCodes: ['221'] }),
        cert('A', 5, { nsfCodes: ['221'] }),
      ],
      sector,
      [{ from: 'B', to: 'E' }],
    );
    expect(nodes.map((n) => n.candidate.code)).toEqual(['B', 'A', 'E']);
    expect(isInSector(cert('X', 5, { nsfCodes: ['2'] }), sector)).toBe(false);
  });
});

describe('chain edges', () => {
  const nodes = selectChainNodes(
    [
      cert('BAC', 4, { romeCodes: ['H2303', 'H1510'], blocks: [{ code: 'BAC-B1', label: 'Conduite d’une production' }] }),
      cert('OLD', 4, { nsfCodes: ['221'] }),
      cert('BTS1', 5, { romeCodes: ['H2303', 'H1510'], blocks: [{ code: 'X1', label: 'conduite d une PRODUCTION' }] }),
      cert('BTS2', 5, { romeCodes: ['H2303'] }),
      cert('BTS3', 5, { romeCodes: ['H1510'] }),
      cert('LP', 6, { romeCodes: ['H2303'] }),
      cert('M', 7, { romeCodes: ['H2303'] }),
    ],
    sector,
    [],
  );

  it('derives the four kinds, prunes shared métiers to the strongest per node, one reason per pair', () => {
    const edges = chainEdges(
      nodes,
      { curated: [{ from: 'BTS2', to: 'LP' }, { from: 'LP', to: 'NOWHERE' }], successions: [{ from: 'OLD', to: 'BAC' }] },
      { maxMetierLinksPerNode: 1, maxBlockLinksPerNode: 3 },
    );
    const summary = edges.map((e) => `${e.kind}:${e.from}>${e.to}:${e.weight}`);
    expect(summary).toEqual([
      'curated:BTS2>LP:1',
      'succession:OLD>BAC:1',
      'shared_blocks:BAC>BTS1:1',
      // BAC→BTS1 shares 2 métiers but already has a stronger reason; BTS2 and BTS3 keep their strongest source.
      'shared_metiers:BAC>BTS2:1',
      'shared_metiers:BAC>BTS3:1',
      'shared_metiers:BTS1>LP:1',
      'shared_metiers:LP>M:1',
    ]);
    // Shared métiers only link a level to the next one.
    expect(edges.some((e) => e.from === 'BAC' && e.to === 'LP')).toBe(false);
  });

  it('gives next steps from a certification, strongest reason first', () => {
    const edges = chainEdges(nodes, { curated: [{ from: 'BAC', to: 'BTS3' }], successions: [] });
    expect(nextSteps(edges, 'BAC').map((e) => `${e.kind}:${e.to}`)[0]).toBe('curated:BTS3');
    expect(nextSteps(edges, 'M')).toEqual([]);
  });
});
