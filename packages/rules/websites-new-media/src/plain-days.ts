/**
 * Periods of whole calendar days that cap or floor how long a state lasts (第十三条 "至少保留30天",
 * 第十五条 "下线时间不得超过30天"). They are counted as 《民法典》第二百零一条 counts days — the day of
 * the event is not counted, the period starts at the next 00:00 and ends at 24:00 of its last day — but
 * they are not rolled past a rest day: 第二百零三条 extends a period *for doing something*, and a site
 * that stays offline, or a notice that stays up, does nothing on the holiday that needs more time.
 * The engine's `calendarDays` unit rolls forward, so these run as clock hours from the next midnight.
 */
import { endOfBeijingDay, toBeijingDate } from '@zwgk/calendar';

/** 第十三条: 有关公告信息原则上至少保留30天. */
export const MIN_NOTICE_DAYS = 30;

/** Clock hours in `days` whole days (the length of an `hours` deadline). */
export const hoursInDays = (days: number): number => days * 24;

/**
 * 00:00 Beijing time of the day after the one `at` falls on: where a period of days starts
 * (《民法典》第二百零一条, the first day not counted).
 *
 * @example
 * nextBeijingMidnight('2019-01-06T10:00:00+08:00');
 * //=> '2019-01-07T00:00:00+08:00'
 */
export function nextBeijingMidnight(at: string): string {
  return endOfBeijingDay(toBeijingDate(at));
}
