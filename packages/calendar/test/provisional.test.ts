import {
  applyHolidayNotice,
  type CalendarError,
  china,
  createCalendar,
  PROVISIONAL_NOTICE,
  parseHolidayNotice,
  statutorySchedule,
} from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

const provisional = createCalendar({ base: china, provisional: true, id: 'china+provisional' });
const days = (year: number) => Object.fromEntries(statutorySchedule(year).holidays.map((h) => [h.name, h.days]));

describe('a year without a notice, counted by its statutory holidays (《全国年节及纪念日放假办法》, 国务院令第795号)', () => {
  it('2027: 第二条 gives 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3; 第六条 makes up weekend days on the next working days', () => {
    expect(days(2027)).toEqual({
      元旦: ['2027-01-01'] /* Friday */,
      春节: ['2027-02-05' /* 除夕, Fri */, '2027-02-06', '2027-02-07', '2027-02-08'],
      春节补假: ['2027-02-09', '2027-02-10'] /* for Sat 02-06 and Sun 02-07 */,
      清明节: ['2027-04-05'] /* the solar term, a Monday */,
      劳动节: ['2027-05-01', '2027-05-02'] /* Sat, Sun */,
      劳动节补假: ['2027-05-03', '2027-05-04'],
      端午节: ['2027-06-09'] /* 五月初五 */,
      中秋节: ['2027-09-15'] /* 八月十五 */,
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
      国庆节补假: ['2027-10-04', '2027-10-05'],
    });
    expect(statutorySchedule(2027).adjustedWorkdays).toEqual([]);
    expect(statutorySchedule(2027).notice).toBe(PROVISIONAL_NOTICE);
  });

  it('a day two holidays share is one day off under both names (2020: 中秋 on 10月1日)', () => {
    expect(days(2020)['中秋节、国庆节']).toEqual(['2020-10-01']);
    expect(days(2020)['国庆节']).toEqual(['2020-10-02', '2020-10-03']);
    expect(days(2020)['国庆节补假']).toEqual(['2020-10-05'] /* for Sat 10-03 */);
  });

  it('counts 15 working days from 2026-12-20 into 2027 and says the deadline is provisional', () => {
    const d = provisional.workingDayDeadline('2026-12-20', 15);
    expect(d.dueDate).toBe('2027-01-11'); // 12-21…25, 12-28…31, 2027-01-04…08, 01-11; 01-01 元旦
    expect(d.provisional).toBe(true);
    expect(d.explanation.provisional).toEqual({ basis: '《全国年节及纪念日放假办法》（国务院令第795号修订）', years: [2027] });
    expect(d.explanation.summary).toMatch(
      /截止2027-01-11 24:00（2027年放假安排未公布，暂按《全国年节及纪念日放假办法》（国务院令第795号修订）推算，公布后重算）$/,
    );
    expect(provisional.dayInfo('2027-01-01')).toMatchObject({ kind: 'holiday', holiday: '元旦', notice: PROVISIONAL_NOTICE });
    expect(provisional.isProvisional('2027-01-01')).toBe(true);
    expect(provisional.isProvisional('2026-12-31')).toBe(false);
  });

  it('a deadline inside announced years is not provisional, and counts as without the option', () => {
    const d = provisional.workingDayDeadline('2024-09-27', 15);
    expect(d.provisional).toBe(false);
    expect(d.explanation.provisional).toBeUndefined();
    expect(d).toEqual({ ...china.workingDayDeadline('2024-09-27', 15), calendarVersion: provisional.version });
  });

  it('calendar-day periods roll over provisional holidays too (第二百零三条)', () => {
    const d = provisional.calendarDayDeadline('2027-09-02', 30); // 10-02 is 国庆节 (provisional) → 10-06
    expect(d.dueDate).toBe('2027-10-06');
    expect(d.provisional).toBe(true);
  });

  it('projects provisionalYears years after the last announced one (default 2), then refuses', () => {
    expect(provisional.provisionalYears).toEqual([2027, 2028]);
    expect(() => provisional.isWorkingDay('2029-01-02')).toThrow(/No holiday schedule is loaded for 2029/);
    expect(createCalendar({ base: china, provisional: true, provisionalYears: 5 }).provisionalYears).toEqual([
      2027, 2028, 2029, 2030, 2031,
    ]);
  });

  it('gives way to the announced schedule once it is loaded, and the version changes', () => {
    const notice = parseHolidayNotice(
      '国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕9号\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日至12日放假调休，共7天。2月14日（周日）上班。\n2026年11月10日',
    );
    const announced = createCalendar({ base: provisional, schedules: applyHolidayNotice(provisional.schedules, notice).changed });
    expect(announced.provisionalYears).toEqual([2028, 2029]); // two years after the last announced one
    expect(announced.isProvisional('2027-02-14')).toBe(false);
    expect(announced.isWorkingDay('2027-02-14')).toBe(true);
    expect(announced.workingDayDeadline('2026-12-20', 15).provisional).toBe(false);
    expect(announced.version).not.toBe(provisional.version);
  });

  it('is off unless asked for, and the error then names the year and each remedy', () => {
    expect(china.provisional).toBe(false);
    let error: CalendarError | undefined;
    try {
      china.workingDayDeadline('2026-12-20', 15);
    } catch (e) {
      error = e as CalendarError;
    }
    expect(error?.code).toBe('YEAR_NOT_LOADED');
    expect(error?.details.year).toBe(2027);
    for (const remedy of [
      'createCalendar({ base: china, provisional: true })',
      'zwgk calendar import <notice.txt>',
      '--calendar 2027.json',
      'ZWGK_CALENDAR',
      '--provisional',
      'POST the schedule to /admin/calendar',
    ]) {
      expect(error?.message).toContain(remedy);
    }
  });
});
