import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/**
 * The e-mail the e2e server would have sent: it writes each message as `<id>.json` in MAIL_CAPTURE_DIR (the config
 * passes the same folder to the tests as E2E_MAIL_DIR). Ids start with the UTC time of sending, so names sort by time.
 */
export interface CapturedMail {
  id: string;
  date: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

const MESSAGE_FILE = /^\d{8}T\d{9}Z-[0-9a-z]{4}-[0-9a-f]{8}\.json$/;

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the suite with e2e/playwright.config.ts');
  return dir;
}

/** The newest message to `address` (case-insensitive), sent at `since` or later; null when there is none yet. */
export async function newestMailTo(address: string, since?: Date): Promise<CapturedMail | null> {
  let names: string[];
  try {
    names = await readdir(mailDir());
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  for (const name of names.filter((n) => MESSAGE_FILE.test(n)).sort().reverse()) {
    const mail = JSON.parse(await readFile(join(mailDir(), name), 'utf8')) as CapturedMail;
    if (since && new Date(mail.date) < since) break;
    if (mail.to.trim().toLowerCase() === address.trim().toLowerCase()) return mail;
  }
  return null;
}

/** Waits for a message to `address` sent at `since` or later (the server writes it before it answers; this is a margin). */
export async function waitForMail(address: string, since: Date, timeout = 10_000): Promise<CapturedMail> {
  let found: CapturedMail | null = null;
  await expect
    .poll(async () => (found = await newestMailTo(address, since)) !== null, { timeout, message: `no e-mail to ${address} since ${since.toISOString()}` })
    .toBe(true);
  return found!;
}

/**
 * The link of a message that leads to `pathname`, as a path and query (`/compte/verification?jeton=…`): the server
 * writes its public address (localhost), the tests open it on their own base URL.
 */
export function linkIn(mail: CapturedMail, pathname: string): string {
  for (const raw of mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []) {
    const url = new URL(raw);
    if (url.pathname === pathname) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no link to ${pathname} in « ${mail.subject} » to ${mail.to}`);
}
