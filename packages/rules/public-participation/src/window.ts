import { toBeijingDate } from '@zwgk/calendar';
import type { Instant } from '@zwgk/core';

/** The published start and end dates of a consultation (第四条第(二)项), Beijing dates `YYYY-MM-DD`. */
export interface ConsultationWindow {
  readonly startsOn: string;
  readonly endsOn: string;
}

/**
 * The Beijing date of an instant (the calendar's `toBeijingDate`, kept under this name for the module's users).
 *
 * @example
 * beijingDate('2019-09-30T17:00:00Z') //=> '2019-10-01'
 */
export function beijingDate(at: Instant): string {
  return toBeijingDate(at);
}

/**
 * Whether an opinion given at `at` falls within the consultation's published period: from 0:00 of
 * the start date to 24:00 of the end date, Beijing time, both dates included. The period is the one
 * the authority published; it is not a statutory period, so an end date on a rest day is not rolled
 * forward (《民法典》第二百零三条 concerns periods the law sets in days).
 *
 * @example
 * isWithinWindow('2020-10-08T23:59:00+08:00', { startsOn: '2020-09-25', endsOn: '2020-10-08' }) //=> true
 * isWithinWindow('2020-10-09T00:00:00+08:00', { startsOn: '2020-09-25', endsOn: '2020-10-08' }) //=> false
 */
export function isWithinWindow(at: Instant, window: ConsultationWindow): boolean {
  const day = beijingDate(at);
  return day >= window.startsOn && day <= window.endsOn;
}

/**
 * Whether the published period is over at `at` (it is from 0:00 of the day after the end date).
 *
 * @example
 * hasEnded('2020-10-09T00:00:00+08:00', { startsOn: '2020-09-25', endsOn: '2020-10-08' }) //=> true
 */
export function hasEnded(at: Instant, window: ConsultationWindow): boolean {
  return beijingDate(at) > window.endsOn;
}
