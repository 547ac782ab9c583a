import { getCampus, listCampusMetiers } from './campus';
import { getChain, getMember, getTraining, listMembers, searchSessions } from './catalogue';
import { getCertification, listCertifications } from './certifications';
import { getCommune, listCommunes } from './communes';
import { exportLheo } from './lheo';
import { getMetier, getMobilityPath, listMetierMobilities, listMetiers } from './metiers';
import { planPathway } from './pathway';
import { listDataSources } from './reference-data';
import { getHealth } from './system';
import { getTerritoryMap } from './territory';

export * from './campus';
export * from './catalogue';
export * from './certifications';
export * from './communes';
export * from './lheo';
export * from './metiers';
export * from './pathway';
export * from './reference-data';
export * from './system';
export * from './territory';

/** Every route of the API: the server registers exactly these, OpenAPI lists exactly these. */
export const routes = { getHealth, getCampus, listMetiers, getMetier, listCertifications, getCertification, listDataSources,
  searchSessions, getTraining, listMembers, getMember, getChain, exportLheo,
  getTerritoryMap, listCommunes, getCommune, listMetierMobilities, getMobilityPath, planPathway, listCampusMetiers } as const;
