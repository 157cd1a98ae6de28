import { CalendarError, china } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

function errorOf(fn: () => unknown): CalendarError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return e as CalendarError;
  }
  throw new Error('expected a CalendarError');
}

describe('a date in a year with no loaded schedule is never guessed', () => {
  it.each([
    ['2017-12-29' /* before 2018 */, 2017, () => china.isWorkingDay('2017-12-29')],
    ['2027-01-04' /* after 2026 */, 2027, () => china.dayInfo('2027-01-04')],
    ['2027-01-04', 2027, () => china.addWorkingDays('2027-01-04', 1)],
    ['2026-12-20 + 15' /* runs past 2026-12-31 */, 2027, () => china.addWorkingDays('2026-12-20', 15)],
    ['2018-01-05 − 10' /* runs before 2018 */, 2017, () => china.addWorkingDays('2018-01-05', -10)],
    ['2026-12-01 + 40 calendar days', 2027, () => china.addCalendarDays('2026-12-01', 40)],
    ['a deadline counted into 2027', 2027, () => china.workingDayDeadline('2026-12-25T10:00:00+08:00', 10)],
  ])('%s throws YEAR_NOT_LOADED naming %i', (_label, year, fn) => {
    const e = errorOf(fn);
    expect(e.code).toBe('YEAR_NOT_LOADED');
    expect(e.details.year).toBe(year);
    expect(e.message).toContain(`No holiday schedule is loaded for ${year}`);
    expect(e.message).toContain(
      `load the State Council's ${year} schedule with createCalendar({ base: china, schedules: [loadSchedule(json)] })`,
    );
  });

  it('answers for the last loaded day itself', () => {
    expect(china.nextWorkingDay('2026-12-31')).toBe('2026-12-31');
    expect(china.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });
});

describe('invalid input', () => {
  it.each(['2024-02-30', '2024/1/1', '2024-1-01', '24-01-01', '', '2023-02-29', ' 2024-01-01'])(
    'rejects the date %j with INVALID_DATE',
    (date) => {
      expect(errorOf(() => china.isWorkingDay(date)).code).toBe('INVALID_DATE');
    },
  );

  it('rejects a non-string date with INVALID_DATE', () => {
    expect(errorOf(() => china.isWorkingDay(20240101 as unknown as string)).code).toBe('INVALID_DATE');
  });

  it.each([1.5, Number.NaN, Infinity, '3' as unknown as number])('rejects n = %j with INVALID_ARGUMENT', (n) => {
    const e = errorOf(() => china.addWorkingDays('2024-09-27', n));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toMatch(/^n must be an integer/);
  });

  it('accepts 2024-02-29, a leap day', () => {
    expect(china.isWorkingDay('2024-02-29')).toBe(true);
  });
});
