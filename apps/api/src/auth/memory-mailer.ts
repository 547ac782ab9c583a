import type { MailMessage, Mailer } from '../mail/mailer';

/** Keeps messages in memory: the default of an app built without a mailer (tests read `sent`). */
export interface MemoryMailer extends Mailer {
  readonly sent: MailMessage[];
  /** The last link to this site found in the last message to this address. */
  lastLink(to: string): string | null;
}

export function memoryMailer(): MemoryMailer {
  const sent: MailMessage[] = [];
  return {
    kind: 'capture',
    sent,
    async send(message) {
      sent.push(message);
    },
    lastLink(to) {
      const message = [...sent].reverse().find((m) => m.to.toLowerCase() === to.toLowerCase());
      const links = message?.text.match(/https?:\/\/\S+/g);
      return links?.at(-1) ?? null;
    },
  };
}
