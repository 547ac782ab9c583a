import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { decoderFor, sniffEncoding } from '../pipeline/encoding';
import { ImportFileError } from '../pipeline/index';

/**
 * Streams the cells of a delimited file that has no header line and no quoting, one record per line: the layout of
 * the Formacode 2003 export. The pipeline's CSV reader needs a header and a fixed field count, and this file has
 * neither (descriptors that are not training subjects stop after 4 fields), so the caller checks each line's
 * fields itself; the encoding checks are the pipeline's.
 */
export async function* readHeaderlessLines(
  path: string,
  delimiter: string,
  hooks: { onBytes?(n: number): void } = {},
): AsyncGenerator<{ line: number; cells: string[] }> {
  const fileName = basename(path);
  const size = await stat(path).then((s) => s.size, () => {
    throw new ImportFileError(`${fileName} : fichier introuvable (${path})`);
  });
  if (size === 0) throw new ImportFileError(`${fileName} : fichier vide (0 octet)`);
  // Sniffed before the stream opens: a 'data' listener starts the flow, and bytes read before the pipe would be lost.
  const encoding = await sniffEncoding(path, fileName);
  const source = createReadStream(path);
  if (hooks.onBytes) source.on('data', (chunk) => hooks.onBytes?.(chunk.length));
  const decoded = source.pipe(decoderFor(encoding, fileName));
  source.on('error', (e) => decoded.destroy(e));
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  let line = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      records++;
      yield { line, cells: text.split(delimiter) };
    }
  } finally {
    source.destroy();
  }
  if (records === 0) throw new ImportFileError(`${fileName} : aucune ligne de données`);
}
