import type { Instant } from '@zwgk/core';

/** 第十四条: 本制度自2018年4月1日起施行,有效期至2022年4月30日 (the module's `inForce`). */
export const IN_FORCE = { from: '2018-04-01', to: '2022-04-30' } as const;

/**
 * The years these rules evaluate: those whose evaluation must be finished (by 24:00 on 31 December,
 * 第五条 一年一次) while the rules are in force. 2018 ends after they took effect; 2022 ends after they
 * expire on 2022-04-30, so they demand no evaluation of it, and the text says nothing otherwise.
 */
export const FIRST_YEAR = Number(IN_FORCE.from.slice(0, 4));
export const LAST_YEAR = Number(IN_FORCE.to.slice(0, 4)) - (IN_FORCE.to.slice(5) === '12-31' ? 0 : 1);

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
