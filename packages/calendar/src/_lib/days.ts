import { CalendarError } from '../CalendarError.js';

// Days since 1970-01-01 ("ordinals") by integer arithmetic (Howard Hinnant's civil-days algorithm):
// no Date object, so no machine time zone can leak in.

/** Ordinal of a proleptic-Gregorian civil date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date [y, m, d] of an ordinal. */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses 'YYYY-MM-DD' to its ordinal, or returns undefined when it is not a real date in that form. */
export function tryParseIsoDate(s: unknown): number | undefined {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const a = digit(s, 0),
    b = digit(s, 1),
    c = digit(s, 2),
    e = digit(s, 3);
  const f = digit(s, 5),
    g = digit(s, 6),
    h = digit(s, 8),
    k = digit(s, 9);
  if ((a | b | c | e | f | g | h | k) < 0) return undefined;
  const y = a * 1000 + b * 100 + c * 10 + e;
  const m = f * 10 + g;
  const d = h * 10 + k;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** Parses 'YYYY-MM-DD' to its ordinal; throws INVALID_DATE otherwise. */
export function parseIsoDate(s: unknown, what = 'date'): number {
  const ord = tryParseIsoDate(s);
  if (ord === undefined) {
    throw new CalendarError(
      'INVALID_DATE',
      `${what} must be an ISO date YYYY-MM-DD (a real Beijing calendar date), got ${JSON.stringify(s)}`,
      { value: s },
    );
  }
  return ord;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function isoFromDays(z: number): string {
  const [y, m, d] = civilFromDays(z);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** ISO weekday of an ordinal: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(z: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((z + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

export function yearOf(z: number): number {
  return civilFromDays(z)[0];
}

export function requireInteger(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new CalendarError('INVALID_ARGUMENT', `${what} must be an integer, got ${String(n)}`, { value: n });
  }
  return n;
}
