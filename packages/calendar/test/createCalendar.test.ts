import { type CalendarError, china, createCalendar, loadSchedule, schedule2024, type YearSchedule } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

/** A made-up 2027 schedule, as it might arrive as JSON: only for tests. */
const json2027 = JSON.parse(
  JSON.stringify({
    year: 2027,
    notice: '国办发明电〔2026〕测试号',
    title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
    holidays: [{ name: '元旦', nameEn: "New Year's Day", days: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
    adjustedWorkdays: [],
  }),
) as unknown;

describe('loading next year from JSON', () => {
  it('makes 2027 dates work, including counting from 2026 into 2027', () => {
    const cal = createCalendar({ base: china, schedules: [loadSchedule(json2027)] });
    expect(cal.years.at(-1)).toBe(2027);
    expect(cal.isWorkingDay('2027-01-01' /* 元旦 */)).toBe(false);
    expect(cal.addWorkingDays('2026-12-20' /* Sun */, 15)).toBe('2027-01-11' /* 12-21…31 nine, 元旦 skipped, 01-04…11 six */);
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.id).toBe('china+custom');
  });

  it.each([
    [{ days: ['2026-12-31'] }, 'holidays[0].days[0] must be an ISO date YYYY-MM-DD in 2027, got "2026-12-31"'],
    [{ days: ['2027-02-30'] }, 'holidays[0].days[0] must be an ISO date YYYY-MM-DD in 2027, got "2027-02-30"'],
    [{ days: ['2027/01/01'] }, 'holidays[0].days[0] must be an ISO date YYYY-MM-DD in 2027'],
    [{ days: [] }, 'holidays[0].days must list at least one day'],
    [{ days: 'x' }, 'holidays[0].days must be an array of ISO dates'],
  ])('rejects a holiday %j with the path in the message', (holiday, message) => {
    const bad = { ...(json2027 as object), holidays: [{ name: '元旦', ...holiday }] };
    expect(() => loadSchedule(bad)).toThrow(message);
    expect(() => loadSchedule(bad)).toThrow(expect.objectContaining({ code: 'INVALID_SCHEDULE' }));
  });

  it.each([
    [[{ date: '2027-01-04', for: '元旦' }], 'adjustedWorkdays[0].date 2027-01-04 is not a Saturday or Sunday'],
    [
      [{ date: '2027-01-02', for: '元旦' }],
      'adjustedWorkdays[0].date 2027-01-02 is both a holiday (holidays[0].days[1]) and an adjusted workday',
    ],
    [[{ date: '2027-01-09' }], 'adjustedWorkdays[0].for must be a string'],
  ])('rejects adjusted workdays %j', (adjustedWorkdays, message) => {
    expect(() => loadSchedule({ ...(json2027 as object), adjustedWorkdays })).toThrow(message);
  });

  it.each([
    [null, 'schedule must be an object'],
    [{ ...(json2027 as object), year: '2027' }, 'year must be a number'],
    [{ ...(json2027 as object), notice: '' }, 'notice must not be empty'],
    [{ ...(json2027 as object), extra: true }, 'schedule has unknown key(s) "extra"'],
  ])('rejects the schedule %j', (json, message) => {
    expect(() => loadSchedule(json)).toThrow(message);
  });

  it('keeps every issue in details', () => {
    try {
      loadSchedule({ ...(json2027 as object), holidays: [{ name: '', days: ['2026-01-01'] }] });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).details.issues).toEqual([
        { path: 'holidays[0].name', message: 'holidays[0].name must not be empty' },
        { path: 'holidays[0].days[0]', message: 'holidays[0].days[0] must be an ISO date YYYY-MM-DD in 2027, got "2026-01-01"' },
      ]);
    }
  });
});

describe('local extra days', () => {
  const local = createCalendar({
    base: china,
    id: 'xiji',
    extraHolidays: [{ date: '2024-10-08', name: '县庆（示例）' }],
    extraWorkdays: [{ date: '2024-10-13', name: '防汛值班（示例）' }],
  });

  it('are days off and days worked on top of the national schedule', () => {
    expect(local.dayInfo('2024-10-08')).toEqual({
      date: '2024-10-08',
      weekday: 2,
      kind: 'holiday',
      holiday: '县庆（示例）',
      notice: 'local',
    });
    expect(local.dayInfo('2024-10-13')).toMatchObject({ kind: 'adjusted-workday', notice: 'local' });
    expect(local.addWorkingDays('2024-09-30', 1)).toBe('2024-10-09');
    expect(local.addWorkingDays('2024-09-27', 15)).toBe('2024-10-23' /* one day lost, one day gained */);
    expect(local.workingDayDeadline('2024-09-27', 15).explanation.summary).toContain('县庆（示例）1天');
    expect(china.isWorkingDay('2024-10-08')).toBe(true);
  });

  it('carry over to a calendar built on top', () => {
    const more = createCalendar({ base: local, extraHolidays: [{ date: '2024-10-09', name: '另一本地假日' }] });
    expect(more.isWorkingDay('2024-10-08')).toBe(false);
    expect(more.isWorkingDay('2024-10-09')).toBe(false);
    expect(more.id).toBe('xiji+custom');
  });

  it('may not fall in a year with no schedule, nor be both off and worked', () => {
    expect(() => createCalendar({ base: china, extraHolidays: [{ date: '2030-01-02', name: 'x' }] })).toThrow(
      expect.objectContaining({ code: 'YEAR_NOT_LOADED' }),
    );
    expect(() =>
      createCalendar({
        base: china,
        extraHolidays: [{ date: '2024-10-08', name: 'x' }],
        extraWorkdays: [{ date: '2024-10-08', name: 'y' }],
      }),
    ).toThrow('extraWorkdays[0].date 2024-10-08 is also extraHolidays[0]');
    expect(() => createCalendar({ base: china, extraHolidays: [{ date: '2024-13-01', name: 'x' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: expect.stringContaining('extraHolidays[0].date') }),
    );
  });
});

describe('version', () => {
  it('is the same for calendars built from the same data, however built', () => {
    expect(createCalendar({ schedules: china.schedules }).version).toBe(china.version);
    expect(createCalendar({ base: china }).version).toBe(china.version);
    expect(createCalendar({ base: china, schedules: [schedule2024] }).version).toBe(china.version);
    expect(china.version).toMatch(/^fnv1a64-[0-9a-f]{16}$/);
  });

  it('changes when any one day changes', () => {
    const moved: YearSchedule = {
      ...schedule2024,
      adjustedWorkdays: schedule2024.adjustedWorkdays.map((w) => (w.date === '2024-10-12' ? { ...w, date: '2024-10-13' } : w)),
    };
    const versions = new Set([
      china.version,
      createCalendar({ base: china, schedules: [moved] }).version,
      createCalendar({ base: china, extraHolidays: [{ date: '2024-10-08', name: 'x' }] }).version,
      createCalendar({ base: china, extraHolidays: [{ date: '2024-10-09', name: 'x' }] }).version,
      createCalendar({ base: china, schedules: [loadSchedule(json2027)] }).version,
    ]);
    expect(versions.size).toBe(5);
  });
});

describe('purity', () => {
  it('does not mutate the schedules or options it is given, and freezes what it keeps', () => {
    const input = JSON.parse(JSON.stringify(schedule2024)) as YearSchedule;
    const snapshot = JSON.stringify(input);
    const extraHolidays = [{ date: '2024-10-08', name: 'x' }];
    const cal = createCalendar({ base: china, schedules: [input], extraHolidays });
    cal.workingDayDeadline('2024-09-27', 15);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(input)).toBe(false);
    expect(extraHolidays).toEqual([{ date: '2024-10-08', name: 'x' }]);
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(cal.schedules[6]!.holidays)).toBe(true);
  });

  it('returns fresh results that callers may change without affecting the calendar', () => {
    const a = china.workingDayDeadline('2024-09-27', 15);
    (a.explanation.counted as string[]).push('x');
    expect(china.workingDayDeadline('2024-09-27', 15).explanation.counted).toHaveLength(15);
    const info = china.dayInfo('2024-10-01') as { kind: string };
    info.kind = 'workday';
    expect(china.dayInfo('2024-10-01').kind).toBe('holiday');
  });

  it('needs at least one schedule', () => {
    expect(() => createCalendar({})).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
