import {
  acceptInvitation, confirmParentalConsent, decideJoinRequest, inviteMember, eraseMyAccount, exportMyData, getAccount, listAuditLog, listJoinRequests, listMyMemberships,
  listPendingJoinRequests, requestPasswordReset, getSsoProvider, beginSso, finishSso, requestToJoin, resendVerification, resetPassword, signIn, signOut, signUp, verifyEmail,
} from './account';
import { getCampus, listCampusMetiers, updateCampusProfile } from './campus';
import { getChain, getMember, getTraining, listMembers, searchSessions } from './catalogue';
import { getCertification, listCertifications } from './certifications';
import { getCommune, listCommunes } from './communes';
import { exportLheo } from './lheo';
import { getMetier, getMobilityPath, listMetierMobilities, listMetiers } from './metiers';
import { addOrganisationSite, applyToNetwork, decideNetworkCandidate, deleteOrganisationSite, listNetworkCandidates, updateOrganisationProfile } from './organisations';
import { createSession, createTraining, deleteSession, listOrganisationTrainings, setTrainingStatus, updateSession, updateTraining } from './organisation-space';
import { planPathway } from './pathway';
import { listDataSources } from './reference-data';
import { getHealth } from './system';
import { getTerritoryMap } from './territory';

export * from './account';
export * from './campus';
export * from './catalogue';
export * from './certifications';
export * from './communes';
export * from './lheo';
export * from './metiers';
export * from './organisation-space';
export * from './organisations';
export * from './pathway';
export * from './reference-data';
export * from './system';
export * from './territory';

/** Every route of the API: the server registers exactly these, OpenAPI lists exactly these. */
export const routes = { getHealth, getCampus, listMetiers, getMetier, listCertifications, getCertification, listDataSources,
  searchSessions, getTraining, listMembers, getMember, getChain, exportLheo,
  getTerritoryMap, listCommunes, getCommune, listMetierMobilities, getMobilityPath, planPathway, listCampusMetiers,
  getAccount, signUp, verifyEmail, resendVerification, signIn, signOut, requestPasswordReset, resetPassword, confirmParentalConsent,
  listMyMemberships, requestToJoin, listJoinRequests, decideJoinRequest, listPendingJoinRequests, listAuditLog, exportMyData, eraseMyAccount,
  getSsoProvider, beginSso, finishSso,
  inviteMember, acceptInvitation, updateCampusProfile, updateOrganisationProfile, addOrganisationSite, deleteOrganisationSite,
  applyToNetwork, listNetworkCandidates, decideNetworkCandidate,
  listOrganisationTrainings, createTraining, updateTraining, setTrainingStatus, createSession, updateSession, deleteSession } as const;
