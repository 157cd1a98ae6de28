import { format } from 'date-fns';
import { CalendarError } from './CalendarError.js';
import { inBeijing } from './_lib/beijing.js';
import type { Instant } from './types.js';

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
  return format(Math.floor(ms / 1000) * 1000, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: inBeijing });
}
