import type { privacyFr } from './fr-privacy';

/** The privacy policy in English: a translation of the French reference text, same shape. */
export const privacyEn: typeof privacyFr = {
  title: 'Privacy policy',
  description: 'The data the platform keeps, why, for how long, and how to exercise your rights.',
  lead: 'What the campus does with the personal data entrusted to Passerelles, and how you stay in control of it.',
  onThisPage: 'On this page',
  controllerTitle: 'Who is responsible',
  controller: (campus: string) => `The data controller is the ${campus}, which publishes the Passerelles platform.`,
  contact: 'For any question about your data, write to:',
  withoutAccountTitle: 'Without an account',
  withoutAccount:
    'Every public page can be read without an account. They set no cookie and use neither audience measurement nor advertising trackers. Like any website, the server keeps a technical record of the requests it receives, for its security.',
  collectedTitle: 'What we keep if you create an account',
  collected: [
    'Your e-mail address, your name and the account type you chose (in training or professional).',
    'Your password, in a hashed form from which it cannot be recovered: nobody, not even the campus team, can read it.',
    'The dates the account was created, its address confirmed, and of your last sign-in.',
    'If you are under 15: the e-mail address of the parent you give and the date of their consent.',
    'The organisations of the network you have joined or asked to join, your message if any, and the answer you received.',
    'Your sign-in sessions, and an audit log of sensitive actions (memberships, reading or exporting personal data, erasing an account).',
    'To block repeated attempts (passwords tried in series, mass sign-ups), short-lived counters in which e-mail and IP addresses only appear hashed.',
  ],
  purposesTitle: 'Why, and on what legal basis',
  purposesCaption: 'Purposes of processing and their legal bases (GDPR, article 6)',
  purposeHeader: 'What we do',
  basisHeader: 'Legal basis',
  purposes: [
    {
      what: 'Open your account, sign you in, send you the service’s messages (confirmation, password, answer to a request)',
      basis: 'Performing the terms of use you accept when creating the account (article 6.1.b)',
    },
    {
      what: 'Let you join an organisation of the network and show your request to those who decide',
      basis: 'Performing the terms of use (article 6.1.b)',
    },
    {
      what: 'Protect the platform and its users: sessions, audit log of sensitive actions, limits on attempts',
      basis: 'The campus’s legitimate interest in securing the service (article 6.1.f)',
    },
    {
      what: 'Obtain a parent’s consent for an account of someone under 15',
      basis: 'The obligation set by article 8 of the GDPR and article 45 of the French Data Protection Act',
    },
  ],
  noMarketing: 'Your data is used for no advertising, is neither sold nor passed on, and we send no newsletter.',
  recipientsTitle: 'Who sees your data',
  recipients: [
    'The campus team, to run the platform and answer requests.',
    'An organisation’s administrators see the requests to join it (name, e-mail address, message) and the list of its members.',
    'The campus’s technical providers (hosting, sending e-mail), who act only on its instructions.',
  ],
  retentionTitle: 'For how long',
  retentionCaption: 'Retention periods',
  retentionWhat: 'Data',
  retentionHow: 'Kept',
  retention: [
    { what: 'Account whose address was never confirmed', duration: '30 days after sign-up, then erased' },
    { what: 'Inactive account', duration: '3 years after the last sign-in, then erased' },
    { what: 'Refused request to join', duration: '1 year after the answer' },
    { what: 'Audit log of sensitive actions', duration: '1 year' },
    { what: 'Sign-in session', duration: 'closed after 7 days without activity, and at the latest 30 days after signing in' },
    { what: 'Account erased at your request', duration: 'your personal data is erased at once' },
  ],
  under15Title: 'Under 15',
  under15: [
    'In France, someone under 15 can only open an account with the consent of a holder of parental responsibility (article 45 of the French Data Protection Act).',
    'When signing up, they give a parent’s e-mail address. We write to the parent to explain the service and ask for their consent; the account stays closed until it is given.',
    'The parent can ask at any time for the account to be erased by writing to the campus team.',
  ],
  cookiesTitle: 'Cookies',
  cookies:
    'One cookie only, set when you sign in: “pl_session”, which keeps your session open. It is essential to the service, cannot be read by the page’s scripts, and goes away when you sign out or the session expires. No other cookie, hence no consent to collect.',
  rightsTitle: 'Your rights',
  rightsIntro: 'At any time, you can:',
  rights: [
    'access your data and get a copy of it in a format other services can read (rights of access and to data portability);',
    'have it corrected (right to rectification);',
    'have it erased (right to erasure);',
    'object to processing based on legitimate interest, or ask for it to be restricted;',
    'give instructions about what happens to your data after your death.',
  ],
  rightsHowTitle: 'How to exercise them',
  rightsSelf: 'From the “My account” page, you can yourself download all your data and erase your account:',
  accountLink: 'My account',
  rightsWrite: 'For anything else, write to the campus team (we answer within one month):',
  complaint:
    'If, after contacting us, you consider that your rights are not respected, you can lodge a complaint with the French data protection authority (CNIL).',
  complaintLink: 'Lodge a complaint with the CNIL (in French)',
  complaintHref: 'https://www.cnil.fr/fr/adresser-une-plainte',
  securityTitle: 'Security',
  security: [
    'Exchanges with the platform are encrypted (HTTPS).',
    'Links sent by e-mail work once and expire.',
    'Changing your password closes every open session.',
    'Access to personal data by the campus team or an organisation’s administrators is recorded in the audit log.',
  ],
};
