import type { Instant } from '@zwgk/core';

/** 1 January 0:00 Beijing time of the year. */
export const yearStart = (year: number): Instant => `${year}-01-01T00:00:00+08:00`;

/** 24:00 of 31 December (= 1 January 0:00 of the next year), Beijing time. */
export const yearEnd = (year: number): Instant => `${year + 1}-01-01T00:00:00+08:00`;

/** Whether `year` has 366 days (Gregorian rule). */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The instant the `year` deadline (8 760 hours, run on the clock) counts from, so that it falls due at
 * 24:00 on 31 December: 1 January 0:00, or 2 January 0:00 in a leap year (366 days = 8 784 hours).
 *
 * @example
 * yearDeadlineFrom(2019) //=> '2019-01-01T00:00:00+08:00'
 * yearDeadlineFrom(2020) //=> '2020-01-02T00:00:00+08:00'
 */
export const yearDeadlineFrom = (year: number): Instant => (isLeapYear(year) ? `${year}-01-02T00:00:00+08:00` : yearStart(year));
