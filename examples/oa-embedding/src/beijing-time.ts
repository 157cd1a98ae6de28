import { type Calendar, type Instant, toBeijingDate } from '@zwgk/calendar';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai: +08:00, no daylight saving since 1991
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;

/** 'YYYY-MM-DD HH:mm' in Beijing time, whatever the host's time zone. */
export function beijingDateTime(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A due instant as an OA screen shows it: a working-day period ends at 24:00 of its last
 * working day, so midnight is shown as '24:00' of the day before, with the weekday:
 * '2020-10-27（周二）24:00'.
 */
export function formatDue(dueAt: Instant, calendar: Calendar): string {
  const ms = Date.parse(dueAt);
  const [date, time] = beijingDateTime(ms).split(' ') as [string, string];
  const shownDate = time === '00:00' ? toBeijingDate(ms - 1) : date;
  const weekday = WEEKDAYS[calendar.dayInfo(shownDate).weekday - 1]!;
  return `${shownDate}（周${weekday}）${time === '00:00' ? '24:00' : time}`;
}
