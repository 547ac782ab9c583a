/**
 * The platform's outgoing e-mail: through SMTP when a connection URL is configured, otherwise into a local capture
 * folder (see `capture.ts`) that shows what would have been sent.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { nextCapturedMailId, type CapturedMail } from './capture';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  readonly kind: 'smtp' | 'capture';
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465`; query keys set options. */
  smtpUrl?: string;
  /** The capture folder, used when there is no `smtpUrl`. */
  captureDir?: string;
  /** A bare address (the platform's sender name is added) or a whole `Name <address>`. */
  from: string;
}

/** The display name of every message the platform sends. */
export const SENDER_NAME = 'Passerelles — Campus Biotechnologies et Bio-industries';

/** The error of a message that could not be sent: a French message, never the password of the SMTP URL. */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  /** Nodemailer's code (`ESOCKET`, `EAUTH`, `EENVELOPE`…) or `ECAPTURE`. */
  readonly code: string;
  /** The SMTP reply code, when the server answered. */
  readonly responseCode: number | undefined;
  /** True when the server refused the message for good (5xx): sending it again will not help. */
  readonly permanent: boolean;

  constructor(message: string, code: string, responseCode?: number, permanent = false) {
    super(message);
    this.code = code;
    this.responseCode = responseCode;
    this.permanent = permanent;
  }
}

// One plain address: no display name, no list, no line break (the recipient comes from a user's account).
const SINGLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

function checkMessage(message: MailMessage): MailMessage {
  const to = typeof message.to === 'string' ? message.to.trim() : '';
  if (!SINGLE_ADDRESS.test(to)) throw new TypeError('Adresse électronique du destinataire invalide.');
  // A subject is one line whatever a template put in it.
  const subject = String(message.subject).replace(/\s+/g, ' ').trim();
  if (!subject) throw new TypeError('Le courriel n’a pas d’objet.');
  return { to, subject, text: String(message.text), html: String(message.html) };
}

function senderOf(from: string): { header: string | { name: string; address: string }; display: string } {
  const address = from.trim();
  if (SINGLE_ADDRESS.test(address)) {
    return { header: { name: SENDER_NAME, address }, display: `${SENDER_NAME} <${address}>` };
  }
  if (!address || /[\r\n]/.test(address)) throw new TypeError('Adresse d’expédition des courriels invalide.');
  return { header: address, display: address };
}

export function createMailer(options: MailerOptions): Mailer {
  const sender = senderOf(options.from);
  if (options.smtpUrl) return smtpMailer(options.smtpUrl, sender);
  if (options.captureDir) return captureMailer(options.captureDir, sender);
  throw new Error('Envoi des courriels non configuré : indiquez SMTP_URL ou un dossier de capture.');
}

// --- SMTP --------------------------------------------------------------------------------------------------------

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

interface SmtpTarget {
  url: URL;
  /** `host:port` as shown in error messages. */
  where: string;
  /** The strings that must never appear in an error message (the password, raw and decoded). */
  secrets: string[];
}

function parseSmtpUrl(smtpUrl: string): SmtpTarget {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // The URL itself is not repeated: it may hold a password.
    throw new Error('SMTP_URL invalide : une adresse de la forme smtp://utilisateur:mot-de-passe@serveur:587 est attendue.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error('SMTP_URL invalide : le protocole doit être smtp: ou smtps:.');
  }
  if (!url.hostname) throw new Error('SMTP_URL invalide : le nom du serveur manque.');
  if ((url.pathname !== '' && url.pathname !== '/') || url.hash !== '') {
    // Most likely a password with an unencoded "/", "?" or "#": part of it would be read as a host or a path.
    throw new Error(
      'SMTP_URL invalide : l’adresse ne doit avoir ni chemin ni fragment ; dans l’identifiant et le mot de passe, encodez les caractères spéciaux (/ → %2F, ? → %3F, # → %23, @ → %40).',
    );
  }
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  const secrets = new Set<string>();
  if (url.password) {
    secrets.add(url.password);
    try {
      secrets.add(decodeURIComponent(url.password));
    } catch {
      // A malformed escape: the raw form is the only one.
    }
  }
  return { url, where: `${url.hostname}:${port}`, secrets: [...secrets].filter((s) => s.length > 0) };
}

function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

interface TransportError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
}

function reasonOf(error: TransportError, where: string): string {
  const low = error.originalCode ?? error.code;
  switch (low) {
    case 'ECONNREFUSED':
      return `le serveur SMTP ${where} refuse la connexion`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `le serveur SMTP ${where} a coupé la connexion`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `le serveur SMTP ${where} est injoignable`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `le nom du serveur SMTP ${where} est introuvable`;
  }
  switch (error.code) {
    case 'ETIMEDOUT':
      return `le serveur SMTP ${where} ne répond pas (délai dépassé)`;
    case 'EDNS':
      return `le nom du serveur SMTP ${where} est introuvable`;
    case 'ETLS':
      return `la connexion chiffrée (TLS) avec le serveur SMTP ${where} a échoué — si ce serveur n’offre pas STARTTLS, ajoutez ?requireTLS=false à SMTP_URL`;
    case 'EAUTH':
      return `le serveur SMTP ${where} a refusé l’identifiant ou le mot de passe`;
    case 'ENOAUTH':
      return `le serveur SMTP ${where} demande un identifiant et un mot de passe`;
    case 'EENVELOPE':
      return `le serveur SMTP ${where} a refusé l’expéditeur ou le destinataire`;
    case 'EMESSAGE':
      return `le serveur SMTP ${where} a refusé le message`;
    case 'ECONNECTION':
    case 'ESOCKET':
      return `la connexion au serveur SMTP ${where} a échoué`;
    default:
      return `erreur lors de l’échange avec le serveur SMTP ${where}`;
  }
}

function smtpError(error: unknown, target: SmtpTarget): MailSendError {
  const e: TransportError = typeof error === 'object' && error !== null ? (error as TransportError) : {};
  const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
  const details = [typeof e.originalCode === 'string' ? e.originalCode : code];
  if (typeof e.response === 'string' && e.response) details.push(`réponse : ${e.response.slice(0, 200)}`);
  const message = `Le courriel n’a pas pu être envoyé : ${reasonOf(e, target.where)} (${details.join(', ')}).`;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  return new MailSendError(redact(message, target.secrets), code, responseCode, e.permanent === true);
}

function smtpMailer(smtpUrl: string, sender: ReturnType<typeof senderOf>): Mailer {
  const target = parseSmtpUrl(smtpUrl);
  const withCredentials = target.url.username !== '' || target.url.password !== '';
  // Keys given in the URL's query (`?requireTLS=false&connectionTimeout=30000`) take precedence over these.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A password never travels in clear text to another machine: STARTTLS is required when not offered by default.
    requireTLS: target.url.protocol === 'smtp:' && withCredentials && !LOOPBACK.test(target.url.hostname),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    kind: 'smtp',
    async send(message) {
      const m = checkMessage(message);
      try {
        await transport.sendMail({ from: sender.header, to: m.to, subject: m.subject, text: m.text, html: m.html });
      } catch (error) {
        throw smtpError(error, target);
      }
    },
  };
}

// --- Capture -----------------------------------------------------------------------------------------------------

async function writeAtomically(dir: string, name: string, data: string | Buffer): Promise<void> {
  // The temporary name starts with a dot and does not end with .json/.eml: readers skip it.
  const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx', mode: 0o600 });
    await rename(temporary, join(dir, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function captureMailer(captureDir: string, sender: ReturnType<typeof senderOf>): Mailer {
  // Builds the raw message exactly as the SMTP transport would, without sending it anywhere.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'capture',
    async send(message) {
      const m = checkMessage(message);
      const { id, date } = nextCapturedMailId();
      try {
        const info = await composer.sendMail({ from: sender.header, to: m.to, subject: m.subject, text: m.text, html: m.html, date });
        const raw = Buffer.isBuffer(info.message) ? info.message : Buffer.from(String(info.message));
        const record: CapturedMail = { id, date: date.toISOString(), from: sender.display, ...m };
        await mkdir(captureDir, { recursive: true, mode: 0o700 });
        await writeAtomically(captureDir, `${id}.eml`, raw);
        await writeAtomically(captureDir, `${id}.json`, `${JSON.stringify(record, null, 2)}\n`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        throw new MailSendError(
          `Le courriel n’a pas pu être enregistré dans le dossier de capture ${captureDir}${code ? ` (${code})` : ''}.`,
          'ECAPTURE',
        );
      }
    },
  };
}
