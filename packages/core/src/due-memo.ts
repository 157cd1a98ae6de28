import type { Calendar, ComputedDeadline, IsoDate } from '@zwgk/calendar';

/**
 * Day counts the engine has made, per calendar: a count depends on its unit, start date and length
 * alone, and a calendar never changes (a new holiday schedule is a new calendar). An office starts
 * many deadlines of one length on one day and resumes many on the next, so the engine counts each
 * once and shares the frozen result, explanation and all, between the deadline records that hold it
 * (records are never changed in place). The calendar itself keeps returning fresh results.
 */
const counts = new WeakMap<Calendar, Map<string, DayCount>>();

/** What a day count gives that depends on its start date and length (not on the start's time of day). */
export type DayCount = Pick<ComputedDeadline, 'dueDate' | 'dueAt' | 'provisional' | 'explanation'>;

/** How many counts one calendar's memo keeps before it starts again. */
const LIMIT = 2048;

/** `calendar.workingDayDeadline` or `calendarDayDeadline` of `length` from `startDate`, counted once per calendar. */
export function countDays(calendar: Calendar, unit: 'workingDays' | 'calendarDays', startDate: IsoDate, length: number): DayCount {
  let memo = counts.get(calendar);
  if (memo === undefined) counts.set(calendar, (memo = new Map()));
  const key = `${unit === 'workingDays' ? 'w' : 'c'}${startDate}|${length}`;
  let counted = memo.get(key);
  if (counted === undefined) {
    const { dueDate, dueAt, provisional, explanation } =
      unit === 'workingDays' ? calendar.workingDayDeadline(startDate, length) : calendar.calendarDayDeadline(startDate, length);
    counted = deepFreeze({ dueDate, dueAt, provisional, explanation });
    if (memo.size >= LIMIT) memo.clear();
    memo.set(key, counted);
  }
  return counted;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
