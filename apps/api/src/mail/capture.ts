/**
 * The local capture of outgoing e-mail: in development and tests, each message the platform would have sent is a
 * pair of files in one folder.
 *
 * - `<id>.json`: `{ id, date, from, to, subject, text, html }`, what the application and its tests read;
 * - `<id>.eml`: the raw RFC 5322 message, to open in a mail client.
 *
 * An id starts with the UTC time of sending down to the millisecond, then a per-process sequence number and a
 * random suffix, so that the names sort by time (`20250314T101502123Z-0000-a1b2c3d4`). Both files are written to a
 * temporary name (starting with a dot) and renamed, the `.eml` first and the `.json` last: a reader that lists the
 * `.json` files never sees half a message.
 */
import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface CapturedMail {
  id: string;
  /** ISO 8601 UTC time of sending. */
  date: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface ListCapturedMailsOptions {
  /** Only the messages sent to this address (case-insensitive). */
  to?: string;
  /** At most this many messages (the newest ones). */
  limit?: number;
}

const ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-z]{4}-[0-9a-f]{8}$/;
const JSON_FILE = /^(\d{8}T\d{9}Z-[0-9a-z]{4}-[0-9a-f]{8})\.json$/;

/** Whether `id` has the exact shape of a capture id (and therefore cannot name a file outside the folder). */
export function isCapturedMailId(id: string): boolean {
  return ID_PATTERN.test(id);
}

let lastMs = 0;
let sequence = 0;

/**
 * A new capture id and the time of sending. Within one process, ids strictly increase even when several messages
 * are sent in the same millisecond or the clock steps back (the id then keeps the later time; `date` is the clock's).
 */
export function nextCapturedMailId(now: number = Date.now()): { id: string; date: Date } {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    sequence++;
    if (sequence >= 36 ** 4) {
      // More than 1.6 million messages in one millisecond: borrow the next millisecond.
      lastMs++;
      sequence = 0;
    }
  }
  const stamp = new Date(lastMs).toISOString().replace(/[-:.]/g, '');
  const id = `${stamp}-${sequence.toString(36).padStart(4, '0')}-${randomBytes(4).toString('hex')}`;
  return { id, date: new Date(now) };
}

function assertId(id: string): void {
  if (typeof id !== 'string' || !isCapturedMailId(id)) {
    throw new Error('Identifiant de courriel capturé invalide.');
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function asCapturedMail(value: unknown, id: string): CapturedMail | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const fields = ['id', 'date', 'from', 'to', 'subject', 'text', 'html'] as const;
  if (!fields.every((f) => typeof v[f] === 'string') || v.id !== id) return null;
  return {
    id,
    date: v.date as string,
    from: v.from as string,
    to: v.to as string,
    subject: v.subject as string,
    text: v.text as string,
    html: v.html as string,
  };
}

async function readRecord(dir: string, id: string): Promise<CapturedMail | null> {
  let content: string;
  try {
    content = await readFile(join(dir, `${id}.json`), 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    return asCapturedMail(JSON.parse(content), id);
  } catch {
    // Not written by the mailer (the mailer renames complete files only): not a message.
    return null;
  }
}

/**
 * The captured messages, newest first. A missing folder is an empty list; files that are not messages (temporary
 * files, other names, unreadable JSON) are ignored.
 */
export async function listCapturedMails(dir: string, options: ListCapturedMailsOptions = {}): Promise<CapturedMail[]> {
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError('Le nombre maximal de courriels doit être un entier positif ou nul.');
  }
  const to = options.to?.trim().toLowerCase();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const ids = names
    .map((name) => JSON_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort()
    .reverse();
  const found: CapturedMail[] = [];
  for (const id of ids) {
    if (limit !== undefined && found.length >= limit) break;
    const mail = await readRecord(dir, id);
    if (!mail) continue;
    if (to !== undefined && mail.to.trim().toLowerCase() !== to) continue;
    found.push(mail);
  }
  return found;
}

/** One captured message, or null when there is none with this id. Throws on an id of the wrong shape. */
export async function readCapturedMail(dir: string, id: string): Promise<CapturedMail | null> {
  assertId(id);
  return readRecord(dir, id);
}

/** The raw RFC 5322 source (`.eml`) of one captured message, or null. Throws on an id of the wrong shape. */
export async function readCapturedMailSource(dir: string, id: string): Promise<string | null> {
  assertId(id);
  try {
    return await readFile(join(dir, `${id}.eml`), 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}
