import type { ComputedDeadline, DayInfo, Instant, IsoDate } from './types.js';
import type { YearSchedule } from './YearSchedule.js';

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
  /** The announced schedules in use, ascending by year (provisional years are not among them). */
  readonly schedules: readonly YearSchedule[];
  /** Whether years without an announced schedule are counted by their statutory holidays (option `provisional`). */
  readonly provisional: boolean;
  /** How many years after the last announced one are projected when `provisional` is on. */
  readonly provisionalSpan: number;
  /** The years counted provisionally, ascending (empty unless `provisional`). */
  readonly provisionalYears: readonly number[];
  /**
   * Whether `date` lies in a year counted provisionally (no announced schedule yet).
   *
   * @example
   * createCalendar({ base: china, provisional: true }).isProvisional('2027-01-04')
   * //=> true
   */
  isProvisional(date: IsoDate): boolean;
  readonly extraHolidays: readonly LocalDay[];
  readonly extraWorkdays: readonly LocalDay[];

  /**
   * Whether `date` is a working day (工作日).
   *
   * @example
   * china.isWorkingDay('2024-10-12')
   * //=> true (调休 Saturday)
   */
  isWorkingDay(date: IsoDate): boolean;
  /**
   * What kind of day `date` is, and which holiday and notice made it so.
   *
   * @example
   * china.dayInfo('2024-10-01').kind
   * //=> 'holiday'
   */
  dayInfo(date: IsoDate): DayInfo;
  /**
   * The `n`th working day strictly after `date` (the start day is not counted, 《民法典》第二百零一条);
   * negative `n` counts backwards, `n = 0` returns `date`. O(1).
   *
   * @example
   * china.addWorkingDays('2024-10-23', -15)
   * //=> '2024-09-27'
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * The number of working days d with from < d ≤ to (0 when to ≤ from). O(1).
   *
   * @example
   * china.workingDaysBetween('2024-09-27', '2024-10-23')
   * //=> 15
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /**
   * The first working day on or after `date`.
   *
   * @example
   * china.nextWorkingDay('2024-10-01')
   * //=> '2024-10-08'
   */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * `date` + `n` calendar days; when that last day is not a working day (a weekend or a statutory
   * holiday — weekends are 法定休假日 too — while a 调休 weekend day counts as working), the period
   * runs on to the next working day (《民法典》第二百零三条).
   *
   * @example
   * china.addCalendarDays('2024-09-01', 30)
   * //=> '2024-10-08' (10-01 is 国庆)
   */
  addCalendarDays(date: IsoDate, n: number): IsoDate;
  /**
   * A period of `n` working days from `start` (an instant, taken as its Beijing date, or a date).
   *
   * @example
   * china.workingDayDeadline('2024-09-27T10:15:00+08:00', 15).dueAt
   * //=> '2024-10-24T00:00:00+08:00'
   */
  workingDayDeadline(start: Instant | IsoDate, n: number): ComputedDeadline;
  /**
   * A period of `n` calendar days from `start`, rolled forward past a rest day at its end.
   *
   * @example
   * china.calendarDayDeadline('2024-09-01', 30).explanation.rolledForward
   * //=> { from: '2024-10-01', to: '2024-10-08', reason: '2024-10-01为国庆节假期（法定休假日）' }
   */
  calendarDayDeadline(start: Instant | IsoDate, n: number): ComputedDeadline;
  /**
   * A period of `hours` clock hours from the instant `start`, nights and holidays included.
   *
   * @example
   * china.hourDeadline('2024-09-30T22:30:00+08:00', 48).dueAt
   * //=> '2024-10-02T22:30:00+08:00'
   */
  hourDeadline(start: Instant, hours: number): ComputedDeadline;
}
