import type { Calendar } from '@zwgk/calendar';

/** The lead 《西吉县政务公开新闻发言人制度》第五条(四) requires: 提前3个工作日. */
export const REQUIRED_LEAD_WORKING_DAYS = 3;

/** Subtracts one calendar day from an ISO date (UTC arithmetic on a date string, no time zone involved). */
function dayBefore(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * How many working days of lead an application gives (第五条(四) 提前3个工作日). The application day
 * is not counted (《民法典》第二百零一条); the conference day is counted when `countConferenceDay`
 * is true (the default reading: the office's 2 working days to answer fit before it), and not
 * when false (the stricter reading: 3 whole working days lie strictly between the two days).
 * Pure: it reads only its arguments.
 *
 * @param calendar - the working-day calendar (`china`)
 * @param applicationDay - the Beijing date the written application reached the office
 * @param conferenceDay - the planned date of the conference
 * @param countConferenceDay - whether the conference day itself counts
 * @returns the number of working days of lead
 *
 * @example
 * leadWorkingDays(china, '2019-09-26', '2019-10-08', true)
 * //=> 4 (09-27, 09-29 调休 Sunday, 09-30, 10-08; 10-01…10-07 国庆)
 */
export function leadWorkingDays(calendar: Calendar, applicationDay: string, conferenceDay: string, countConferenceDay: boolean): number {
  const last = countConferenceDay ? conferenceDay : dayBefore(conferenceDay);
  return calendar.workingDaysBetween(applicationDay, last);
}

/**
 * Whether an application made on `applicationDay` for a conference on `conferenceDay` is made
 * 提前3个工作日 (第五条(四)).
 *
 * @example
 * meetsAdvanceNotice(china, '2019-09-26', '2019-10-08')
 * //=> true
 * meetsAdvanceNotice(china, '2019-09-30', '2019-10-08')
 * //=> false (1 working day: 10-08)
 */
export function meetsAdvanceNotice(calendar: Calendar, applicationDay: string, conferenceDay: string, countConferenceDay = true): boolean {
  return leadWorkingDays(calendar, applicationDay, conferenceDay, countConferenceDay) >= REQUIRED_LEAD_WORKING_DAYS;
}
