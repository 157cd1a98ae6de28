import { isoFromDays, parseIsoDate } from '../_lib/days.js';
import { holiday } from '../_lib/holiday.js';
import { CalendarError } from '../CalendarError.js';
import { loadSchedule } from '../loadSchedule.js';
import type { AdjustedWorkday, ScheduleHoliday, YearSchedule } from '../YearSchedule.js';
import type { HolidayNotice } from './HolidayNotice.js';

const byDate = (a: AdjustedWorkday, b: AdjustedWorkday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * What {@link applyHolidayNotice} returns: the whole list of schedules after the notice, and the
 * years it changed (what an importer writes out).
 *
 * @example
 * applyHolidayNotice(shippedSchedules, parseHolidayNotice(text2027)).changed.map((s) => s.year)
 * //=> [2027]
 */
export interface AppliedNotice {
  /** Every schedule, the notice applied, ascending by year. */
  readonly schedules: readonly YearSchedule[];
  /** The schedules the notice added or changed, ascending by year. */
  readonly changed: readonly YearSchedule[];
}

/**
 * Applies a notice read by {@link parseHolidayNotice} to a list of yearly schedules.
 *
 * - A yearly arrangement becomes that year's schedule (replacing one already there). Days it sets in
 *   the previous year (a New Year holiday from 12月30日) are added to that year's schedule, each with
 *   the notice's number, when that year is in the list; otherwise they are left out (the calendar has
 *   no such year to put them in).
 * - 调整 replaces the holiday's days and its 调休 days, citing the notice.
 * - 延长 adds the days after the holiday's last day up to the new last day as a second entry of the
 *   holiday, citing the notice; a 调休 day among them is no longer worked.
 *
 * Every schedule returned is validated ({@link loadSchedule}); the inputs are not changed.
 *
 * @param schedules - the schedules the notice applies to (e.g. `china.schedules`)
 * @param notice - the notice
 * @returns the schedules after the notice, and those it changed
 *
 * @example
 * applyHolidayNotice([], parseHolidayNotice(text2024)).schedules[0].holidays[0]
 * //=> { name: '元旦', nameEn: "New Year's Day", days: ['2024-01-01'] }
 */
export function applyHolidayNotice(schedules: readonly YearSchedule[], notice: HolidayNotice): AppliedNotice {
  const byYear = new Map(schedules.map((s) => [s.year, s]));
  const changed = new Map<number, YearSchedule>();
  if (notice.kind === 'annual') {
    const inYear = (d: string) => yearOf(d) === notice.year;
    changed.set(notice.year, {
      year: notice.year,
      notice: notice.notice,
      title: notice.title,
      ...(notice.dated ? { published: notice.dated } : {}),
      holidays: notice.holidays.filter((h) => h.days.some(inYear)).map((h) => holiday(h.name, h.days.filter(inYear))),
      adjustedWorkdays: notice.adjustedWorkdays.filter((w) => inYear(w.date)).map((w) => ({ date: w.date, for: w.for })),
    });
    const before = byYear.get(notice.year - 1);
    const earlyHolidays = notice.holidays
      .map((h) => ({ name: h.name, days: h.days.filter((d) => !inYear(d)) }))
      .filter((h) => h.days.length > 0);
    const earlyWorkdays = notice.adjustedWorkdays.filter((w) => !inYear(w.date));
    if (before && (earlyHolidays.length > 0 || earlyWorkdays.length > 0)) {
      // Drop whatever an earlier import of this same notice put there, then add the notice's days.
      const early = new Set([...earlyHolidays.flatMap((h) => h.days), ...earlyWorkdays.map((w) => w.date)]);
      changed.set(before.year, {
        ...before,
        holidays: [
          ...before.holidays.map((h) => ({ ...h, days: h.days.filter((d) => !early.has(d)) })).filter((h) => h.days.length > 0),
          ...earlyHolidays.map((h) => holiday(h.name, h.days, notice.notice)),
        ],
        adjustedWorkdays: [
          ...before.adjustedWorkdays.filter((w) => !early.has(w.date)),
          ...earlyWorkdays.map((w) => ({ date: w.date, for: w.for, notice: notice.notice })),
        ].sort(byDate),
      });
    }
  } else {
    const base = byYear.get(notice.year);
    if (!base)
      throw new CalendarError(
        'YEAR_NOT_LOADED',
        `${notice.notice} changes ${notice.holiday} of ${notice.year}, but no ${notice.year} schedule is loaded: import the ${notice.year} notice first`,
        { year: notice.year },
      );
    const index = base.holidays.findIndex((h) => h.name === notice.holiday);
    if (index < 0)
      throw new CalendarError(
        'INVALID_NOTICE',
        `${notice.notice} changes ${notice.holiday}, which the ${notice.year} schedule does not have`,
        { year: notice.year, holiday: notice.holiday },
      );
    if (notice.replace) {
      const days = new Set(notice.replace.days);
      const holidays = base.holidays.map((h, i) =>
        i === index ? holiday(notice.holiday, notice.replace!.days, notice.notice) : { ...h, days: h.days.filter((d) => !days.has(d)) },
      );
      const workdays = new Set(notice.replace.adjustedWorkdays.map((w) => w.date));
      changed.set(notice.year, {
        ...base,
        holidays: holidays.filter((h) => h.days.length > 0),
        adjustedWorkdays: [
          ...base.adjustedWorkdays.filter((w) => w.for !== notice.holiday && !workdays.has(w.date) && !days.has(w.date)),
          ...notice.replace.adjustedWorkdays.map((w) => ({ date: w.date, for: w.for, notice: notice.notice })),
        ].sort(byDate),
      });
    } else if (notice.extendTo) {
      const last = [...base.holidays.filter((h) => h.name === notice.holiday).flatMap((h) => h.days)].sort().at(-1)!;
      const added: string[] = [];
      for (let d = parseIsoDate(last) + 1; d <= parseIsoDate(notice.extendTo); d++) added.push(isoFromDays(d));
      if (added.length === 0)
        throw new CalendarError(
          'INVALID_NOTICE',
          `${notice.notice} extends ${notice.holiday} to ${notice.extendTo}, but it already runs to ${last}`,
          { year: notice.year },
        );
      const days = new Set(added);
      const holidays: ScheduleHoliday[] = base.holidays.map((h) => ({ ...h, days: h.days.filter((d) => !days.has(d)) }));
      holidays.splice(index + 1, 0, holiday(notice.holiday, added, notice.notice));
      changed.set(notice.year, {
        ...base,
        holidays: holidays.filter((h) => h.days.length > 0),
        adjustedWorkdays: base.adjustedWorkdays.filter((w) => !days.has(w.date)),
      });
    }
  }
  const validated = [...changed.values()].map((s) => loadSchedule(s));
  for (const s of validated) byYear.set(s.year, s);
  return {
    schedules: [...byYear.values()].sort((a, b) => a.year - b.year),
    changed: validated.sort((a, b) => a.year - b.year),
  };
}
