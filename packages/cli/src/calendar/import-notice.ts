import { readFile } from 'node:fs/promises';
import { applyHolidayNotice, type Calendar, parseHolidayNotice } from '@zwgk/calendar';

/**
 * `zwgk calendar import <notice.txt>`: reads a State Council holiday notice and returns the schedule
 * JSON `--calendar` (and `loadSchedule`) reads: the year's schedule, or an array when the notice also
 * sets days of the year before (a New Year holiday from 12月31日) or changes a year already loaded.
 */
export async function importNotice(file: string, base: Calendar): Promise<{ json: string; summary: string }> {
  const text = await readFile(file, 'utf8');
  const notice = parseHolidayNotice(text);
  const { changed } = applyHolidayNotice(base.schedules, notice);
  const json = JSON.stringify(changed.length === 1 ? changed[0] : changed, null, 2);
  const days = changed.reduce((n, s) => n + s.holidays.reduce((m, h) => m + h.days.length, 0), 0);
  const worked = changed.reduce((n, s) => n + s.adjustedWorkdays.length, 0);
  const summary = `${notice.notice}${notice.dated ? `（${notice.dated}）` : ''}: ${changed.map((s) => s.year).join(', ')} — ${days} days off, ${worked} 调休 working days`;
  return { json, summary };
}
