import { CalendarError } from './CalendarError.js';
import { loadSchedule } from './loadSchedule.js';
import type { YearSchedule } from './YearSchedule.js';

/**
 * Validates the contents of a schedule file: one yearly schedule, or an array of them (what
 * `zwgk calendar import` writes when a notice also sets days of the year before, e.g. a New Year
 * holiday from 12月31日). Each is checked by {@link loadSchedule}; a problem names the array index.
 *
 * @param json - the file's contents, as parsed JSON
 * @returns the schedules, in the file's order
 *
 * @example
 * loadSchedules([{ year: 2027, notice: 'x', title: 'y', holidays: [], adjustedWorkdays: [] }]).map((s) => s.year)
 * //=> [2027]
 */
export function loadSchedules(json: unknown): YearSchedule[] {
  if (!Array.isArray(json)) return [loadSchedule(json)];
  if (json.length === 0)
    throw new CalendarError('INVALID_SCHEDULE', 'a schedule file must hold a yearly schedule or a non-empty array of them', { issues: [] });
  return json.map((item, i) => {
    try {
      return loadSchedule(item);
    } catch (error) {
      if (error instanceof CalendarError) throw new CalendarError(error.code, `[${i}]: ${error.message}`, { ...error.details, index: i });
      throw error;
    }
  });
}
