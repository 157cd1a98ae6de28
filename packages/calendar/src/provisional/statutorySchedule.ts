import { Lunar } from 'lunar-typescript';
import { daysFromCivil, isoFromDays, isoWeekday } from '../_lib/days.js';
import type { ScheduleHoliday, YearSchedule } from '../YearSchedule.js';

/** The law a provisional year is counted by. */
export const STATUTORY_BASIS = '《全国年节及纪念日放假办法》（国务院令第795号修订）';

/**
 * Marks a provisional schedule's `notice`: not an announcement, a projection from the law. A day of
 * such a schedule shows this as its notice (`dayInfo`), and a deadline that counts it is provisional.
 *
 * @example
 * statutorySchedule(2027).notice
 * //=> '《全国年节及纪念日放假办法》（国务院令第795号修订）第二条、第六条（暂定，待国务院办公厅通知）'
 */
export const PROVISIONAL_NOTICE = `${STATUTORY_BASIS}第二条、第六条（暂定，待国务院办公厅通知）`;

const ymd = (s: { getYear(): number; getMonth(): number; getDay(): number }): number =>
  daysFromCivil(s.getYear(), s.getMonth(), s.getDay());

interface Festival {
  readonly name: string;
  readonly days: number[];
}

/** The statutory holidays of 第二条 in `year`, lunar dates and 清明 (a solar term) computed by lunar-typescript. */
function festivals(year: number): Festival[] {
  const newYear = ymd(Lunar.fromYmd(year, 1, 1).getSolar()); // 正月初一
  const qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明']!;
  return [
    { name: '元旦', days: [daysFromCivil(year, 1, 1)] },
    { name: '春节', days: [newYear - 1, newYear, newYear + 1, newYear + 2] }, // 农历除夕、正月初一至初三
    { name: '清明节', days: [ymd(qingming)] },
    { name: '劳动节', days: [daysFromCivil(year, 5, 1), daysFromCivil(year, 5, 2)] },
    { name: '端午节', days: [ymd(Lunar.fromYmd(year, 5, 5).getSolar())] },
    { name: '中秋节', days: [ymd(Lunar.fromYmd(year, 8, 15).getSolar())] },
    { name: '国庆节', days: [daysFromCivil(year, 10, 1), daysFromCivil(year, 10, 2), daysFromCivil(year, 10, 3)] },
  ];
}

/**
 * A year's holidays as the law fixes them, for a year whose State Council arrangement is not yet
 * announced: 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (in force 2025-01-01), 第二条 —
 * 元旦 1 day, 春节 4 days (农历除夕、正月初一至初三), 清明节 1 day (the solar term), 劳动节 2 days
 * (5月1日、2日), 端午节 1 day, 中秋节 1 day, 国庆节 3 days (10月1日至3日) — and 第六条: a holiday on a
 * Saturday or Sunday is made up (补假) on a working day, here the first working day after the
 * holiday. There are no 调休 working weekends: only the yearly notice sets those.
 *
 * A day two holidays share (中秋节 on 10月1日) is one day off under both names, with no extra day.
 *
 * @param year - the year to project
 * @returns a schedule whose `notice` is {@link PROVISIONAL_NOTICE}
 *
 * @example
 * statutorySchedule(2027).holidays.find((h) => h.name === '春节')?.days
 * //=> ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
 */
export function statutorySchedule(year: number): YearSchedule {
  const owner = new Map<number, string>();
  for (const f of festivals(year)) for (const d of f.days) owner.set(d, owner.has(d) ? `${owner.get(d)!}、${f.name}` : f.name);
  // Group consecutive days of the same name again (a shared day carries both names).
  const holidays: { name: string; days: number[] }[] = [];
  for (const d of [...owner.keys()].sort((a, b) => a - b)) {
    const last = holidays.at(-1);
    if (last && last.name === owner.get(d) && last.days.at(-1) === d - 1) last.days.push(d);
    else holidays.push({ name: owner.get(d)!, days: [d] });
  }
  const taken = new Set(owner.keys());
  const madeUp: ScheduleHoliday[] = [];
  for (const h of holidays) {
    const onWeekend = h.days.filter((d) => isoWeekday(d) >= 6).length;
    const days: string[] = [];
    for (let d = h.days.at(-1)! + 1; days.length < onWeekend; d++) {
      if (isoWeekday(d) >= 6 || taken.has(d)) continue;
      taken.add(d);
      days.push(isoFromDays(d));
    }
    if (days.length > 0) madeUp.push({ name: `${h.name}补假`, days });
  }
  const all: ScheduleHoliday[] = [...holidays.map((h) => ({ name: h.name, days: h.days.map(isoFromDays) })), ...madeUp];
  // A make-up day of late December could fall into the next year; none can under 第二条 (国庆 ends 10月3日).
  all.sort((a, b) => (a.days[0]! < b.days[0]! ? -1 : 1));
  return {
    year,
    notice: PROVISIONAL_NOTICE,
    title: `${year}年法定节假日（按${STATUTORY_BASIS}推算，未经国务院办公厅通知）`,
    holidays: all.map((h) => ({ ...h, days: h.days.filter((d) => Number(d.slice(0, 4)) === year) })).filter((h) => h.days.length > 0),
    adjustedWorkdays: [],
  };
}
