import type { ImportSource } from './types';

export type { ImportOptions, ImportReport, ImportSource, Rejection } from './types';

/** Every importable source, by the name given to `npm run cli -- import <source> <path>`. */
export const importSources: Record<string, ImportSource> = {};
