import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  accountErased,
  createMailer,
  escapeHtml,
  formatDuration,
  invitation,
  isCapturedMailId,
  joinDecision,
  listCapturedMails,
  MailSendError,
  membershipDecision,
  parentalConsentRequest,
  readCapturedMail,
  readCapturedMailSource,
  resetPassword,
  SENDER_NAME,
  verifyEmail,
  type MailMessage,
} from './index';

const FROM = 'ne-pas-repondre@passerelles.test';
const FRENCH = 'Inscription à « Génie biologique » : l’équipe vous répond — déjà prêt ?';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'passerelles-mail-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const message = (to: string, subject = 'Objet', text = 'Texte'): MailMessage => ({ to, subject, text, html: `<p>${escapeHtml(text)}</p>` });

describe('capture mailer', () => {
  it('writes a JSON record and a raw .eml per message, readable back by id, with French text intact', async () => {
    const mailer = createMailer({ captureDir: join(dir, 'nested', 'mails'), from: FROM });
    expect(mailer.kind).toBe('capture');
    await mailer.send({ to: 'marie@example.test', subject: FRENCH, text: `${FRENCH}\nDeuxième ligne.`, html: `<p>${FRENCH}</p>` });

    const captureDir = join(dir, 'nested', 'mails');
    const [mail, ...rest] = await listCapturedMails(captureDir);
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({
      from: `${SENDER_NAME} <${FROM}>`,
      to: 'marie@example.test',
      subject: FRENCH,
      text: `${FRENCH}\nDeuxième ligne.`,
      html: `<p>${FRENCH}</p>`,
    });
    expect(isCapturedMailId(mail!.id)).toBe(true);
    expect(new Date(mail!.date).toISOString()).toBe(mail!.date);
    expect(await readCapturedMail(captureDir, mail!.id)).toEqual(mail);

    // Exactly the two files, nothing temporary left behind.
    expect((await readdir(captureDir)).sort()).toEqual([`${mail!.id}.eml`, `${mail!.id}.json`]);
    const json = JSON.parse(await readFile(join(captureDir, `${mail!.id}.json`), 'utf8'));
    expect(Object.keys(json)).toEqual(['id', 'date', 'from', 'to', 'subject', 'text', 'html']);

    // The .eml is a real RFC 5322 message: ASCII headers with encoded words, CRLF line ends, both alternatives.
    const eml = await readCapturedMailSource(captureDir, mail!.id);
    expect(eml).toMatch(/^From: =\?UTF-8\?/m);
    expect(eml).toMatch(/^To: marie@example\.test\r$/m);
    expect(eml).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(eml).toContain('Content-Type: multipart/alternative');
    expect(eml).toContain('Content-Type: text/plain; charset=utf-8');
    expect(eml).toContain('Content-Type: text/html; charset=utf-8');
    expect(eml!.split('\r\n').length).toBeGreaterThan(10);
    expect(/[^\r]\n/.test(eml!)).toBe(false);
    expect(/[^\t\r\n -~]/.test(eml!)).toBe(false);
  });

  it('names files so that they sort by time, newest first in the list, even within one millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const mailer = createMailer({ captureDir: dir, from: FROM });
    vi.setSystemTime(new Date('2031-03-14T10:15:02.123Z'));
    await mailer.send(message('a@example.test', 'premier'));
    await mailer.send(message('b@example.test', 'deuxième')); // same millisecond
    vi.setSystemTime(new Date('2031-03-14T10:15:03.000Z'));
    await mailer.send(message('c@example.test', 'troisième'));
    vi.setSystemTime(new Date('2031-03-14T10:15:02.000Z')); // the clock steps back
    await mailer.send(message('d@example.test', 'quatrième'));

    const mails = await listCapturedMails(dir);
    expect(mails.map((m) => m.subject)).toEqual(['quatrième', 'troisième', 'deuxième', 'premier']);
    expect(mails[3]!.id).toMatch(/^20310314T101502123Z-0000-[0-9a-f]{8}$/);
    expect(mails[2]!.id).toMatch(/^20310314T101502123Z-0001-/);
    expect(mails[3]!.date).toBe('2031-03-14T10:15:02.123Z');
    expect(mails[0]!.id).toMatch(/^20310314T101503000Z-0001-/); // after the later message, dated by the clock
    expect(mails[0]!.date).toBe('2031-03-14T10:15:02.000Z');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    expect([...files].sort().reverse().map((f) => f.slice(0, -5))).toEqual(mails.map((m) => m.id));
  });

  it('keeps every message of concurrent sends, with distinct ids', async () => {
    const mailer = createMailer({ captureDir: dir, from: FROM });
    await Promise.all(Array.from({ length: 25 }, (_, i) => mailer.send(message(`p${i}@example.test`, `n°${i}`))));
    const mails = await listCapturedMails(dir);
    expect(mails).toHaveLength(25);
    expect(new Set(mails.map((m) => m.id)).size).toBe(25);
    expect(new Set(mails.map((m) => m.subject)).size).toBe(25);
  });

  it('filters by recipient (case-insensitive) and limits to the newest ones', async () => {
    const mailer = createMailer({ captureDir: dir, from: FROM });
    for (const [to, subject] of [
      ['Marie@Example.test', 'm1'],
      ['paul@example.test', 'p1'],
      ['marie@example.test', 'm2'],
      ['marie@example.test', 'm3'],
    ] as const) {
      await mailer.send(message(to, subject));
    }
    expect((await listCapturedMails(dir, { to: 'MARIE@example.test' })).map((m) => m.subject)).toEqual(['m3', 'm2', 'm1']);
    expect((await listCapturedMails(dir, { to: 'marie@example.test', limit: 2 })).map((m) => m.subject)).toEqual(['m3', 'm2']);
    expect((await listCapturedMails(dir, { limit: 1 })).map((m) => m.subject)).toEqual(['m3']);
    expect(await listCapturedMails(dir, { limit: 0 })).toEqual([]);
    expect(await listCapturedMails(dir, { to: 'personne@example.test' })).toEqual([]);
    await expect(listCapturedMails(dir, { limit: -1 })).rejects.toThrow(/entier positif/);
    await expect(listCapturedMails(dir, { limit: 1.5 })).rejects.toThrow(RangeError);
  });

  it('reads a missing folder as empty and ignores files that are not complete messages', async () => {
    expect(await listCapturedMails(join(dir, 'absent'))).toEqual([]);
    await writeFile(join(dir, 'not-a-folder'), 'x');
    expect(await listCapturedMails(join(dir, 'not-a-folder'))).toEqual([]);

    const mailer = createMailer({ captureDir: dir, from: FROM });
    await mailer.send(message('a@example.test', 'vrai'));
    const valid = '20300101T000000000Z-0000-0123abcd';
    await writeFile(join(dir, 'README.txt'), 'bonjour');
    await writeFile(join(dir, 'notes.json'), '{}');
    await writeFile(join(dir, `.${valid}.json.3f2a.tmp`), '{"id":');
    await writeFile(join(dir, `${valid}.json`), '{"id": "20300101T000000000Z-0000-0123abcd", "subj'); // truncated
    await writeFile(join(dir, '20300101T000000000Z-0000-0123abce.json'), JSON.stringify({ id: 'autre', subject: 'x' }));
    expect((await listCapturedMails(dir)).map((m) => m.subject)).toEqual(['vrai']);
    expect(await readCapturedMail(dir, valid)).toBeNull();
  });

  it('rejects ids that could name a file outside the folder', async () => {
    const mailer = createMailer({ captureDir: dir, from: FROM });
    await mailer.send(message('a@example.test'));
    await writeFile(join(tmpdir(), 'passerelles-mail-outside.json'), '{}');
    try {
      for (const id of [
        '../passerelles-mail-outside',
        '..%2Fpasserelles-mail-outside',
        '/etc/passwd',
        '20300101T000000000Z-0000-0123abcd/../../x',
        '20300101T000000000Z-0000-0123abcd\0',
        '',
      ]) {
        await expect(readCapturedMail(dir, id)).rejects.toThrow('Identifiant de courriel capturé invalide');
        await expect(readCapturedMailSource(dir, id)).rejects.toThrow('Identifiant de courriel capturé invalide');
      }
    } finally {
      await rm(join(tmpdir(), 'passerelles-mail-outside.json'), { force: true });
    }
    expect(await readCapturedMail(dir, '20300101T000000000Z-0000-0123abcd')).toBeNull();
    expect(await readCapturedMailSource(dir, '20300101T000000000Z-0000-0123abcd')).toBeNull();
  });

  it('refuses a recipient that is not one plain address, and a missing configuration', async () => {
    const mailer = createMailer({ captureDir: dir, from: FROM });
    for (const to of ['', 'marie', 'a@example.test, b@example.test', 'a@example.test\r\nBcc: x@evil.test', 'Marie <a@example.test>']) {
      await expect(mailer.send(message(to))).rejects.toThrow('Adresse électronique du destinataire invalide');
    }
    await expect(mailer.send(message('a@example.test', '  \n '))).rejects.toThrow('n’a pas d’objet');
    expect(await listCapturedMails(dir)).toEqual([]);
    expect(() => createMailer({ from: FROM })).toThrow(/SMTP_URL/);
    expect(() => createMailer({ captureDir: dir, from: 'x\r\nBcc: y' })).toThrow('Adresse d’expédition');
  });

  it('keeps a subject on one line and a complete From header as given', async () => {
    const mailer = createMailer({ captureDir: dir, from: 'Campus <campus@passerelles.test>' });
    await mailer.send(message('a@example.test', 'Ligne 1\r\nBcc: x@evil.test'));
    const [mail] = await listCapturedMails(dir);
    expect(mail!.subject).toBe('Ligne 1 Bcc: x@evil.test');
    expect(mail!.from).toBe('Campus <campus@passerelles.test>');
    const eml = await readCapturedMailSource(dir, mail!.id);
    expect(eml).not.toMatch(/^Bcc:/m);
    expect(eml).toMatch(/^From: Campus <campus@passerelles\.test>\r$/m);
  });

  it('fails with a French MailSendError when the folder cannot be written', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const mailer = createMailer({ captureDir: join(dir, 'file', 'sub'), from: FROM });
    const error = await mailer.send(message('a@example.test')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).code).toBe('ECAPTURE');
    expect((error as Error).message).toMatch(/^Le courriel n’a pas pu être enregistré dans le dossier de capture/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(escapeHtml('Hélène « ’ »')).toBe('Hélène « ’ »');
  });
});

describe('templates', () => {
  const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
  const link = 'https://passerelles.test/compte/verifier?jeton=abc&x=1';

  const all = (): MailMessage[] => [
    verifyEmail({ to: 'a@example.test', name: hostile, link, expiresInHours: 24 }),
    resetPassword({ to: 'a@example.test', name: hostile, link, expiresInMinutes: 30 }),
    invitation({ to: 'a@example.test', organisationName: hostile, inviterName: hostile, link, expiresInDays: 7 }),
    membershipDecision({ to: 'a@example.test', organisationName: hostile, approved: true, link }),
    membershipDecision({ to: 'a@example.test', organisationName: hostile, approved: false, reason: hostile, link }),
    accountErased({ to: 'a@example.test' }),
    joinDecision({ to: 'a@example.test', name: hostile, organisationName: hostile, approved: true, link }),
    joinDecision({ to: 'a@example.test', name: hostile, organisationName: hostile, approved: false, reason: hostile, link }),
    parentalConsentRequest({ to: 'a@example.test', childName: hostile, link, expiresInDays: 7 }),
  ];

  it('escape every value in the HTML, which is simple and accessible', () => {
    for (const mail of all()) {
      expect(mail.to).toBe('a@example.test');
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.html).not.toContain('<script');
      expect(mail.html).not.toMatch(/<img/i);
      // Only the layout's own tags, and attribute values never broken out of.
      const tags = new Set([...mail.html.matchAll(/<\/?([a-z!]+)/gi)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].filter((t) => !['!doctype', 'html', 'head', 'meta', 'title', 'body', 'div', 'p', 'a', 'br', 'span', 'hr'].includes(t))).toEqual([]);
      expect(mail.html).not.toMatch(/"\s*>\s*<img|&quot;><img/);
      expect(mail.html).toContain('<title>');
      expect(mail.html.match(/<a /g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(mail.html).toContain('Vous recevez ce message');
      expect(mail.text).toContain('Vous recevez ce message');
      expect(mail.text).toMatch(/Si vous n’(êtes|avez)|Si vous ne connaissez pas/);
      expect(mail.text).not.toContain('<p');
      if (mail.subject !== 'Votre compte Passerelles a été supprimé') {
        expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
        expect(mail.text).toContain(hostile);
      }
      expect(mail.text).toContain(SENDER_NAME);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
  });

  it('put the link in the text on its own line and as a real link text in the HTML', () => {
    const mail = verifyEmail({ to: 'a@example.test', name: 'Marie-Hélène', link, expiresInHours: 48 });
    expect(mail.text.split('\n')).toContain(link);
    expect(mail.text).toContain('Bonjour Marie-Hélène,');
    expect(mail.text).toContain('48\u00a0heures');
    expect(mail.html).toContain(
      `<a href="https://passerelles.test/compte/verifier?jeton=abc&amp;x=1" style="color:#0b4f8a;font-weight:bold;text-decoration:underline;">Confirmer mon adresse électronique</a>`,
    );
    expect(mail.html).not.toMatch(/>\s*(cliquez ici|ici|lien)\s*</i);
  });

  it('make the reset mail say the link works once and expires, with no password', () => {
    const mail = resetPassword({ to: 'a@example.test', name: 'Paul', link, expiresInMinutes: 30 });
    expect(mail.text).toContain('ne fonctionne qu’une seule fois');
    expect(mail.text).toContain('expire dans 30\u00a0minutes');
    expect(mail.text).toContain('votre mot de passe actuel reste valable');
    expect(mail.html).toContain('expire dans 30\u00a0minutes');
    expect(mail.text).not.toMatch(/^(votre )?mot de passe( provisoire| temporaire)?\s*:/im);
  });

  it('write the invitation and the decisions with the organisation in guillemets and the reason kept', () => {
    const invite = invitation({
      to: 'a@example.test',
      organisationName: 'Lycée agricole d’Yvetot',
      inviterName: 'Jeanne Dupré',
      link,
      expiresInDays: 1,
    });
    expect(invite.subject).toBe('Invitation à rejoindre «\u00a0Lycée agricole d’Yvetot\u00a0» sur Passerelles');
    expect(invite.text).toContain('Jeanne Dupré vous invite à rejoindre l’organisation «\u00a0Lycée agricole d’Yvetot\u00a0»');
    expect(invite.text).toContain('valable 1\u00a0jour.');

    const yes = membershipDecision({ to: 'a@example.test', organisationName: 'BioNorm', approved: true, link });
    expect(yes.subject).toContain('acceptée');
    expect(yes.text).not.toContain('Motif');
    const no = membershipDecision({
      to: 'a@example.test',
      organisationName: 'BioNorm',
      approved: false,
      reason: 'Le dossier est incomplet.\r\n\r\n\r\nMerci de joindre <le Kbis>.',
      link,
    });
    expect(no.text).toContain('n’a pas été retenue');
    expect(no.text).toContain('Motif indiqué par l’équipe du Campus\u00a0:\nLe dossier est incomplet.\n\nMerci de joindre <le Kbis>.');
    expect(no.html).toContain('Le dossier est incomplet.<br>\n<br>\nMerci de joindre &lt;le Kbis&gt;.');
  });

  it('keep typed values on one line, without invisible or direction-changing characters', () => {
    const mail = invitation({
      to: 'a@example.test',
      organisationName: 'Bio\r\n\r\nVotre mot de passe a expiré',
      inviterName: 'Ève\u202e\u0000',
      link,
      expiresInDays: 7,
    });
    expect(mail.subject).toBe('Invitation à rejoindre «\u00a0Bio Votre mot de passe a expiré\u00a0» sur Passerelles');
    expect(mail.text).toContain('Ève vous invite');
    expect(mail.text.includes('\u202e') || mail.text.includes('\u0000')).toBe(false);
  });

  it('accept http(s) links only and positive durations', () => {
    expect(() => verifyEmail({ to: 'a@example.test', name: 'x', link: 'javascript:alert(1)', expiresInHours: 1 })).toThrow(/Lien du courriel invalide/);
    expect(() => verifyEmail({ to: 'a@example.test', name: 'x', link: '/relatif', expiresInHours: 1 })).toThrow(/Lien du courriel invalide/);
    expect(() => resetPassword({ to: 'a@example.test', name: 'x', link, expiresInMinutes: 0 })).toThrow(RangeError);
    expect(formatDuration(1, 'heure')).toBe('1\u00a0heure');
    expect(formatDuration(1.5, 'heure')).toBe('1,5\u00a0heure');
    expect(formatDuration(2, 'jour')).toBe('2\u00a0jours');
  });

  it('go through the capture mailer unchanged', async () => {
    const mailer = createMailer({ captureDir: dir, from: FROM });
    const sent = accountErased({ to: 'a@example.test' });
    await mailer.send(sent);
    const [mail] = await listCapturedMails(dir, { to: 'a@example.test' });
    expect({ to: mail!.to, subject: mail!.subject, text: mail!.text, html: mail!.html }).toEqual(sent);
  });
});
