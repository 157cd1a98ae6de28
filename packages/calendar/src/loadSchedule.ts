import { CalendarError } from './CalendarError.js';
import type { YearSchedule } from './YearSchedule.js';
import { yearScheduleSchema } from './yearScheduleSchema.js';
import { formatIssuePath } from './zodIssues.js';

/**
 * Validates a yearly schedule given as JSON (already parsed, e.g. from `JSON.parse`) and returns it.
 * Throws a {@link CalendarError} with code `INVALID_SCHEDULE` whose message names each bad field
 * (`holidays[2].days[0] must be an ISO date YYYY-MM-DD in 2027, got "2026-12-31"`); the issues are
 * also in `details.issues`.
 *
 * @param json - the schedule, as parsed JSON
 * @returns the validated schedule
 *
 * @example
 * loadSchedule({ year: 2027, notice: '国办发明电〔2026〕X号', title: '…', holidays: [], adjustedWorkdays: [] }).year
 * //=> 2027
 */
export function loadSchedule(json: unknown): YearSchedule {
  const result = yearScheduleSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    const message = `${path || 'schedule'} ${issue.message}`;
    return { path, message };
  });
  const year = typeof json === 'object' && json !== null && 'year' in json ? (json as { year: unknown }).year : undefined;
  throw new CalendarError(
    'INVALID_SCHEDULE',
    `Invalid holiday schedule${typeof year === 'number' ? ` for ${year}` : ''}: ${issues.map((i) => i.message).join('; ')}`,
    { issues },
  );
}
