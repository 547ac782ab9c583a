import type { LheoTrainingValues } from '@passerelles/db';
import {
  fundingOfFinanceur, guessModality, isFunding, isUnknownSiret, levelOfLheoCode, MODALITIES, NOT_PROVIDED, PASSERELLES_EXTRAS,
  UNKNOWN_END, UNKNOWN_POSTAL_CODE, UNKNOWN_START, type Funding, type Modality,
} from '@passerelles/domain';
import type { LheoNode, RawFormation } from './lheo-reader';

/** A place named by the file: the commune is looked up in the database by INSEE code, else postal code + city. */
export interface LheoPlaceDraft {
  label: string;
  address: string | null;
  inseeCode: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface LheoSessionDraft {
  externalId: string;
  modality: Modality;
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  priceEur: string | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  registrationUrl: string | null;
  isDemo: boolean;
  place: LheoPlaceDraft | null;
}

/** The training as the repository saves it (the certification is kept only when the database holds it). */
export type LheoTrainingFields = LheoTrainingValues;

export interface LheoTrainingDraft {
  externalId: string;
  /** « formation #3 (numero 9436_18706) ligne 4 ». */
  location: string;
  organisation: { siret: string | null; uai: string | null; name: string };
  training: LheoTrainingFields;
  sessions: LheoSessionDraft[];
  /** Informative counts (funder codes with no platform kind…), by label. */
  notes: Record<string, number>;
}

export interface LheoProblem {
  field: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the tree

const childrenOf = (node: LheoNode | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
const childOf = (node: LheoNode | undefined, name: string) => node?.children.find((c) => c.name === name);
/** The node at a path of child names (`coordonnees/adresse`). */
const at = (node: LheoNode | undefined, path: string) => path.split('/').reduce<LheoNode | undefined>((n, name) => childOf(n, name), node);
const raw = (node: LheoNode | undefined, path: string): string | null => {
  const found = at(node, path);
  const text = found?.text.trim();
  return text ? text : null;
};

/** Values of the platform's own extras of an element (`<extras info="passerelles">`). */
function platformExtras(node: LheoNode | undefined): Map<string, string> {
  const values = new Map<string, string>();
  for (const extras of childrenOf(node, 'extras').filter((e) => e.attributes.info === PASSERELLES_EXTRAS)) {
    for (const extra of childrenOf(extras, 'extra')) if (extra.attributes.info) values.set(extra.attributes.info, extra.text.trim());
  }
  return values;
}

/** Every `extra` below an element's extras, whatever their info (Onisep's « formation-initiale »…). */
function anyExtra(node: LheoNode | undefined, info: string): string | null {
  const search = (n: LheoNode): string | null => {
    for (const c of n.children) {
      if (c.name === 'extra' && c.attributes.info === info) return c.text.trim();
      if (c.name === 'extras') {
        const found = search(c);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return node ? search(node) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Texts

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â',
  ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', oelig: 'œ', rsquo: '’', lsquo: '‘',
  laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', euro: '€', deg: '°',
};
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Tags of the HTML producers put in LHÉO texts; « <BPF> » in a plain text is not one. */
const HTML_TAG = /<\/?(p|br|ul|ol|li|b|i|u|em|strong|span|div|a|h[1-6]|sup|sub|table|tr|td|th|tbody|thead|hr|blockquote|font|small)(\s[^>]*)?\/?>/i;

/**
 * LHÉO texts often carry HTML written as text (Onisep: `&lt;p&gt;…`). The platform stores plain text: paragraphs
 * and list items become lines, tags go, entities are decoded. A text without tags is kept as it is.
 */
export function htmlToText(value: string): string {
  if (!HTML_TAG.test(value)) return value.trim();
  const text = value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li(\s[^>]*)?>/gi, '\n• ')
    .replace(/<\/(p|div|ul|ol|h[1-6])>/gi, '\n')
    .replace(new RegExp(HTML_TAG.source, 'gi'), '');
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const PLACEHOLDERS = new Set(['-', '--', '.', 'néant', 'neant', 'aucun', 'aucune', 'sans objet', 'non communiqué', 'non communique', 'nc', NOT_PROVIDED.toLowerCase()]);
/** A text of the file, or null when it is empty or a placeholder (« - », « Non communiqué. »…). */
export function meaningful(value: string | null): string | null {
  if (value === null) return null;
  const text = htmlToText(value);
  return text && !PLACEHOLDERS.has(text.toLowerCase().replace(/\.$/, '').trim()) && !PLACEHOLDERS.has(text.toLowerCase()) ? text : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** aaaammjj → ISO date; 00000000 / 99999999 (unknown) → null; anything else that is not a date → undefined. */
export function lheoDate(value: string): string | null | undefined {
  if (value === UNKNOWN_START || value === UNKNOWN_END) return null;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : undefined;
}

/** « 1 250,50 € » → « 1250.50 »; null when it is not an amount. */
export function lheoPrice(value: string | null): string | null {
  if (!value) return null;
  const cleaned = value.replace(/[\s\u00A0\u202F€]|eur(os?)?/gi, '').replace(',', '.');
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned).toFixed(2);
}

const wholeNumber = (value: string | null | undefined): number | null => (value && /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null);

/** Hours from nombre-heures-total, or from a duree-indicative that names hours (« 450 heures », « 35 h »). */
function durationHours(action: LheoNode): number | null {
  const total = wholeNumber(raw(action, 'nombre-heures-total'));
  if (total !== null) return total;
  const centre = wholeNumber(raw(action, 'nombre-heures-centre'));
  const company = wholeNumber(raw(action, 'nombre-heures-entreprise'));
  if (centre !== null || company !== null) return (centre ?? 0) + (company ?? 0);
  const indicative = /^(\d{1,5})\s*h(eures?)?\b/i.exec(raw(action, 'duree-indicative') ?? '');
  return indicative ? Number(indicative[1]) : null;
}

/** A web address as given; a bare host (« www.lycee.fr ») gets https://. */
function webAddress(value: string | null): string | null {
  if (!value) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value) ? `https://${value}` : value;
}

/** RNCP / RS code of a `certification` element: LHÉO writes the number (« 474 »), some producers the prefix too. */
export function certificationCodeOf(certification: LheoNode | undefined): string | null {
  const rncp = raw(certification, 'code-RNCP')?.replace(/^RNCP\s*/i, '');
  if (rncp && /^\d{1,6}$/.test(rncp)) return `RNCP${Number(rncp)}`;
  const rs = raw(certification, 'code-RS')?.replace(/^RS\s*/i, '');
  if (rs && /^\d{1,6}$/.test(rs)) return `RS${Number(rs)}`;
  return null;
}

function placeOf(container: LheoNode | undefined, labelFallback: string | null): LheoPlaceDraft | null {
  const coordinates = container?.name === 'adresse' ? undefined : childOf(container, 'coordonnees');
  const address = container?.name === 'adresse' ? container : childOf(coordinates, 'adresse');
  if (!address) return null;
  const postalCode = raw(address, 'codepostal');
  const inseeCode = raw(address, 'code-INSEE-commune');
  if ((!postalCode || postalCode === UNKNOWN_POSTAL_CODE) && !inseeCode) return null;
  const lines = childrenOf(address, 'ligne').map((l) => l.text.trim()).filter(Boolean);
  const city = raw(address, 'ville');
  const coordinate = (name: string) => {
    const n = Number(raw(address, `geolocalisation/${name}`)?.replace(',', '.'));
    return Number.isFinite(n) && raw(address, `geolocalisation/${name}`) !== null ? n : null;
  };
  return {
    label: raw(coordinates, 'ligne') ?? raw(address, 'denomination') ?? labelFallback ?? city ?? 'Lieu de formation',
    address: lines.length ? lines.join(', ') : null,
    inseeCode: inseeCode && /^\w{5}$/.test(inseeCode) ? inseeCode : null,
    postalCode: postalCode && /^\d{5}$/.test(postalCode) && postalCode !== UNKNOWN_POSTAL_CODE ? postalCode : null,
    city,
    latitude: coordinate('latitude'),
    longitude: coordinate('longitude'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The mapping

export const formationLocation = (formation: RawFormation) => {
  const numero = formation.node.attributes.numero;
  return `formation #${formation.index}${numero ? ` (numero ${numero})` : ''} ligne ${formation.node.line}`;
};

const MANDATORY = ['intitule-formation', 'objectif-formation', 'resultats-attendus', 'contenu-formation', 'organisme-formation-responsable'];

/**
 * One LHÉO `<formation>` → the platform's training and its sessions (one per action × session), or the reasons
 * it cannot be taken. Pure: organisation, certification and commune are matched against the database later.
 */
export function mapFormation(formation: RawFormation): { draft: LheoTrainingDraft } | { problems: LheoProblem[] } {
  const f = formation.node;
  const problems: LheoProblem[] = [];
  const notes: Record<string, number> = {};
  const note = (label: string) => (notes[label] = (notes[label] ?? 0) + 1);
  for (const name of MANDATORY) if (!childOf(f, name)) problems.push({ field: name, reason: `élément obligatoire <${name}> absent` });
  const actions = childrenOf(f, 'action');
  if (actions.length === 0) problems.push({ field: 'action', reason: 'élément obligatoire <action> absent (au moins une action par formation)' });

  const extras = platformExtras(f);
  const title = extras.get('intitule') ?? meaningful(raw(f, 'intitule-formation'));
  if (childOf(f, 'intitule-formation') && !title) problems.push({ field: 'intitule-formation', reason: 'intitulé de formation vide' });

  const organisation = childOf(f, 'organisme-formation-responsable');
  const organisationName = raw(organisation, 'nom-organisme') ?? meaningful(raw(organisation, 'raison-sociale'));
  if (organisation && !organisationName) problems.push({ field: 'organisme-formation-responsable/nom-organisme', reason: 'élément obligatoire <nom-organisme> absent ou vide' });
  const siret = raw(organisation, 'SIRET-organisme-formation/SIRET')?.replace(/\s/g, '') ?? null;
  if (siret && !/^\d{14}$/.test(siret)) problems.push({ field: 'SIRET', reason: `SIRET « ${siret} » invalide (14 chiffres attendus)` });

  const certifications = childrenOf(f, 'certification');
  const certificationCode = certifications.map(certificationCodeOf).find((c) => c !== null) ?? null;
  if (certifications.length && !certificationCode && certifications.some((c) => raw(c, 'code-RNCP') || raw(c, 'code-RS'))) note('codes RNCP / RS illisibles (lien ignoré)');
  const cpfEligible = certifications.some((c) => raw(c, 'code-CPF') !== null);

  const firstAction = actions[0];
  const sessions: LheoSessionDraft[] = [];
  const seenSessions = new Set<string>();
  actions.forEach((action, a) => {
    const actionExtras = platformExtras(action);
    const sessionNodes = childrenOf(action, 'session');
    if (sessionNodes.length === 0) problems.push({ field: `action #${a + 1}/session`, reason: `élément obligatoire <session> absent de l'action #${a + 1}` });
    const declared = actionExtras.get('modalite');
    const modality: Modality = declared && (MODALITIES as readonly string[]).includes(declared)
      ? (declared as Modality)
      : guessModality(
        [raw(action, 'modalites-alternance') ?? '', raw(action, 'rythme-formation') ?? '', title ?? ''],
        anyExtra(action, 'formation-initiale') === '1',
      );
    let fundings: Funding[];
    if (actionExtras.has('financements')) {
      fundings = actionExtras.get('financements')!.split(/\s+/).filter(isFunding);
    } else {
      const codes = childrenOf(action, 'organisme-financeur').map((o) => raw(o, 'code-financeur')).filter((c): c is string => c !== null);
      fundings = [];
      for (const code of codes) {
        const funding = fundingOfFinanceur(code);
        if (funding) fundings.push(funding);
        else note(`code-financeur sans équivalent sur la plateforme (${code})`);
      }
      if (cpfEligible) fundings.push('cpf');
      fundings = [...new Set(fundings)];
    }
    const priceText = actionExtras.get('prix') ?? raw(action, 'prix-total-TTC');
    const price = lheoPrice(priceText);
    if (priceText && price === null) note('prix illisibles (ignorés)');
    const place = placeOf(childOf(action, 'lieu-de-formation'), null);
    sessionNodes.forEach((session, s) => {
      const where = `action #${a + 1} session #${s + 1}`;
      const actionNumber = action.attributes.numero?.trim() || `action-${a + 1}`;
      const sessionNumber = session.attributes.numero?.trim() || `session-${s + 1}`;
      const externalId = actionNumber === sessionNumber ? actionNumber : `${actionNumber}/${sessionNumber}`;
      if (seenSessions.has(externalId)) problems.push({ field: `${where} numero`, reason: `session « ${externalId} » en double dans la formation` });
      seenSessions.add(externalId);
      const dates = ['debut', 'fin'].map((name) => {
        const value = raw(session, `periode/${name}`);
        if (value === null) {
          problems.push({ field: `${where}/periode/${name}`, reason: `élément obligatoire <${name}> absent de <periode>` });
          return null;
        }
        const date = lheoDate(value);
        if (date === undefined) {
          problems.push({ field: `${where}/periode/${name}`, reason: `date « ${value} » invalide (aaaammjj attendu)` });
          return null;
        }
        return date;
      });
      const [startDate = null, endDate = null] = dates;
      if (startDate && endDate && endDate < startDate) problems.push({ field: `${where}/periode`, reason: `fin (${endDate}) avant le début (${startDate})` });
      const sessionExtras = platformExtras(session);
      sessions.push({
        externalId,
        modality,
        startDate,
        endDate,
        durationHours: durationHours(action),
        priceEur: price,
        fundings,
        capacity: wholeNumber(actionExtras.get('places')) ?? wholeNumber(raw(session, 'recrutement/nb-places')),
        seatsLeft: wholeNumber(actionExtras.get('places-restantes')),
        registrationUrl: webAddress(raw(session, 'url-session/urlweb') ?? sessionExtras.get('url-inscription') ?? actionExtras.get('url-inscription') ?? null),
        isDemo: actionExtras.get('donnee-demonstration') === '1',
        // The platform writes lieu-de-formation whenever it knows the place: in its own files, no lieu means none.
        place: place ?? (declared ? null : placeOf(at(session, 'adresse-inscription/adresse'), organisationName)),
      });
    });
  });

  if (problems.length) return { problems };
  const text = (key: string, element: string) => (extras.has(key) ? extras.get(key)! || null : meaningful(raw(f, element)));
  const formacodes = extras.has('formacodes')
    ? extras.get('formacodes')!.split(/\s+/).filter(Boolean)
    : childrenOf(childOf(f, 'domaine-formation'), 'code-FORMACODE').map((c) => c.text.trim()).filter((c) => /^\d{5}$/.test(c));
  const contact = childOf(childOf(f, 'contact-formation'), 'coordonnees');
  const externalId = f.attributes.numero?.trim() || `sans-numero:${(title ?? '').toLowerCase()}`;
  return {
    draft: {
      externalId,
      location: formationLocation(formation),
      organisation: { siret: isUnknownSiret(siret) ? null : siret, uai: raw(organisation, 'code-UAI-organisme-formation/code-UAI'), name: organisationName! },
      training: {
        title: title!,
        description: extras.get('description') ?? null,
        objective: text('objectif', 'objectif-formation'),
        content: text('contenu', 'contenu-formation'),
        expectedResults: text('resultats', 'resultats-attendus'),
        entryLevel: levelOfLheoCode(raw(f, 'code-niveau-entree') ?? '0'),
        entryRequirements: extras.get('conditions-acces') ?? meaningful(raw(firstAction, 'conditions-specifiques')),
        accessibility: extras.get('accessibilite') ?? meaningful(raw(firstAction, 'acces-handicapes')),
        contactLabel: extras.get('contact-libelle') ?? raw(contact, 'nom'),
        contactEmail: raw(contact, 'courriel') ?? extras.get('contact-courriel') ?? null,
        contactPhone: extras.get('contact-telephone') ?? raw(contact, 'telfixe/numtel') ?? raw(contact, 'portable/numtel'),
        contactUrl: webAddress(raw(contact, 'web/urlweb') ?? extras.get('contact-web') ?? null),
        formacodes: [...new Set(formacodes)],
        url: webAddress(raw(f, 'url-formation/urlweb') ?? extras.get('url') ?? null),
        certificationCode,
        isDemo: extras.get('donnee-demonstration') === '1',
      },
      sessions,
      notes,
    },
  };
}
