import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { decoderFor, sniffEncoding, type FileEncoding } from './encoding';
import { ImportFileError } from './import-file-error';

export interface CsvFileSpec<C extends string> {
  path: string;
  /** The exact header expected, in any order: a missing or an extra column refuses the file. */
  columns: readonly C[];
  delimiter?: string;
  /** 'auto' (default) sniffs the first bytes: UTF-8, else cp1252. */
  encoding?: 'auto' | FileEncoding;
  /** Takes the header as it comes (benchmarks, inspection): `columns` is then ignored. */
  anyHeader?: boolean;
  /** A header without rows is refused unless the file may legitimately be empty. */
  allowNoRows?: boolean;
}

export interface CsvRecord<C extends string> {
  /** Line of the file where the record ends (records may span lines). */
  line: number;
  values: Record<C, string>;
}

export interface CsvHooks {
  onBytes?(bytes: number): void;
  /** A record with the wrong number of fields: reported, and reading goes on. */
  onMalformed?(line: number, reason: string): void;
}

function headerProblem(fileName: string, header: string[], expected: readonly string[]): string | null {
  const seen = new Set<string>();
  const repeated = header.filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
  const missing = expected.filter((c) => !seen.has(c));
  const extra = header.filter((h) => !expected.includes(h));
  if (!missing.length && !extra.length && !repeated.length) return null;
  const parts = [
    missing.length ? `colonnes manquantes : ${missing.join(', ')}` : '',
    extra.length ? `colonnes en trop : ${extra.join(', ')}` : '',
    repeated.length ? `colonnes en double : ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  return `${fileName} : en-tête inattendu — ${parts.join(' ; ')} (attendu : ${expected.join(', ')})`;
}

function csvErrorMessage(fileName: string, error: CsvError, line: number): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${fileName} ligne ${line} : guillemet ouvert jamais refermé — fichier tronqué ?`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${fileName} ligne ${line} : guillemet mal placé dans un champ`;
    default:
      return `${fileName} ligne ${line} : CSV illisible (${error.message})`;
  }
}

/**
 * Streams the records of an RFC 4180 CSV file (quoted fields, multi-line fields, blank lines) as objects keyed by
 * column name, after checking the header. Memory stays flat whatever the file size.
 */
export async function* readCsv<C extends string>(spec: CsvFileSpec<C>, hooks: CsvHooks = {}): AsyncGenerator<CsvRecord<C>> {
  const fileName = basename(spec.path);
  const size = await stat(spec.path).then(
    (s) => s.size,
    () => {
      throw new ImportFileError(`${fileName} : fichier introuvable (${spec.path})`);
    },
  );
  if (size === 0) throw new ImportFileError(`${fileName} : fichier vide (0 octet)`);
  const encoding = !spec.encoding || spec.encoding === 'auto' ? await sniffEncoding(spec.path, fileName) : spec.encoding;

  const source = createReadStream(spec.path);
  if (hooks.onBytes) source.on('data', (chunk) => hooks.onBytes?.(chunk.length));
  const parser = parse({
    delimiter: spec.delimiter ?? ',',
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  // The pipeline's own rejection is re-thrown by the loop below (same error), so it is only observed here.
  const flowing = pipeline(source, decoderFor(encoding, fileName), parser).catch(() => {});

  let header: string[] | null = null;
  let rows = 0;
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      lastLine = info.lines;
      if (!header) {
        header = record.map((h) => h.trim());
        const problem = spec.anyHeader ? null : headerProblem(fileName, header, spec.columns);
        if (problem) throw new ImportFileError(problem);
        continue;
      }
      if (record.length !== header.length) {
        hooks.onMalformed?.(info.lines, `${record.length} champ(s) au lieu de ${header.length}`);
        continue;
      }
      const values = {} as Record<C, string>;
      for (let i = 0; i < header.length; i++) values[header[i] as C] = record[i] ?? '';
      rows++;
      yield { line: info.lines, values };
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    if (e instanceof CsvError) throw new ImportFileError(csvErrorMessage(fileName, e, lastLine + 1));
    throw e;
  } finally {
    // Also reached when the consumer stops early: release the file and let the pipeline settle.
    source.destroy();
    await flowing;
  }
  if (!header) throw new ImportFileError(`${fileName} : fichier vide (aucun en-tête)`);
  if (rows === 0 && !spec.allowNoRows) throw new ImportFileError(`${fileName} : aucune ligne de données après l'en-tête`);
}
