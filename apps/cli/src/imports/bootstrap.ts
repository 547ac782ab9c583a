import { join } from 'node:path';

/**
 * The reference data the demo campus needs, imported once on a fresh checkout by `npm start`
 * (paths relative to DATA_DIR). Sources come in the order they depend on each other.
 */
export const demoReferenceImports: { source: string; path: string }[] = [
  { source: 'communes', path: 'geo' },
  { source: 'rome', path: 'rome-4.0-v460' },
  { source: 'naf', path: 'nomenclatures' },
  { source: 'nsf', path: 'nomenclatures' },
];

export const resolveDataPath = (dataDir: string, path: string) => join(dataDir, path);
