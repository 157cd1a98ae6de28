import type { Instant } from '@zwgk/core';

/** Length, in calendar days, of the manifest's `reportRolled` deadline (the reading that rolls past a rest day). */
export const REPORT_PERIOD_DAYS = 90;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The instant the `reportRolled` deadline of year `year` is counted from, so that its
 * {@link REPORT_PERIOD_DAYS} calendar days end at 24:00 on 31 March of the next year
 * (第一条 次年三月底前): the last day of the reported year (31 December), or, when the next year is
 * a leap year (its March ends 91 days after 31 December), 1 January. The start day itself is not
 * counted (《民法典》第二百零一条).
 *
 * @param year - the year reported on
 * @returns the Beijing midnight that opens the start day
 * @example
 * reportPeriodStart(2018) //=> '2018-12-31T00:00:00+08:00'
 * reportPeriodStart(2019) //=> '2020-01-01T00:00:00+08:00' (2020 is a leap year)
 */
export function reportPeriodStart(year: number): Instant {
  return isLeapYear(year + 1) ? `${year + 1}-01-01T00:00:00+08:00` : `${year}-12-31T00:00:00+08:00`;
}

/** 00:00 on 1 January of the year after `year`: where the fixed-date `report` deadline is counted from. */
export function reportingSeasonStart(year: number): Instant {
  return `${year + 1}-01-01T00:00:00+08:00`;
}

/**
 * Clock hours from 00:00 on 1 January of the next year to 24:00 on 31 March (第一条 次年三月底前, read
 * as a fixed date): the length of the `report` deadline for year `year` (90 or, in a leap year, 91 days).
 *
 * @example
 * reportHours(2018) //=> 2160 (due 2019-04-01T00:00:00+08:00 whatever day 31 March is)
 * reportHours(2019) //=> 2184 (2020 is a leap year)
 */
export function reportHours(year: number): number {
  return (isLeapYear(year + 1) ? 91 : 90) * 24;
}
