/**
 * One year's State Council holiday arrangement (部分节假日安排), as announced.
 *
 * `days` of a holiday list every day off in the announced range, weekend days included.
 * A day may carry its own `notice` when a later notice set it (an amendment, or the next
 * year's New Year holiday that starts in this year's last days).
 *
 * @example
 * const s: YearSchedule = { year: 2027, notice: '国办发明电〔2026〕X号', title: '…', holidays: [], adjustedWorkdays: [] };
 * s.year
 * //=> 2027
 */
export interface YearSchedule {
  /** The calendar year this schedule covers; every date in it lies in this year. */
  readonly year: number;
  /** The announcing notice's document number, e.g. '国办发明电〔2023〕7号'. */
  readonly notice: string;
  /** The notice's title. */
  readonly title: string;
  /** The date the notice bears (its 成文日期, the text's last line), YYYY-MM-DD, where known. */
  readonly published?: string;
  /** Statutory holidays (放假), each with every day off of its range. */
  readonly holidays: readonly ScheduleHoliday[];
  /** Weekend days made working days (调休上班). */
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
}

/**
 * A holiday of a {@link YearSchedule}: its name and the days off.
 *
 * @example
 * const h: ScheduleHoliday = { name: '端午节', nameEn: 'Dragon Boat Festival', days: ['2024-06-10'] };
 * h.days.length
 * //=> 1
 */
export interface ScheduleHoliday {
  /** Chinese name as in the notice, e.g. '国庆节'. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string;
  /** The notice that set these days when it is not the schedule's own notice. */
  readonly notice?: string;
  /** Every day off, YYYY-MM-DD, in the schedule's year. */
  readonly days: readonly string[];
}

/**
 * A weekend day worked (调休上班) to make up for a holiday.
 *
 * @example
 * const w: AdjustedWorkday = { date: '2024-09-29', for: '国庆节' };
 * w.for
 * //=> '国庆节'
 */
export interface AdjustedWorkday {
  /** The Saturday or Sunday that is worked, YYYY-MM-DD. */
  readonly date: string;
  /** The holiday it makes up for. */
  readonly for: string;
  /** The notice that set it when it is not the schedule's own notice. */
  readonly notice?: string;
}
