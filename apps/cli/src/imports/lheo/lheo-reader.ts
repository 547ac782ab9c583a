import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { LHEO_NAMESPACES } from '@passerelles/domain';
import { assertXmlFile, fileHead, ImportFileError, streamXmlRecords } from '../pipeline/index';

/** An element of one `<formation>`, by its local name (the namespace is checked once, on the root). */
export interface LheoNode {
  name: string;
  attributes: Record<string, string>;
  children: LheoNode[];
  /** Its own text (children's texts are theirs). */
  text: string;
  line: number;
}

/** One `<formation>` with everything below it, and where it is in the file. */
export interface RawFormation {
  /** 1-based position in the file. */
  index: number;
  node: LheoNode;
}

export interface LheoReaderHooks {
  onBytes?(bytes: number): void;
}

const VERSIONS = new Map<string, string>([
  [LHEO_NAMESPACES['2.2'], 'LHÉO 2.2'],
  [LHEO_NAMESPACES['2.3'], 'LHÉO 2.3'],
  ['', 'LHÉO (DTD, sans espace de noms)'],
]);

/** The LHÉO version a root namespace stands for; an ImportFileError for any other namespace. */
export function lheoVersionOf(namespace: string, fileName: string): string {
  const version = VERSIONS.get(namespace);
  if (version) return version;
  throw new ImportFileError(
    `${fileName} : espace de noms « ${namespace} » non pris en charge — LHÉO 2.2 (${LHEO_NAMESPACES['2.2']}) ou 2.3 (${LHEO_NAMESPACES['2.3']}) attendu`,
  );
}

/** The version named by the root element's namespace, read from the first bytes (for the report). */
export async function peekLheoVersion(path: string): Promise<string | null> {
  const text = await fileHead(path, 8192).catch(() => '');
  const root = /<(?:\w+:)?lheo[\s>]/.exec(text);
  if (!root) return null;
  const namespace = /xmlns(?::\w+)?=["']([^"']*)["']/.exec(text.slice(root.index, text.indexOf('>', root.index)))?.[1] ?? '';
  return VERSIONS.get(namespace) ?? null;
}

/**
 * Streams the `<formation>` elements of an LHÉO offer (2.2 or 2.3 namespace, or a DTD-based file without one): the
 * file is read in 1 MB chunks fed to saxes, and each formation is handed out, with its subtree, as soon as it is
 * closed. Memory holds one chunk and the formations it completes, never the document.
 */
export async function* readLheoFormations(path: string, hooks: LheoReaderHooks = {}): AsyncGenerator<RawFormation, string> {
  const fileName = basename(path);
  await assertXmlFile(path, fileName);

  const parser = new SaxesParser({ xmlns: true, fileName });
  const ready: RawFormation[] = [];
  let depth = 0;
  let version: string | null = null;
  let offresSeen = false;
  let inOffres = false;
  let count = 0;
  /** The open elements of the formation being read (empty outside one). */
  const stack: LheoNode[] = [];

  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.local !== 'lheo') throw new ImportFileError(`${fileName} : élément racine <${tag.name}>, <lheo> attendu (offre de formation LHÉO)`);
      version = lheoVersionOf(tag.uri, fileName);
      return;
    }
    if (depth === 2) {
      inOffres = tag.local === 'offres';
      if (inOffres) offresSeen = true;
      return;
    }
    if (depth === 3 && tag.local === 'formation' && inOffres && stack.length === 0) {
      stack.push({ name: 'formation', attributes: attributesOf(tag.attributes), children: [], text: '', line: parser.line });
      return;
    }
    const parent = stack.at(-1);
    if (parent) {
      const node: LheoNode = { name: tag.local, attributes: attributesOf(tag.attributes), children: [], text: '', line: parser.line };
      parent.children.push(node);
      stack.push(node);
    }
  });
  const onText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const node = stack.length && depth >= 3 ? stack.pop() : undefined;
    if (node && stack.length === 0) ready.push({ index: ++count, node });
    if (depth === 2) inOffres = false;
    depth--;
  });

  yield* streamXmlRecords(path, fileName, parser, ready, hooks.onBytes);
  if (version === null) throw new ImportFileError(`${fileName} : aucun élément XML (fichier vide ?)`);
  if (!offresSeen) throw new ImportFileError(`${fileName} : élément obligatoire <offres> absent de <lheo>`);
  if (count === 0) throw new ImportFileError(`${fileName} : aucune <formation> dans <offres>`);
  return version;
}

function attributesOf(attributes: Record<string, { local: string; value: string }>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of Object.values(attributes)) result[attribute.local] = attribute.value;
  return result;
}
