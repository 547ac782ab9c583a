import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { decoderFor } from './encoding';
import { ImportFileError } from './import-file-error';

export interface JsonRecord {
  line: number;
  value: unknown;
}

/**
 * Streams a JSON array written one element per line (`[`, `{…},` …, `]`), the layout of the
 * @etalab/decoupage-administratif files: memory stays flat, unlike JSON.parse on the whole file.
 * A line that is not one JSON value is reported and reading goes on; a missing closing `]` means a truncated file.
 */
export async function* readJsonArrayLines(
  path: string,
  hooks: { onBytes?(bytes: number): void; onMalformed?(line: number, reason: string): void } = {},
): AsyncGenerator<JsonRecord> {
  const fileName = basename(path);
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new ImportFileError(`${fileName} : fichier introuvable (${path})`);
    },
  );
  if (size === 0) throw new ImportFileError(`${fileName} : fichier vide (0 octet)`);
  const source = createReadStream(path);
  if (hooks.onBytes) source.on('data', (chunk) => hooks.onBytes?.(chunk.length));
  const decoded = source.pipe(decoderFor('utf-8', fileName));
  source.on('error', (e) => decoded.destroy(e));
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  let line = 0;
  let opened = false;
  let closed = false;
  try {
    for await (const raw of lines) {
      line++;
      const text = raw.trim().replace(/^\uFEFF/, '');
      if (text === '') continue;
      if (!opened) {
        if (text !== '[') throw new ImportFileError(`${fileName} ligne ${line} : un tableau JSON à un élément par ligne est attendu (« [ » seul sur la première ligne)`);
        opened = true;
        continue;
      }
      if (text === ']') {
        closed = true;
        continue;
      }
      if (closed) throw new ImportFileError(`${fileName} ligne ${line} : contenu après la fin du tableau JSON`);
      try {
        yield { line, value: JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as unknown };
      } catch (e) {
        if (e instanceof SyntaxError) hooks.onMalformed?.(line, `JSON illisible (${e.message})`);
        else throw e;
      }
    }
  } finally {
    source.destroy();
  }
  if (!opened) throw new ImportFileError(`${fileName} : fichier vide (aucun tableau JSON)`);
  if (!closed) throw new ImportFileError(`${fileName} : le tableau JSON n'est pas refermé (« ] » final absent) — fichier tronqué ?`);
}
