import { tz } from '@date-fns/tz';

/** The one zone the calendar counts in. */
export const BEIJING = 'Asia/Shanghai';
export const inBeijing = tz(BEIJING);

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * China has kept UTC+8 without daylight saving since 1991-09-15 (the last 夏令时 ended then).
 * From that instant on, Beijing wall time is plain arithmetic, which is about a hundred times
 * faster than asking the zone database; earlier instants go through @date-fns/tz.
 */
export const FIXED_OFFSET_SINCE_MS = Date.UTC(1991, 8, 14, 15);

/** Beijing wall-clock parts of an instant on the fixed-offset path: days since the epoch and ms into the day. */
export function beijingWallTime(ms: number): { days: number; msOfDay: number } {
  const local = ms + 8 * HOUR_MS;
  const days = Math.floor(local / DAY_MS);
  return { days, msOfDay: local - days * DAY_MS };
}

/** The instant of 00:00 Beijing time on the given day (days since the epoch). */
export function beijingMidnightMs(days: number): number {
  return days * DAY_MS - 8 * HOUR_MS;
}
