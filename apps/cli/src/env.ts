import { resolve } from 'node:path';

/** Where the reference data files live: `../shared/data` beside the checkout unless DATA_DIR says otherwise. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || resolve(process.cwd(), '../shared/data'));
}
