import {
  financeurOfFunding, LHEO_NAMESPACES, lheoCodeOfLevel, MODALITY_ALTERNANCE, NOT_PROVIDED, PASSERELLES_EXTRAS, PUBLIC_ALL,
  UNKNOWN_ACTIVITY_NUMBER, UNKNOWN_END, UNKNOWN_POSTAL_CODE, UNKNOWN_SIRET, UNKNOWN_START,
} from './dictionaries';
import type { LheoFormation, LheoOrganisation, LheoPlace, LheoSession } from './offer';
import { XmlWriter } from './xml-writer';

/** Extras of one element: written last, in `<extras info="passerelles">`. */
type Extras = [key: string, value: string][];

/**
 * Fits a text into an LHÉO length limit. A text cut to fit is also kept whole in the platform's extras, so the
 * platform reads back what it wrote while other readers get a valid, shortened text.
 */
function fit(value: string, max: number, key: string, extras: Extras): string {
  const text = value.trim();
  if (text.length <= max) return text;
  extras.push([key, text]);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

const lheoDate = (iso: string | null, unknown: string) => (iso ? iso.replaceAll('-', '').slice(0, 8) : unknown);

/** Splits an address into LHÉO lines (at most 4 of 50 characters). */
function addressLines(text: string): string[] {
  const lines: string[] = [];
  for (const part of text.split(/\n|,\s*/).map((p) => p.trim()).filter(Boolean)) {
    for (let rest = part; rest && lines.length < 4; rest = rest.slice(50).trim()) lines.push(rest.slice(0, 50));
  }
  return lines.length ? lines : [NOT_PROVIDED];
}

function writeAddress(xml: XmlWriter, place: LheoPlace | null): void {
  const known = place?.postalCode && /^\d{5}$/.test(place.postalCode) ? place : null;
  xml.open('adresse');
  for (const line of addressLines(known?.address ?? known?.label ?? NOT_PROVIDED)) xml.leaf('ligne', line);
  xml.leaf('codepostal', known?.postalCode ?? UNKNOWN_POSTAL_CODE);
  xml.leaf('ville', (known?.communeName ?? 'Non communiquée').slice(0, 50));
  if (known?.departement && /^\w{2,3}$/.test(known.departement)) xml.leaf('departement', known.departement);
  if (known?.inseeCode && /^\w{5}$/.test(known.inseeCode)) xml.leaf('code-INSEE-commune', known.inseeCode);
  if (known) xml.leaf('pays', 'FR');
  if (known?.latitude != null && known.longitude != null) {
    xml.open('geolocalisation').leaf('latitude', String(known.latitude)).leaf('longitude', String(known.longitude)).close();
  }
  xml.close();
}

function writeExtras(xml: XmlWriter, extras: Extras): void {
  if (!extras.length) return;
  xml.open('extras', { info: PASSERELLES_EXTRAS });
  for (const [key, value] of extras) xml.leaf('extra', value, { info: key });
  xml.close();
}

/** The numéros of an action and its session: « A/S » when they differ, the same value when they are one. */
function sessionNumbers(session: LheoSession): { action: string; session: string } {
  const id = session.externalId ?? `session-${session.id}`;
  const cut = id.lastIndexOf('/');
  return cut > 0 ? { action: id.slice(0, cut), session: id.slice(cut + 1) } : { action: id, session: id };
}

function writeAction(xml: XmlWriter, formation: LheoFormation, session: LheoSession): void {
  const extras: Extras = [['modalite', session.modality]];
  const numbers = sessionNumbers(session);
  const alternance = session.modality === 'apprentissage' || session.modality === 'contrat_pro';
  xml.open('action', { numero: numbers.action });
  xml.leaf('rythme-formation', alternance ? 'En alternance' : 'Temps plein');
  xml.leaf('code-public-vise', PUBLIC_ALL);
  xml.leaf('niveau-entree-obligatoire', formation.entryLevel !== null ? '1' : '0');
  xml.leaf('modalites-alternance', MODALITY_ALTERNANCE[session.modality]);
  xml.leaf('modalites-enseignement', '0');
  xml.leaf('conditions-specifiques', formation.entryRequirements ? fit(formation.entryRequirements, 3000, 'ignore', []) : NOT_PROVIDED);
  xml.leaf('prise-en-charge-frais-possible', session.fundings.length ? '1' : '0');
  if (session.place?.postalCode) {
    xml.open('lieu-de-formation').open('coordonnees');
    xml.leaf('ligne', session.place.label.slice(0, 50));
    writeAddress(xml, session.place);
    xml.close().close();
  }
  xml.leaf('modalites-entrees-sorties', '0');
  xml.open('session', { numero: numbers.session });
  xml.open('periode').leaf('debut', lheoDate(session.startDate, UNKNOWN_START)).leaf('fin', lheoDate(session.endDate, UNKNOWN_END)).close();
  xml.open('adresse-inscription');
  writeAddress(xml, session.place?.postalCode ? session.place : formation.organisation.place);
  xml.close();
  if (session.registrationUrl && session.registrationUrl.length >= 3 && session.registrationUrl.length <= 400) {
    xml.open('url-session').leaf('urlweb', session.registrationUrl).close();
  } else if (session.registrationUrl) extras.push(['url-inscription', session.registrationUrl]);
  xml.close();
  if (formation.accessibility) xml.leaf('acces-handicapes', fit(formation.accessibility, 250, 'ignore', []));
  if (session.priceEur !== null) {
    const price = Number(session.priceEur);
    const text = price.toFixed(2).length <= 10 ? price.toFixed(2) : String(Math.round(price));
    if (text.length <= 10) xml.leaf('prix-total-TTC', text);
    extras.push(['prix', session.priceEur]);
  }
  if (session.durationHours !== null) xml.leaf('nombre-heures-total', session.durationHours);
  const codes = [...new Set(session.fundings.map(financeurOfFunding).filter((c): c is string => c !== null))].slice(0, 8);
  for (const code of codes) xml.open('organisme-financeur').leaf('code-financeur', code).close();
  extras.push(['financements', session.fundings.join(' ')]);
  if (session.capacity !== null) extras.push(['places', String(session.capacity)]);
  if (session.seatsLeft !== null) extras.push(['places-restantes', String(session.seatsLeft)]);
  if (session.isDemo) extras.push(['donnee-demonstration', '1']);
  writeExtras(xml, extras);
  xml.close();
}

function writeOrganisation(xml: XmlWriter, organisation: LheoOrganisation): void {
  const extras: Extras = [['organisation', organisation.slug]];
  const siret = organisation.siret && /^\d{14}$/.test(organisation.siret) ? organisation.siret : UNKNOWN_SIRET;
  const coordinates = () => {
    xml.open('coordonnees');
    if (organisation.place?.postalCode) writeAddress(xml, organisation.place);
    if (organisation.websiteUrl && organisation.websiteUrl.length >= 3 && organisation.websiteUrl.length <= 400) {
      xml.open('web').leaf('urlweb', organisation.websiteUrl).close();
    }
    xml.close();
  };
  xml.open('organisme-formation-responsable');
  xml.leaf('numero-activite', UNKNOWN_ACTIVITY_NUMBER);
  xml.open('SIRET-organisme-formation').leaf('SIRET', siret).close();
  xml.leaf('nom-organisme', fit(organisation.name, 250, 'nom-organisme', extras));
  xml.leaf('raison-sociale', organisation.name.trim().slice(0, 250));
  xml.open('coordonnees-organisme');
  coordinates();
  xml.close();
  xml.open('contact-organisme');
  coordinates();
  xml.close();
  if (organisation.uai && /^\w{8}$/.test(organisation.uai)) xml.open('code-UAI-organisme-formation').leaf('code-UAI', organisation.uai).close();
  if (organisation.isDemo) extras.push(['donnee-demonstration', '1']);
  writeExtras(xml, extras);
  xml.close();
}

function certificationCodes(code: string | null): { rncp: string | null; rs: string | null } {
  const match = code ? /^(RNCP|RS)(\d+)$/i.exec(code) : null;
  if (!match) return { rncp: null, rs: null };
  const digits = match[2]!;
  return match[1]!.toUpperCase() === 'RNCP' ? { rncp: digits.slice(0, 10), rs: null } : { rncp: null, rs: digits.length >= 3 ? digits : `RS${digits}` };
}

function writeFormation(xml: XmlWriter, formation: LheoFormation): void {
  const extras: Extras = [];
  const formacodes = formation.formacodes.filter((c) => /^\d{5}$/.test(c));
  if (formacodes.length > 5 || formacodes.length !== formation.formacodes.length) extras.push(['formacodes', formation.formacodes.join(' ')]);
  xml.open('formation', { numero: formation.externalId ?? `formation-${formation.id}` });
  xml.open('domaine-formation');
  for (const code of formacodes.slice(0, 5)) xml.leaf('code-FORMACODE', code);
  xml.close();
  xml.leaf('intitule-formation', fit(formation.title, 255, 'intitule', extras));
  xml.leaf('objectif-formation', formation.objective ? fit(formation.objective, 3000, 'objectif', extras) : NOT_PROVIDED);
  xml.leaf('resultats-attendus', formation.expectedResults ? fit(formation.expectedResults, 3000, 'resultats', extras) : NOT_PROVIDED);
  xml.leaf('contenu-formation', formation.content ? fit(formation.content, 3000, 'contenu', extras) : NOT_PROVIDED);
  xml.leaf('certifiante', formation.certificationCode ? '1' : '0');
  const { contact } = formation;
  xml.open('contact-formation').open('coordonnees');
  if (contact.label) xml.leaf('nom', fit(contact.label, 50, 'contact-libelle', extras));
  if (contact.phone) xml.open('telfixe').leaf('numtel', fit(contact.phone, 25, 'contact-telephone', extras)).close();
  if (contact.email && contact.email.length >= 3 && contact.email.length <= 160) xml.leaf('courriel', contact.email);
  else if (contact.email) extras.push(['contact-courriel', contact.email]);
  if (contact.url && contact.url.length >= 3 && contact.url.length <= 400) xml.open('web').leaf('urlweb', contact.url).close();
  else if (contact.url) extras.push(['contact-web', contact.url]);
  xml.close().close();
  xml.leaf('parcours-de-formation', '1');
  xml.leaf('code-niveau-entree', lheoCodeOfLevel(formation.entryLevel));
  const certification = certificationCodes(formation.certificationCode);
  if (certification.rncp || certification.rs) {
    xml.open('certification').leaf('code-RNCP', certification.rncp).leaf('code-RS', certification.rs).close();
  }
  if (formation.exitLevel !== null && formation.exitLevel >= 3 && formation.exitLevel <= 8) xml.leaf('code-niveau-sortie', lheoCodeOfLevel(formation.exitLevel));
  if (formation.url && formation.url.length >= 3 && formation.url.length <= 400) xml.open('url-formation').leaf('urlweb', formation.url).close();
  else if (formation.url) extras.push(['url', formation.url]);
  for (const session of formation.sessions) writeAction(xml, formation, session);
  writeOrganisation(xml, formation.organisation);
  if (formation.description) extras.push(['description', formation.description]);
  if (formation.entryRequirements) extras.push(['conditions-acces', formation.entryRequirements]);
  if (formation.accessibility) extras.push(['accessibilite', formation.accessibility]);
  if (formation.isDemo) extras.push(['donnee-demonstration', '1']);
  writeExtras(xml, extras);
  xml.close();
}

export interface LheoDocumentOptions {
  /** Export time (ISO), written in the document's extras. */
  generatedAt: string;
}

/**
 * The campus offer as an LHÉO 2.3 document (valid against the official lheo.xsd). Each platform session becomes
 * one `action` with one `session`; values LHÉO cannot hold (modality, CPF, seats left, demo flag, texts longer
 * than its limits) go to `<extras info="passerelles">` so that importing the export gives the same offer back.
 * A formation needs at least one action: trainings without a session are left out by the caller.
 */
export function writeLheoDocument(formations: LheoFormation[], options: LheoDocumentOptions): string {
  const written = formations.filter((f) => f.sessions.length > 0);
  if (written.length === 0) throw new Error('une offre LHÉO contient au moins une formation avec une session');
  const xml = new XmlWriter();
  xml.open('lheo', { xmlns: LHEO_NAMESPACES['2.3'] });
  xml.open('offres');
  for (const formation of written) writeFormation(xml, formation);
  xml.close();
  const demo = written.filter((f) => f.isDemo || f.organisation.isDemo).length;
  writeExtras(xml, [
    ['producteur', 'Passerelles'],
    ['date-export', options.generatedAt],
    ['formations', String(written.length)],
    ['formations-de-demonstration', String(demo)],
  ]);
  xml.close();
  return xml.toString();
}
