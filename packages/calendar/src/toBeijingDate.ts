import { format } from 'date-fns';
import { beijingWallTime, FIXED_OFFSET_SINCE_MS, inBeijing } from './_lib/beijing.js';
import { isoFromDays } from './_lib/days.js';
import { CalendarError } from './CalendarError.js';
import { instantToMs } from './instantToMs.js';
import type { Instant, IsoDate } from './types.js';

/**
 * The Beijing calendar date of an instant (an ISO string with offset, a `Date`, or epoch milliseconds),
 * whatever the machine's own time zone.
 *
 * @param instant - the moment
 * @returns its date in Asia/Shanghai
 *
 * @example
 * toBeijingDate('2024-10-23T17:30:00Z')
 * //=> '2024-10-24'
 */
export function toBeijingDate(instant: Instant | Date | number): IsoDate {
  const ms = typeof instant === 'string' ? instantToMs(instant) : instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new CalendarError(
      'INVALID_DATE',
      `instant must be an ISO string with offset, a valid Date or epoch milliseconds, got ${String(instant)}`,
      { value: instant },
    );
  }
  if (ms >= FIXED_OFFSET_SINCE_MS) return isoFromDays(beijingWallTime(ms).days);
  return format(ms, 'yyyy-MM-dd', { in: inBeijing });
}
