import { getCampus } from './campus';
import { getCertification, listCertifications } from './certifications';
import { getMetier, listMetiers } from './metiers';
import { listDataSources } from './reference-data';
import { getHealth } from './system';

export * from './campus';
export * from './certifications';
export * from './metiers';
export * from './reference-data';
export * from './system';

/** Every route of the API: the server registers exactly these, OpenAPI lists exactly these. */
export const routes = { getHealth, getCampus, listMetiers, getMetier, listCertifications, getCertification, listDataSources } as const;
