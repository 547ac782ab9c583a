import type { Funding } from '@passerelles/domain';
import type { I18n } from '../i18n/use-i18n';

/** How a session's facts read, on the search results and on a training's page. */

/** "Du 1er septembre 2026 au 30 juin 2028", "À partir du …", or "Dates à venir". */
export function sessionDates(i18n: I18n, s: { startDate: string | null; endDate: string | null }): string {
  const d = i18n.t.training;
  if (s.startDate && s.endDate) return d.datesRange(i18n.date(s.startDate), i18n.date(s.endDate));
  if (s.startDate) return d.datesFrom(i18n.date(s.startDate));
  return d.datesUnknown;
}

const euroFormats = new Map<string, Intl.NumberFormat>();

/** "1 200 €", "Gratuit" or "Non communiqué". */
export function sessionPrice(i18n: I18n, priceEur: number | null): string {
  const d = i18n.t.training;
  if (priceEur === null) return d.priceUnknown;
  if (priceEur === 0) return d.free;
  const tag = i18n.locale === 'fr' ? 'fr-FR' : 'en-GB';
  let format = euroFormats.get(tag);
  if (!format) euroFormats.set(tag, (format = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })));
  return d.price(format.format(priceEur));
}

export function sessionSeats(i18n: I18n, s: { seatsLeft: number | null; capacity: number | null }): string {
  const d = i18n.t.training;
  if (s.seatsLeft === null) return s.capacity !== null ? i18n.number(s.capacity) : d.seatsUnknown;
  if (s.seatsLeft <= 0) return d.full;
  return d.seatsLeft(i18n.number(s.seatsLeft), s.capacity !== null ? i18n.number(s.capacity) : null);
}

export function sessionFundings(i18n: I18n, fundings: readonly Funding[]): string {
  return fundings.length ? fundings.map((f) => i18n.t.fundings[f]).join(', ') : i18n.t.training.fundingNone;
}

