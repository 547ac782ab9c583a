import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { ImportFileError } from './import-file-error';

export type FileEncoding = 'utf-8' | 'windows-1252';

const SNIFF_BYTES = 256 * 1024;

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence (é as C3 A9…). */
function hasUtf8Sequences(bytes: Buffer): boolean {
  return /[\xC2-\xF4][\x80-\xBF]/.test(bytes.toString('latin1'));
}

/**
 * Decides how to read `bytes` (the beginning of a file). Valid UTF-8 is UTF-8. Bytes that are not UTF-8 and hold no
 * UTF-8 sequence at all are cp1252 (ROME ships one such file under a `_utf8` name). Both at once is a file that was
 * damaged by a bad conversion: it is refused rather than imported with broken accents.
 */
export function detectEncoding(bytes: Buffer, fileName: string): FileEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    if (!hasUtf8Sequences(bytes)) return 'windows-1252';
    throw new ImportFileError(
      `${fileName} : encodage mixte (UTF-8 et cp1252 dans le même fichier) — le fichier a été mal converti, récupérez l'original.`,
    );
  }
}

export async function sniffEncoding(path: string, fileName: string): Promise<FileEncoding> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return detectEncoding(buffer.subarray(0, bytesRead), fileName);
  } finally {
    await handle.close();
  }
}

/** Length of the longest prefix of `chunk` that is valid UTF-8 (an unfinished last character allowed). */
function validUtf8Prefix(chunk: Buffer): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

const newlines = (bytes: Buffer) => bytes.reduce((n, b) => (b === 0x0a ? n + 1 : n), 0);

/**
 * Strict UTF-8 decoding: a byte that is not UTF-8 past the sniffed beginning stops the import with the line where
 * it was found, instead of silently turning « é » into « � ».
 */
function strictUtf8Decoder(fileName: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  const emit = (text: string, push: (s: string) => void) => {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    if (text) push(text);
  };
  const failure = (chunk?: Buffer) =>
    new ImportFileError(`${fileName} ligne ${line + (chunk ? newlines(chunk.subarray(0, validUtf8Prefix(chunk))) : 0)} : octets invalides en UTF-8 (fichier en cp1252 ou tronqué au milieu d'un caractère ?)`);
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        emit(decoder.decode(chunk, { stream: true }), (s) => this.push(s, 'utf8'));
        done();
      } catch {
        done(failure(chunk));
      }
    },
    flush(done) {
      try {
        emit(decoder.decode(), (s) => this.push(s, 'utf8'));
        done();
      } catch {
        done(failure());
      }
    },
  });
}

/** A transform from the file's bytes to UTF-8 text (BOM removed). */
export function decoderFor(encoding: FileEncoding, fileName: string): Transform {
  return encoding === 'utf-8' ? strictUtf8Decoder(fileName) : (iconv.decodeStream('win1252') as unknown as Transform);
}
