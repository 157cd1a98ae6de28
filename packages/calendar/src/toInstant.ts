import { format } from 'date-fns';
import { beijingWallTime, FIXED_OFFSET_SINCE_MS, inBeijing } from './_lib/beijing.js';
import { isoFromDays } from './_lib/days.js';
import { CalendarError } from './CalendarError.js';
import type { Instant } from './types.js';

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The Beijing-time {@link Instant} of epoch milliseconds, truncated to the second.
 *
 * @param ms - epoch milliseconds
 * @returns ISO 8601 with '+08:00'
 *
 * @example
 * toInstant(1729699200000)
 * //=> '2024-10-24T00:00:00+08:00'
 */
export function toInstant(ms: number): Instant {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new CalendarError('INVALID_ARGUMENT', `ms must be a finite number of epoch milliseconds, got ${String(ms)}`, { value: ms });
  }
  const seconds = Math.floor(ms / 1000) * 1000;
  if (seconds >= FIXED_OFFSET_SINCE_MS) {
    const { days, msOfDay } = beijingWallTime(seconds);
    const s = msOfDay / 1000;
    return `${isoFromDays(days)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}+08:00`;
  }
  return format(seconds, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: inBeijing });
}
