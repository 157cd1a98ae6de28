import { daysFromCivil, daysInMonth } from './_lib/days.js';
import { CalendarError } from './CalendarError.js';
import type { Instant } from './types.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Milliseconds since the epoch of an ISO 8601 instant. Any explicit offset (or 'Z') is accepted;
 * a string without an offset is ambiguous and throws `INVALID_DATE`, as does an impossible date or time.
 *
 * @param instant - e.g. '2024-10-24T00:00:00+08:00'
 * @returns epoch milliseconds
 *
 * @example
 * instantToMs('2024-10-24T00:00:00+08:00')
 * //=> 1729699200000
 */
export function instantToMs(instant: Instant): number {
  // The form every Instant the library writes has takes a path without a regular expression
  // (it is parsed for every deadline and event); the rest goes through the full grammar.
  const fast = typeof instant === 'string' && instant.length === 25 ? beijingSecondsMs(instant) : -1;
  if (fast >= 0) return fast;
  const m = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  if (!m) return invalid(instant);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] ? Number(m[6]) : 0;
  const frac = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 24 || mi > 59 || s > 59) return invalid(instant);
  if (h === 24 && (mi !== 0 || s !== 0 || frac !== 0)) return invalid(instant);
  let offsetMin = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return invalid(instant);
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60_000 + s * 1000 + frac;
}

function invalid(instant: unknown): never {
  throw new CalendarError(
    'INVALID_DATE',
    `instant must be an ISO 8601 date-time with an offset, e.g. '2024-10-24T00:00:00+08:00', got ${JSON.stringify(instant)}`,
    { value: instant },
  );
}

const ZERO = 48;
/** The digit at `i`, or -1 (which poisons the sum) when it is not one. */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1e9;
}

/**
 * Epoch ms of 'YYYY-MM-DDTHH:mm:ss+08:00' on or after 1970, or -1 when the text is not exactly
 * that (another offset, fractions, 24:00, an impossible date): the caller then parses it fully.
 */
function beijingSecondsMs(t: string): number {
  if (t[4] !== '-' || t[7] !== '-' || t[10] !== 'T' || t[13] !== ':' || t[16] !== ':' || !t.endsWith('+08:00')) return -1;
  const y = digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3);
  const mo = digit(t, 5) * 10 + digit(t, 6);
  const d = digit(t, 8) * 10 + digit(t, 9);
  const h = digit(t, 11) * 10 + digit(t, 12);
  const mi = digit(t, 14) * 10 + digit(t, 15);
  const s = digit(t, 17) * 10 + digit(t, 18);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
    return -1;
  return ((daysFromCivil(y, mo, d) * 24 + h - 8) * 60 + mi) * 60_000 + s * 1000;
}
