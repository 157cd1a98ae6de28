/** One earlier take-down of the site, as the case input records it. */
export interface EarlierTakedown {
  /** First day offline (Beijing date, YYYY-MM-DD). */
  readonly from: string;
  /** Whether it counts towards the yearly limit: force majeure and ordered emergency take-downs do not (第十五条第二款). */
  readonly counted: boolean;
}

/** A requested temporary take-down. */
export interface TakedownRequest {
  /** First day offline (Beijing date). */
  readonly plannedStart: string;
  /** Planned length in calendar days. */
  readonly plannedDays: number;
}

/**
 * How "每年" is read: the calendar year of the planned start, or the twelve months before it (a take-down
 * on the same date a year earlier is outside them).
 */
export type YearBasis = 'calendarYear' | 'rolling12Months';

/** Why a temporary take-down is refused (第十五条): too long, or the yearly one already used. */
export type TakedownRefusal = 'tooLong' | 'alreadyTakenDownThisYear';

/** Whether a temporary take-down is allowed under 第十五条, and why not. */
export interface TakedownDecision {
  readonly allowed: boolean;
  readonly reasons: readonly TakedownRefusal[];
  /** The earlier counted take-downs within the year. */
  readonly countedThisYear: number;
}

/** 第十五条: 临时下线每年不得超过1次, 下线时间不得超过30天. */
export const MAX_TAKEDOWNS_PER_YEAR = 1;
/** 第十五条: a temporary take-down lasts at most 30 days. */
export const MAX_TAKEDOWN_DAYS = 30;

function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 29 February has no counterpart a year earlier: 28 February stands in for it.
  const prev = new Date(Date.UTC(y - 1, m - 1, d));
  if (prev.getUTCMonth() !== m - 1) prev.setUTCDate(0);
  return prev.toISOString().slice(0, 10);
}

/**
 * Whether a temporary take-down may be requested, per 《西吉县政府网站及新媒体建设运营管理制度》第十五条:
 * at most once a year (take-downs for force majeure or an ordered emergency do not count) and for at
 * most 30 days. Pure: reads only its arguments and does not change them.
 *
 * @example
 * decideTakedown({ plannedStart: '2019-01-06', plannedDays: 30 }, [{ from: '2019-01-02', counted: false }]);
 * //=> { allowed: true, reasons: [], countedThisYear: 0 }
 */
export function decideTakedown(
  request: TakedownRequest,
  earlier: readonly EarlierTakedown[],
  basis: YearBasis = 'calendarYear',
): TakedownDecision {
  const inYear =
    basis === 'calendarYear'
      ? (t: EarlierTakedown) => t.from.slice(0, 4) === request.plannedStart.slice(0, 4) && t.from <= request.plannedStart
      : (t: EarlierTakedown) => t.from > yearBefore(request.plannedStart) && t.from <= request.plannedStart;
  const countedThisYear = earlier.filter((t) => t.counted && inYear(t)).length;
  const reasons: TakedownRefusal[] = [];
  if (request.plannedDays > MAX_TAKEDOWN_DAYS) reasons.push('tooLong');
  if (countedThisYear >= MAX_TAKEDOWNS_PER_YEAR) reasons.push('alreadyTakenDownThisYear');
  return { allowed: reasons.length === 0, reasons, countedThisYear };
}
