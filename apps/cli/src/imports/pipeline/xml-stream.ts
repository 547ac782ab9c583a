import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { SaxesParser } from 'saxes';
import { ImportFileError } from './import-file-error';

/** The first bytes of a file as latin1 text (declarations and root elements are ASCII). */
export async function fileHead(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/** ISO-8859-1 / cp1252 when the XML declaration says so; UTF-8 otherwise (the XML default). */
async function declaredEncoding(path: string): Promise<'utf-8' | 'win1252'> {
  const declared = /^\s*<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(await fileHead(path, 200))?.[1]?.toLowerCase();
  return declared && /^(iso-8859-1|iso-8859-15|windows-1252|cp1252|latin-?1)$/.test(declared) ? 'win1252' : 'utf-8';
}

/** Turns bytes into text; a byte that is not UTF-8 stops the run with the line where it is. */
function textDecoder(encoding: 'utf-8' | 'win1252', fileName: string, currentLine: () => number) {
  if (encoding === 'win1252') {
    const decoder = iconv.getDecoder('win1252');
    return { write: (chunk: Buffer) => decoder.write(chunk), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const failure = (chunk: Buffer | null) => {
    const loose = chunk ? new TextDecoder('utf-8').decode(chunk) : '';
    const before = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')));
    return new ImportFileError(
      `${fileName} ligne ${currentLine() + (before.match(/\n/g)?.length ?? 0)} : octets invalides en UTF-8 (fichier en cp1252 / ISO-8859-1 sans le déclarer, ou coupé au milieu d'un caractère ?)`,
    );
  };
  const guarded = (decode: () => string, chunk: Buffer | null) => {
    try {
      return decode();
    } catch {
      throw failure(chunk);
    }
  };
  return {
    write: (chunk: Buffer) => guarded(() => decoder.decode(chunk, { stream: true }), chunk),
    end: () => guarded(() => decoder.decode(), null),
  };
}

/** Refuses a missing or empty file with a clear message before any parsing. */
export async function assertXmlFile(path: string, fileName: string): Promise<void> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new ImportFileError(`${fileName} : fichier introuvable (${path})`);
    },
  );
  if (size === 0) throw new ImportFileError(`${fileName} : fichier vide (0 octet)`);
}

/**
 * Feeds a file to a saxes parser in 1 MB chunks and hands out, after each chunk, the records its handlers pushed
 * to `ready`. Handing them out before reading on is the backpressure: the next chunk waits for their writes, so
 * memory holds one chunk and the records it completes, whatever the file size.
 */
export async function* streamXmlRecords<T>(
  path: string,
  fileName: string,
  parser: SaxesParser<object>,
  ready: T[],
  onBytes?: (bytes: number) => void,
): AsyncGenerator<T> {
  const feed = (text: string) => {
    try {
      if (text) parser.write(text);
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError(`${fileName} : XML mal formé — ${(e as Error).message}`);
    }
  };
  const decoder = textDecoder(await declaredEncoding(path), fileName, () => parser.line);
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      feed(decoder.write(chunk));
      for (const done of ready.splice(0)) yield done;
    }
    feed(decoder.end());
    try {
      parser.close();
    } catch (e) {
      throw new ImportFileError(`${fileName} : XML incomplet (fichier tronqué ?) — ${(e as Error).message}`);
    }
    for (const done of ready.splice(0)) yield done;
  } finally {
    source.destroy();
  }
}
