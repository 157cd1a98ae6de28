import type { YearSchedule } from './YearSchedule.js';
import type { ComputedDeadline, DayInfo, Instant, IsoDate } from './types.js';

/**
 * A day a calendar adds on top of the national schedules: a local holiday (e.g. a regional
 * festival) or a local working day.
 *
 * @example
 * const d: LocalDay = { date: '2024-03-08', name: '三八妇女节（半天，本地按全天）' };
 * d.date
 * //=> '2024-03-08'
 */
export interface LocalDay {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * A working-day calendar: the shipped `china`, or one built with `createCalendar`.
 * Every date argument is a Beijing date 'YYYY-MM-DD' in a loaded year; a date outside the
 * loaded years throws `CalendarError` `YEAR_NOT_LOADED`, never a Monday–Friday guess.
 *
 * @example
 * china.addWorkingDays('2024-09-27', 15)
 * //=> '2024-10-23'
 */
export interface Calendar {
  /** A name for logs and audit records. */
  readonly id: string;
  /** Deterministic content hash (FNV-1a 64) of every day's status: equal data, equal version. */
  readonly version: string;
  /** The years with a loaded schedule, ascending. */
  readonly years: readonly number[];
  /** The schedules in use, ascending by year. */
  readonly schedules: readonly YearSchedule[];
  readonly extraHolidays: readonly LocalDay[];
  readonly extraWorkdays: readonly LocalDay[];

  /** Whether `date` is a working day (工作日). */
  isWorkingDay(date: IsoDate): boolean;
  /** What kind of day `date` is, and which holiday and notice made it so. */
  dayInfo(date: IsoDate): DayInfo;
  /**
   * The `n`th working day strictly after `date` (the start day is not counted, 《民法典》第二百零一条);
   * negative `n` counts backwards, `n = 0` returns `date`. O(1).
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The number of working days d with from < d ≤ to (0 when to ≤ from). O(1). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The first working day on or after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * `date` + `n` calendar days; when that last day is not a working day (a weekend or a statutory
   * holiday — weekends are 法定休假日 too — while a 调休 weekend day counts as working), the period
   * runs on to the next working day (《民法典》第二百零三条).
   */
  addCalendarDays(date: IsoDate, n: number): IsoDate;
  /** A period of `n` working days from `start` (an instant, taken as its Beijing date, or a date). */
  workingDayDeadline(start: Instant | IsoDate, n: number): ComputedDeadline;
  /** A period of `n` calendar days from `start`, rolled forward past a rest day at its end. */
  calendarDayDeadline(start: Instant | IsoDate, n: number): ComputedDeadline;
  /** A period of `hours` clock hours from the instant `start`, nights and holidays included. */
  hourDeadline(start: Instant, hours: number): ComputedDeadline;
}
