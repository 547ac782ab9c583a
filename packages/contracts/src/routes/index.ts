import { getCampus } from './campus';
import { getHealth } from './system';

export * from './campus';
export * from './system';

/** Every route of the API: the server registers exactly these, OpenAPI lists exactly these. */
export const routes = { getHealth, getCampus } as const;
