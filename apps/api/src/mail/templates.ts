/**
 * The messages the platform sends, in French. Each builder returns a whole `MailMessage`: the plain text is the
 * primary version (readable on its own, the link on a line of its own); the HTML says the same thing with a real
 * link text, no image, `lang="fr"` and every value escaped. Every message says why the person receives it and what
 * to do if they did not ask for it.
 */
import { SENDER_NAME, type MailMessage } from './mailer';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` as HTML text or attribute value (double or single quoted). */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Control characters and the bidirectional overrides that could make a name display as something else.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A value typed by someone (a name, an organisation) as one line of bounded length. */
function oneLine(value: string, max = 200): string {
  const line = String(value ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** A longer value (a reason) that keeps its line breaks, without blank-line runs. */
function paragraph(value: string, max = 2000): string {
  const lines = String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** French typography: a no-break space inside « » and before : ; ! ?. */
function fr(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([:;!?])/g, '\u00a0$1');
}

function checkLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new TypeError('Lien du courriel invalide : une adresse http(s) complète est attendue.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('Lien du courriel invalide : seules les adresses http(s) sont acceptées.');
  }
  return url.href;
}

const UNITS = {
  minute: ['minute', 'minutes'],
  heure: ['heure', 'heures'],
  jour: ['jour', 'jours'],
} as const;

/** « 1 heure », « 1,5 heure », « 24 heures » (in French, the plural starts at 2). */
export function formatDuration(amount: number, unit: keyof typeof UNITS): string {
  if (!Number.isFinite(amount) || amount <= 0) throw new RangeError('La durée de validité doit être positive.');
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(amount);
  return `${number}\u00a0${UNITS[unit][amount >= 2 ? 1 : 0]}`;
}

interface Layout {
  to: string;
  subject: string;
  greeting: string;
  /** Paragraphs before the link; a paragraph may hold line breaks. */
  intro: string[];
  action?: { label: string; link: string };
  /** Paragraphs after the link (how long it works…). */
  outro?: string[];
  /** Why the person receives this message. */
  why: string;
  /** What to do if they did not ask for it. */
  notYou: string;
}

const SIGNATURE = [SENDER_NAME, 'Campus des Métiers et des Qualifications'];

function render(layout: Layout): MailMessage {
  const subject = fr(layout.subject);
  const intro = layout.intro.map(fr);
  const outro = (layout.outro ?? []).map(fr);
  const why = fr(layout.why);
  const notYou = fr(layout.notYou);
  const greeting = fr(layout.greeting);
  const action = layout.action && { label: fr(layout.action.label), link: checkLink(layout.action.link) };

  const text = [
    greeting,
    ...intro,
    ...(action ? [`${action.label}\u00a0:\n${action.link}`] : []),
    ...outro,
    why,
    notYou,
    // "-- " is the signature separator mail clients recognise.
    `-- \n${SIGNATURE.join('\n')}`,
  ].join('\n\n');

  const muted = 'font-size:14px;color:#4a4a4a;';
  const p = (content: string, style = '') =>
    `<p style="margin:0 0 16px 0;${style}">${escapeHtml(content).replace(/\n/g, '<br>\n')}</p>`;
  const link = action
    ? [
        `<p style="margin:0 0 16px 0;"><a href="${escapeHtml(action.link)}" style="color:#0b4f8a;font-weight:bold;text-decoration:underline;">${escapeHtml(action.label)}</a></p>`,
        `<p style="margin:0 0 16px 0;${muted}">Si le lien ne s’ouvre pas, copiez cette adresse dans votre navigateur\u00a0:<br>\n<span style="word-break:break-all;">${escapeHtml(action.link)}</span></p>`,
      ]
    : [];
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="fr" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f;">`,
    p(greeting),
    ...intro.map((x) => p(x)),
    ...link,
    ...outro.map((x) => p(x)),
    '<hr style="border:none;border-top:1px solid #d0d0d0;margin:24px 0;">',
    p(why, muted),
    p(notYou, muted),
    p(SIGNATURE.join('\n'), muted),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { to: layout.to, subject, text, html };
}

const greet = (name: string) => (oneLine(name) ? `Bonjour ${oneLine(name)},` : 'Bonjour,');
const CAMPUS = 'Campus des Métiers et des Qualifications Biotechnologies et Bio-industries';

/** After sign-up: confirm the address to activate the account. */
export function verifyEmail(input: { to: string; name: string; link: string; expiresInHours: number }): MailMessage {
  return render({
    to: input.to,
    subject: 'Confirmez votre adresse électronique sur Passerelles',
    greeting: greet(input.name),
    intro: [
      `Bienvenue sur Passerelles, la plateforme du ${CAMPUS}.`,
      'Pour activer votre compte, il reste à confirmer votre adresse électronique.',
    ],
    action: { label: 'Confirmer mon adresse électronique', link: input.link },
    outro: [
      `Ce lien est valable ${formatDuration(input.expiresInHours, 'heure')}. Passé ce délai, vous pourrez en demander un nouveau depuis la page de connexion.`,
    ],
    why: 'Vous recevez ce message parce que cette adresse a été indiquée lors de la création d’un compte sur Passerelles.',
    notYou:
      'Si vous n’êtes pas à l’origine de cette inscription, ignorez simplement ce message : le compte ne sera pas activé sans votre confirmation.',
  });
}

/** A password reset: a single-use link that expires; never a password. */
export function resetPassword(input: { to: string; name: string; link: string; expiresInMinutes: number }): MailMessage {
  return render({
    to: input.to,
    subject: 'Réinitialisation de votre mot de passe Passerelles',
    greeting: greet(input.name),
    intro: [
      'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Passerelles.',
      'Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', link: input.link },
    outro: [
      `Ce lien ne fonctionne qu’une seule fois et expire dans ${formatDuration(input.expiresInMinutes, 'minute')}. Passé ce délai, faites une nouvelle demande depuis la page de connexion.`,
      'Passerelles ne vous demandera jamais votre mot de passe, ni par courriel ni par téléphone.',
    ],
    why: 'Vous recevez ce message parce qu’une réinitialisation du mot de passe a été demandée pour le compte associé à cette adresse.',
    notYou:
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable et personne ne peut le changer sans ce lien.',
  });
}

/** An invitation to join an organisation on the platform. */
export function invitation(input: {
  to: string;
  organisationName: string;
  inviterName: string;
  link: string;
  expiresInDays: number;
}): MailMessage {
  const organisation = oneLine(input.organisationName);
  const inviter = oneLine(input.inviterName) || 'Un membre de l’organisation';
  return render({
    to: input.to,
    subject: `Invitation à rejoindre « ${organisation} » sur Passerelles`,
    greeting: 'Bonjour,',
    intro: [`${inviter} vous invite à rejoindre l’organisation « ${organisation} » sur Passerelles, la plateforme du ${CAMPUS}.`],
    action: { label: 'Accepter l’invitation', link: input.link },
    outro: [
      `Cette invitation est valable ${formatDuration(input.expiresInDays, 'jour')}. Si vous n’avez pas encore de compte, vous pourrez en créer un en l’acceptant.`,
    ],
    why: `Vous recevez ce message parce que ${inviter} a saisi votre adresse pour vous inviter dans « ${organisation} ».`,
    notYou:
      'Si vous ne connaissez pas cette personne ou ne souhaitez pas rejoindre cette organisation, ignorez ce message : l’invitation expirera d’elle-même et aucun compte ne sera créé.',
  });
}

/** The answer to an organisation's request to join the network. */
export function membershipDecision(input: {
  to: string;
  organisationName: string;
  approved: boolean;
  reason?: string;
  link: string;
}): MailMessage {
  const organisation = oneLine(input.organisationName);
  const reason = input.reason === undefined ? '' : paragraph(input.reason);
  const common = {
    to: input.to,
    greeting: 'Bonjour,',
    why: `Vous recevez ce message parce qu’une demande a été déposée avec cette adresse, au nom de « ${organisation} », pour rejoindre le réseau Passerelles.`,
    notYou:
      'Si vous n’avez fait aucune demande de ce type, quelqu’un a peut-être utilisé votre adresse par erreur : ignorez ce message ou signalez-le à l’équipe du Campus.',
  };
  if (input.approved) {
    return render({
      ...common,
      subject: `Demande acceptée : « ${organisation} » rejoint le réseau Passerelles`,
      intro: [
        `Bonne nouvelle : la demande de « ${organisation} » pour rejoindre le réseau du ${CAMPUS} a été acceptée.`,
        ...(reason ? [`Message de l’équipe du Campus :\n${reason}`] : []),
        'Votre organisation peut dès maintenant utiliser son espace sur Passerelles.',
      ],
      action: { label: 'Accéder à l’espace de l’organisation', link: input.link },
    });
  }
  return render({
    ...common,
    subject: `Réponse à la demande de « ${organisation} » pour rejoindre le réseau Passerelles`,
    intro: [
      `La demande de « ${organisation} » pour rejoindre le réseau du ${CAMPUS} n’a pas été retenue.`,
      ...(reason ? [`Motif indiqué par l’équipe du Campus :\n${reason}`] : []),
    ],
    action: { label: 'Consulter la demande', link: input.link },
    outro: ['Si la situation de votre organisation évolue, vous pourrez déposer une nouvelle demande.'],
  });
}

/** The confirmation that an account and its personal data were erased (the last message to this address). */
export function accountErased(input: { to: string }): MailMessage {
  return render({
    to: input.to,
    subject: 'Votre compte Passerelles a été supprimé',
    greeting: 'Bonjour,',
    intro: [
      'Votre compte Passerelles a été supprimé, ainsi que les données personnelles qui y étaient rattachées.',
      'Ce message est le dernier que vous recevrez de Passerelles à cette adresse, sauf si vous créez un nouveau compte. Aucune action n’est nécessaire de votre part.',
    ],
    why: 'Vous recevez ce message pour confirmer la suppression du compte associé à cette adresse.',
    notYou:
      'Si vous n’avez pas demandé cette suppression, signalez-le à l’équipe du Campus des Métiers et des Qualifications : le compte ne peut pas être rétabli, mais vous pouvez en créer un nouveau.',
  });
}

/** The answer to a person's request to join an organisation of the network. */
export function joinDecision(input: { to: string; name: string; organisationName: string; approved: boolean; reason?: string; link: string }): MailMessage {
  const organisation = oneLine(input.organisationName);
  const reason = input.reason ? paragraph(input.reason) : '';
  const common = {
    to: input.to,
    greeting: greet(input.name),
    why: `Vous recevez ce message parce que vous avez demandé, depuis votre compte Passerelles, à rejoindre « ${organisation} ».`,
    notYou: 'Si vous n’avez fait aucune demande de ce type, signalez-le à l’équipe du Campus : quelqu’un a peut-être accès à votre compte.',
  };
  if (input.approved) {
    return render({
      ...common,
      subject: `Vous avez rejoint « ${organisation} » sur Passerelles`,
      intro: [`Votre demande est acceptée : vous êtes désormais membre de « ${organisation} » sur Passerelles.`, ...(reason ? [`Message :\n${reason}`] : [])],
      action: { label: 'Ouvrir mon compte', link: input.link },
    });
  }
  return render({
    ...common,
    subject: `Votre demande pour rejoindre « ${organisation} »`,
    intro: [`Votre demande pour rejoindre « ${organisation} » n’a pas été acceptée.`, ...(reason ? [`Motif indiqué :\n${reason}`] : [])],
    action: { label: 'Ouvrir mon compte', link: input.link },
  });
}

/** To the parent of a person under 15 who created an account: their consent opens it (RGPD art. 8, French law). */
export function parentalConsentRequest(input: { to: string; childName: string; link: string; expiresInDays: number }): MailMessage {
  const child = oneLine(input.childName) || 'Votre enfant';
  return render({
    to: input.to,
    // The name is typed by whoever signs up: kept out of the subject so the line cannot be used to write to anyone.
    subject: `Un compte Passerelles attend votre accord de parent`,
    greeting: 'Bonjour,',
    intro: [
      `${child} a créé un compte sur Passerelles, la plateforme du ${CAMPUS}, pour découvrir des formations et des métiers et préparer son parcours.`,
      'Comme il ou elle a moins de 15 ans, la loi demande l’accord d’un parent avant que nous traitions ses données. Le compte reste fermé tant que vous n’avez pas donné cet accord.',
      'Les données du compte : nom, adresse e-mail, et ce que votre enfant y enregistre. Elles ne sont ni vendues ni transmises à des entreprises ; vous pouvez demander leur effacement à tout moment.',
    ],
    action: { label: 'Donner mon accord', link: input.link },
    outro: [`Ce lien est valable ${formatDuration(input.expiresInDays, 'jour')}. Sans votre accord, le compte sera supprimé.`],
    why: 'Vous recevez ce message parce que votre adresse a été indiquée comme celle d’un parent lors de la création d’un compte.',
    notYou: 'Si vous ne connaissez pas cette personne, ignorez ce message : le compte ne sera jamais ouvert.',
  });
}
