/**
 * A Beijing calendar date, 'YYYY-MM-DD'.
 *
 * @example
 * const d: IsoDate = '2024-10-23';
 * d
 * //=> '2024-10-23'
 */
export type IsoDate = string;

/**
 * An instant as ISO 8601 with an offset, seconds precision. The calendar produces
 * Beijing time ('+08:00'); it accepts any offset (or 'Z') as input.
 *
 * @example
 * const t: Instant = '2024-10-24T00:00:00+08:00';
 * t
 * //=> '2024-10-24T00:00:00+08:00'
 */
export type Instant = string;

/**
 * What a day is: an ordinary weekday, a weekend day, a holiday, or a weekend day
 * worked by 调休.
 *
 * @example
 * const k: DayKind = 'adjusted-workday';
 * k
 * //=> 'adjusted-workday'
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/**
 * What the calendar knows about one day.
 *
 * @example
 * china.dayInfo('2024-09-29')
 * //=> { date: '2024-09-29', weekday: 7, kind: 'adjusted-workday', holiday: '国庆节', notice: '国办发明电〔2023〕7号' }
 */
export interface DayInfo {
  readonly date: IsoDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly kind: DayKind;
  /** The holiday (for 'holiday') or the holiday made up for (for 'adjusted-workday'). */
  readonly holiday?: string;
  /** The notice that set the day, or 'local' for a calendar's own extra day. */
  readonly notice?: string;
}

/**
 * The unit of a deadline's length.
 *
 * @example
 * const u: DeadlineUnit = 'workingDays';
 * u
 * //=> 'workingDays'
 */
export type DeadlineUnit = 'workingDays' | 'calendarDays' | 'hours';

/**
 * The legal rule a deadline was counted by.
 *
 * @example
 * const r: CountingRule = '《民法典》第二百零一条';
 * r
 * //=> '《民法典》第二百零一条'
 */
export type CountingRule = '《民法典》第二百零一条' | '《民法典》第二百零三条' | '《民法典》第二百零一条第二款';

/**
 * A day passed over while counting working days.
 *
 * @example
 * const s: SkippedDay = { date: '2024-10-01', reason: 'holiday', holiday: '国庆节' };
 * s.reason
 * //=> 'holiday'
 */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: 'weekend' | 'holiday';
  readonly holiday?: string;
}

/**
 * A weekend day that was worked (调休) and so counted.
 *
 * @example
 * const w: WorkedWeekendDay = { date: '2024-09-29', for: '国庆节', notice: '国办发明电〔2023〕7号' };
 * w.for
 * //=> '国庆节'
 */
export interface WorkedWeekendDay {
  readonly date: IsoDate;
  readonly for: string;
  readonly notice: string;
}

/**
 * How a deadline was counted, for people to check.
 *
 * @example
 * china.workingDayDeadline('2024-09-27', 15).explanation.summary
 * //=> '自2024-09-27次日起算15个工作日，跳过国庆节7天、周末4天，2024-09-29、2024-10-12调休上班计入，截止2024-10-23 24:00'
 */
export interface DeadlineExplanation {
  readonly rule: CountingRule;
  /** The days counted, in order: working days for working-day periods, every day for calendar-day periods. */
  readonly counted: readonly IsoDate[];
  readonly skipped: readonly SkippedDay[];
  readonly workedWeekendDays: readonly WorkedWeekendDay[];
  /** Set when the last day of a calendar-day period was a rest day and the period ran on (第二百零三条). */
  readonly rolledForward?: { readonly from: IsoDate; readonly to: IsoDate; readonly reason: string };
  /** A Chinese one-liner for an OA screen. */
  readonly summary: string;
  /**
   * Set when the count ran through a year without an announced schedule, counted by its statutory
   * holidays (the calendar's `provisional` option): the law used and the years projected.
   */
  readonly provisional?: { readonly basis: string; readonly years: readonly number[] };
}

/**
 * A legal deadline as computed by a calendar.
 *
 * @example
 * china.workingDayDeadline('2024-09-27', 15).dueAt
 * //=> '2024-10-24T00:00:00+08:00'
 */
export interface ComputedDeadline {
  readonly start: Instant;
  readonly startDate: IsoDate;
  readonly length: number;
  readonly unit: DeadlineUnit;
  readonly dueDate: IsoDate;
  readonly dueAt: Instant;
  readonly calendarVersion: string;
  /**
   * True when the count touched a year without an announced schedule, counted provisionally by its
   * statutory holidays: the due date may move when the State Council's notice for that year is loaded.
   */
  readonly provisional: boolean;
  readonly explanation: DeadlineExplanation;
}
