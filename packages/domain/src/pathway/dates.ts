import { DAYS_PER_MONTH } from './types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO `yyyy-mm-dd` date (UTC, no clock read); NaN when it is not such a date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The ISO `yyyy-mm-dd` date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Last day of something that starts on `startDay` and lasts `months` months: whole months are calendar months
 * (1 September + 24 months ends on 31 August), the fraction counts {@link DAYS_PER_MONTH} days a month.
 * Never before the start day.
 */
export function endDayAfter(startDay: number, months: number): number {
  const whole = Math.floor(months);
  const extraDays = Math.round((months - whole) * DAYS_PER_MONTH);
  const start = new Date(startDay * MS_PER_DAY);
  const shifted = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + whole, start.getUTCDate()) / MS_PER_DAY;
  return Math.max(startDay, shifted + extraDays - 1);
}

/** French short date: 01/09/2026. */
export function frenchDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
