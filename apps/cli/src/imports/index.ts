import { communesSource } from './communes/communes-import';
import { nafSource } from './nomenclatures/naf-import';
import { nsfSource } from './nomenclatures/nsf-import';
import { romeSource } from './rome/rome-import';
import type { ImportSource } from './types';

export type { ImportOptions, ImportReport, ImportSource, Rejection, TableCounts } from './types';

/** Every importable source, by the name given to `npm run cli -- import <source> <path>`. */
export const importSources: Record<string, ImportSource> = Object.fromEntries(
  [communesSource, romeSource, nafSource, nsfSource].map((s) => [s.name, s]),
);
