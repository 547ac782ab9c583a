import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { decoderFor, sniffEncoding } from '../pipeline/encoding';
import { ImportFileError } from '../pipeline/index';

/**
 * Streams a delimited file that does not quote at all: one record per line, `"` is an ordinary character.
 * Certif Info is written this way (« matériels "travaux publics" » inside a field), which an RFC 4180 parser
 * refuses. The pipeline's CSV reader has no such mode yet: this one keeps its checks (header, field count,
 * encoding) for this layout.
 */
export async function* readPlainCsv<C extends string>(
  spec: { path: string; columns: readonly C[]; delimiter: string },
  hooks: { onBytes?(n: number): void; onMalformed?(line: number, reason: string): void } = {},
): AsyncGenerator<{ line: number; values: Record<C, string> }> {
  const fileName = basename(spec.path);
  const size = await stat(spec.path).then((s) => s.size, () => {
    throw new ImportFileError(`${fileName} : fichier introuvable (${spec.path})`);
  });
  if (size === 0) throw new ImportFileError(`${fileName} : fichier vide (0 octet)`);
  // Sniffed before the stream opens: a 'data' listener starts the flow, and bytes read before the pipe would be lost.
  const encoding = await sniffEncoding(spec.path, fileName);
  const source = createReadStream(spec.path);
  if (hooks.onBytes) source.on('data', (chunk) => hooks.onBytes?.(chunk.length));
  const decoded = source.pipe(decoderFor(encoding, fileName));
  source.on('error', (e) => decoded.destroy(e));
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  let header: string[] | null = null;
  let line = 0;
  let rows = 0;
  try {
    for await (const raw of lines) {
      line++;
      if (raw.trim() === '') continue;
      const cells = raw.replace(/^\uFEFF/, '').split(spec.delimiter);
      if (!header) {
        header = cells.map((c) => c.trim());
        const missing = spec.columns.filter((c) => !header!.includes(c));
        const extra = header.filter((h) => !(spec.columns as readonly string[]).includes(h));
        if (missing.length || extra.length || header.length !== spec.columns.length) {
          throw new ImportFileError(
            `${fileName} : en-tête inattendu — ${[missing.length ? `colonnes manquantes : ${missing.join(', ')}` : '', extra.length ? `colonnes en trop : ${extra.join(', ')}` : ''].filter(Boolean).join(' ; ') || 'colonnes en double'}`,
          );
        }
        continue;
      }
      if (cells.length !== header.length) {
        hooks.onMalformed?.(line, `${cells.length} champ(s) au lieu de ${header.length}`);
        continue;
      }
      const values = {} as Record<C, string>;
      for (let i = 0; i < header.length; i++) values[header[i] as C] = cells[i] ?? '';
      rows++;
      yield { line, values };
    }
  } finally {
    source.destroy();
  }
  if (!header) throw new ImportFileError(`${fileName} : fichier vide (aucun en-tête)`);
  if (rows === 0) throw new ImportFileError(`${fileName} : aucune ligne de données après l'en-tête`);
}
