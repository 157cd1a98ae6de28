import { CalendarError } from './CalendarError.js';
import { daysFromCivil, daysInMonth } from './_lib/days.js';
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
  const m = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  const bad = (): never => {
    throw new CalendarError('INVALID_DATE', `instant must be an ISO 8601 date-time with an offset, e.g. '2024-10-24T00:00:00+08:00', got ${JSON.stringify(instant)}`, { value: instant });
  };
  if (!m) return bad();
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [number, number, number, number, number];
  const s = m[6] ? Number(m[6]) : 0;
  const frac = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 24 || mi > 59 || s > 59) return bad();
  if (h === 24 && (mi !== 0 || s !== 0 || frac !== 0)) return bad();
  let offsetMin = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return bad();
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60_000 + s * 1000 + frac;
}
