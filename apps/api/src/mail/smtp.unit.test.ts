import { createServer, type AddressInfo } from 'node:net';

import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer, MailSendError, resetPassword, SENDER_NAME, type MailMessage } from './index';

// --- A real SMTP server on 127.0.0.1, and just enough MIME decoding to read what it received ---------------------

interface Received {
  raw: string;
  mailFrom: string | undefined;
  rcptTo: string[];
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function startServer(options: SMTPServerOptions = {}, host = '127.0.0.1'): Promise<{ port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks).toString('latin1'),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return { port: (server.server.address() as AddressInfo).port, received };
}

/** A port on which nothing listens (it was open a moment ago). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(at + 4) };
}

/** RFC 2047 encoded words (UTF-8, Q or B), adjacent words joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'quoted-printable') {
    const joined = part.body.replace(/=\r\n/g, '');
    bytes = Buffer.from(joined.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  } else if (encoding === 'base64') {
    bytes = Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  } else {
    bytes = Buffer.from(part.body, 'latin1');
  }
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}

/** The decoded headers and the text/plain and text/html bodies of a multipart/alternative message. */
function parse(raw: string): { from: string; to: string; subject: string; text: string; html: string } {
  const top = splitPart(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(top.headers.get('content-type') ?? '')?.[1];
  expect(top.headers.get('content-type')).toMatch(/^multipart\/alternative/);
  const parts = top.body
    .split(`--${boundary}`)
    .slice(1, -1)
    // Each delimiter is CRLF "--" boundary: the CRLF before it belongs to the delimiter, not to the part.
    .map((p) => splitPart(p.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  const body = (type: string) => {
    const part = parts.find((p) => p.headers.get('content-type')?.startsWith(type));
    expect(part?.headers.get('content-type')).toContain('charset=utf-8');
    return decodeBody(part!);
  };
  return {
    from: decodeWords(top.headers.get('from') ?? ''),
    to: decodeWords(top.headers.get('to') ?? ''),
    subject: decodeWords(top.headers.get('subject') ?? ''),
    text: body('text/plain'),
    html: body('text/html'),
  };
}

async function failure(promise: Promise<unknown>): Promise<MailSendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MailSendError);
  return error as MailSendError;
}

const FROM = 'ne-pas-repondre@passerelles.test';
const PASSWORD = 'S3cr3t:é@passe/?#';
const ENCODED_PASSWORD = encodeURIComponent(PASSWORD);

function expectNoPassword(error: MailSendError): void {
  for (const shown of [error.message, String(error), error.stack ?? '', JSON.stringify(error)]) {
    expect(shown).not.toContain(PASSWORD);
    expect(shown).not.toContain(ENCODED_PASSWORD);
    expect(shown).not.toContain('S3cr3t');
  }
}

// --- Tests -------------------------------------------------------------------------------------------------------

describe('SMTP mailer', () => {
  it('sends through SMTP with French headers and bodies that decode intact', async () => {
    const { port, received } = await startServer();
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
    expect(mailer.kind).toBe('smtp');
    const message: MailMessage = {
      to: 'marie-helene@example.test',
      subject: 'Votre inscription à « Génie biologique » : c’est confirmé — déjà ?',
      text: 'Bonjour Marie-Hélène,\n\nL’équipe « Bio-industries » vous répond : ça marche, à bientôt !\nŒuvre, naïveté, 24 °C.',
      html: '<!DOCTYPE html><html lang="fr"><body><p>Bonjour Marie-Hélène, « ça marche » ’</p></body></html>',
    };
    await mailer.send(message);

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.mailFrom).toBe(FROM);
    expect(mail!.rcptTo).toEqual(['marie-helene@example.test']);
    // Headers are 7-bit on the wire: the subject travels as encoded words.
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(/[^\t\r\n -~]/.test(mail!.raw)).toBe(false);

    const parsed = parse(mail!.raw);
    expect(parsed.from).toBe(`${SENDER_NAME} <${FROM}>`);
    expect(parsed.to).toBe('marie-helene@example.test');
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
  });

  it('sends a template, and authenticates with the credentials of the URL', async () => {
    const { port, received } = await startServer({
      authOptional: false,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        if (auth.username === 'campus' && auth.password === PASSWORD) callback(null, { user: 'campus' });
        else callback(new Error('Identifiants refusés'));
      },
    });
    const mailer = createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@127.0.0.1:${port}`, from: FROM });
    const sent = resetPassword({ to: 'paul@example.test', name: 'Paul Lefèvre', link: 'https://passerelles.test/r?t=1', expiresInMinutes: 30 });
    await mailer.send(sent);
    const parsed = parse(received[0]!.raw);
    expect(parsed.subject).toBe(sent.subject);
    expect(parsed.text).toBe(sent.text);
    expect(parsed.html).toBe(sent.html);
  });

  it('rejects a wrong password with a French message that does not show the password', async () => {
    const { port } = await startServer({
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(_auth, _session, callback) {
        callback(new Error('Identifiants refusés'));
      },
    });
    const mailer = createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@127.0.0.1:${port}`, from: FROM });
    const error = await failure(mailer.send({ to: 'a@example.test', subject: 'Test', text: 'x', html: '<p>x</p>' }));
    expect(error.code).toBe('EAUTH');
    expect(error.message).toMatch(/^Le courriel n’a pas pu être envoyé : le serveur SMTP 127\.0\.0\.1:\d+ a refusé l’identifiant ou le mot de passe/);
    expectNoPassword(error);
  });

  it('rejects a refused connection with a French message that does not show the password', async () => {
    const port = await closedPort();
    const mailer = createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@127.0.0.1:${port}`, from: FROM });
    const error = await failure(mailer.send({ to: 'a@example.test', subject: 'Test', text: 'x', html: '<p>x</p>' }));
    expect(error.message).toBe(`Le courriel n’a pas pu être envoyé : le serveur SMTP 127.0.0.1:${port} refuse la connexion (ECONNREFUSED).`);
    expect(error.permanent).toBe(false);
    expectNoPassword(error);
  });

  it('reports a refused recipient as a permanent failure', async () => {
    const { port } = await startServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('Boîte aux lettres inconnue'), { responseCode: 550 }));
      },
    });
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
    const error = await failure(mailer.send({ to: 'inconnu@example.test', subject: 'Test', text: 'x', html: '<p>x</p>' }));
    expect(error.code).toBe('EENVELOPE');
    expect(error.responseCode).toBe(550);
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(/a refusé l’expéditeur ou le destinataire/);
  });

  it('explains in French when TLS is required but the server does not offer it', async () => {
    const { port, received } = await startServer();
    const mailer = createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@127.0.0.1:${port}?requireTLS=true`, from: FROM });
    const error = await failure(mailer.send({ to: 'a@example.test', subject: 'Test', text: 'x', html: '<p>x</p>' }));
    expect(error.code).toBe('ETLS');
    expect(error.message).toMatch(/connexion chiffrée \(TLS\).*requireTLS=false/);
    expectNoPassword(error);
    expect(received).toEqual([]);
  });

  // A password is not sent in clear text to another machine: STARTTLS is required unless the URL says otherwise.
  // 0.0.0.0 reaches this machine's own listener on Linux but is not a loopback name, so it stands for another host.
  const external = '0.0.0.0';
  it('requires TLS to send credentials to a host other than this machine', async () => {
    const auth: SMTPServerOptions = {
      allowInsecureAuth: true,
      onAuth(_auth, _session, callback) {
        callback(null, { user: 'campus' });
      },
    };
    const { port, received } = await startServer(auth, external);
    const message = { to: 'a@example.test', subject: 'Test', text: 'x', html: '<p>x</p>' };
    const error = await failure(createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@${external}:${port}`, from: FROM }).send(message));
    expect(error.code).toBe('ETLS');
    expect(received).toEqual([]);
    await createMailer({ smtpUrl: `smtp://${external}:${port}`, from: FROM }).send(message);
    await createMailer({ smtpUrl: `smtp://campus:${ENCODED_PASSWORD}@${external}:${port}?requireTLS=false`, from: FROM }).send(message);
    expect(received).toHaveLength(2);
  });

  it('refuses a URL that is not SMTP, or that an unencoded password breaks, without repeating it', () => {
    const messageOf = (smtpUrl: string) => {
      try {
        createMailer({ smtpUrl, from: FROM });
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(messageOf(`https://campus:${ENCODED_PASSWORD}@example.test`)).toMatch('le protocole doit être smtp: ou smtps:');
    for (const smtpUrl of [
      `smtp://campus:${ENCODED_PASSWORD}@exa mple.test:99999`,
      // Unencoded, "/?#" would cut the URL and turn part of the password into a host name shown in errors.
      `smtp://campus:${PASSWORD}@smtp.example.test:587`,
      'smtp://campus:abc/def@smtp.example.test',
      'smtp://campus:abc#def@smtp.example.test',
    ]) {
      const message = messageOf(smtpUrl);
      expect(message).toMatch(/^SMTP_URL invalide/);
      expect(message).not.toMatch(/S3cr3t|abc|def/);
    }
    expect(messageOf(`smtps://campus:${ENCODED_PASSWORD}@smtp.example.test/?connectionTimeout=5000`)).toBe('accepted');
    expect(messageOf('smtp://smtp.example.test:25')).toBe('accepted');
  });
});
