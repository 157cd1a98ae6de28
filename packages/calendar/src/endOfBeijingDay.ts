import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { BEIJING, beijingMidnightMs, FIXED_OFFSET_SINCE_MS } from './_lib/beijing.js';
import { civilFromDays, parseIsoDate } from './_lib/days.js';
import { toInstant } from './toInstant.js';
import type { Instant, IsoDate } from './types.js';

/**
 * The end (24:00 Beijing time) of a date, written as the next day's midnight: the instant a
 * day-counted deadline falls due.
 *
 * @param date - a Beijing date
 * @returns `${next day}T00:00:00+08:00`
 *
 * @example
 * endOfBeijingDay('2024-10-23')
 * //=> '2024-10-24T00:00:00+08:00'
 */
export function endOfBeijingDay(date: IsoDate): Instant {
  const days = parseIsoDate(date);
  const nextMidnight = beijingMidnightMs(days + 1);
  if (nextMidnight >= FIXED_OFFSET_SINCE_MS) return toInstant(nextMidnight);
  const [y, m, d] = civilFromDays(days);
  const next = addDays(new TZDate(y, m - 1, d, BEIJING), 1);
  return format(next, "yyyy-MM-dd'T'HH:mm:ssxxx");
}
