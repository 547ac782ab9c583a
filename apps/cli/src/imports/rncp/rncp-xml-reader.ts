import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { assertXmlFile, ImportFileError, streamXmlRecords } from '../pipeline/index';

/** The elements of a FICHE the import reads, by path below FICHE; everything else is skipped unread. */
const FIELDS = new Set([
  'NUMERO_FICHE', 'INTITULE', 'ABREGE/CODE', 'ABREGE/LIBELLE', 'ETAT_FICHE', 'NOMENCLATURE_EUROPE/NIVEAU', 'ACTIF',
  'TYPE_ENREGISTREMENT', 'DATE_FIN_ENREGISTREMENT', 'DATE_DECISION', 'DATE_EFFET', 'DATE_DE_PUBLICATION',
  'CODES_NSF/NSF/CODE', 'FORMACODES/FORMACODE/CODE', 'CODES_ROME/ROME/CODE',
  'NOUVELLES_CERTIFICATIONS/NOUVELLE_CERTIFICATION/ID_FICHE_NOUVELLE_CERTIFICATION',
  'ANCIENNES_CERTIFICATIONS/ANCIENNE_CERTIFICATION/ID_FICHE_ANCIENNE_CERTIFICATION',
]);
/** Repeated elements whose children belong together (a bloc's code with its label). */
const GROUPS: Record<string, string[]> = {
  'BLOCS_COMPETENCES/BLOC_COMPETENCES': ['CODE', 'LIBELLE', 'LISTE_COMPETENCES', 'MODALITES_EVALUATION'],
  'CERTIFICATEURS/CERTIFICATEUR': ['SIRET_CERTIFICATEUR', 'NOM_CERTIFICATEUR'],
};
/** Children of FICHE that hold something wanted: the others (partenaires, jurys…) are skipped without path work. */
const WANTED_CHILDREN = new Set([...FIELDS, ...Object.keys(GROUPS)].map((p) => p.split('/')[0]!));
const GROUP_FIELDS = new Map<string, { group: string; key: string }>(Object.entries(GROUPS).flatMap(([group, keys]) => keys.map((k) => [`${group}/${k}`, { group, key: k }] as const)));

export interface RawFiche {
  /** 1-based position of the FICHE in the file. */
  index: number;
  /** Line where the FICHE starts. */
  line: number;
  /** Values of FIELDS, in document order (lists have several). */
  fields: Map<string, string[]>;
  groups: Map<string, Record<string, string>[]>;
}

export interface RncpXmlHooks {
  onBytes?(bytes: number): void;
  onVersion?(version: string): void;
}

/** The declared encoding, read from the XML declaration: the flux is UTF-8, older exports were ISO-8859-1. */
/**
 * Streams the FICHE elements of an RNCP / RS export (flux V4.1): the file is read in 1 MB chunks, each chunk is
 * fed to saxes, and the fiches it completes are handed out before the next chunk is read. Only the elements the
 * import needs are kept, so memory holds one chunk and the fiches it closes, whatever the file size.
 */
export async function* readRncpFiches(path: string, hooks: RncpXmlHooks = {}): AsyncGenerator<RawFiche> {
  const fileName = basename(path);
  await assertXmlFile(path, fileName);

  const parser = new SaxesParser({ fileName });
  const ready: RawFiche[] = [];
  let depth = 0;
  let rootSeen = false;
  let count = 0;
  let fiche: RawFiche | null = null;
  let relative = '';
  /** Depth of the unwanted child of FICHE being skipped (0: none). */
  let skipping = 0;
  let capture: { path: string; text: string } | null = null;
  let version = '';

  const onText = (text: string) => {
    if (capture) capture.text += text;
  };
  // saxes builds text only while a text handler is set: it is set just while a wanted element is open, so the
  // long texts the import skips (activités visées, partenaires…) are scanned but never copied.
  const startCapture = (path: string) => {
    capture = { path, text: '' };
    parser.on('text', onText);
  };
  parser.on('opentag', (tag) => {
    depth++;
    if (skipping) return;
    if (depth === 1) {
      if (tag.name !== 'FICHES') throw new ImportFileError(`${fileName} : élément racine <${tag.name}>, <FICHES> attendu (export RNCP / RS flux V4.1)`);
      rootSeen = true;
    } else if (depth === 2) {
      if (tag.name === 'FICHE') fiche = { index: ++count, line: parser.line, fields: new Map(), groups: new Map() };
      else if (tag.name === 'VERSION_FLUX') startCapture('VERSION_FLUX');
    } else if (fiche) {
      if (depth === 3 && !WANTED_CHILDREN.has(tag.name)) {
        skipping = depth;
        return;
      }
      relative = depth === 3 ? tag.name : `${relative}/${tag.name}`;
      if (relative in GROUPS) {
        const list = fiche.groups.get(relative) ?? [];
        list.push({});
        fiche.groups.set(relative, list);
      } else if (FIELDS.has(relative) || GROUP_FIELDS.has(relative)) {
        startCapture(relative);
      }
    }
  });
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (skipping) {
      if (depth === skipping) skipping = 0;
      depth--;
      return;
    }
    if (capture && (depth === 2 || capture.path === relative)) {
      const value = capture.text.trim();
      if (capture.path === 'VERSION_FLUX') {
        version = value;
        hooks.onVersion?.(value);
      } else if (fiche) {
        const grouped = GROUP_FIELDS.get(capture.path);
        const group = grouped ? fiche.groups.get(grouped.group)?.at(-1) : undefined;
        if (grouped && group) group[grouped.key] = value;
        else fiche.fields.set(capture.path, [...(fiche.fields.get(capture.path) ?? []), value]);
      }
      capture = null;
      parser.off('text');
    }
    if (depth === 2 && fiche) {
      ready.push(fiche);
      fiche = null;
    } else if (depth > 3) {
      relative = relative.slice(0, relative.lastIndexOf('/'));
    }
    depth--;
  });

  yield* streamXmlRecords(path, fileName, parser, ready, hooks.onBytes);
  if (!rootSeen) throw new ImportFileError(`${fileName} : aucun élément XML (fichier vide ?)`);
  if (count === 0) throw new ImportFileError(`${fileName} : aucune <FICHE> dans <FICHES>${version ? ` (flux ${version})` : ''}`);
}

/** VERSION_FLUX, read from the first bytes without parsing the file (for the report, before the run starts). */
export async function peekFluxVersion(path: string): Promise<string | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /<VERSION_FLUX>\s*([^<\s]+)\s*<\/VERSION_FLUX>/.exec(head.subarray(0, bytesRead).toString('utf8'))?.[1] ?? null;
  } finally {
    await handle.close();
  }
}
