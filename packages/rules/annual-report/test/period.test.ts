import { china } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';
import { REPORT_PERIOD_DAYS, reportPeriodStart } from '../src/index.js';

describe('reportPeriodStart', () => {
  it.each([
    [2018, '2018-12-31T00:00:00+08:00', '2019-04-02T00:00:00+08:00' /* 2019-03-31 Sunday: rolled to Monday 1 April */],
    [2019, '2020-01-01T00:00:00+08:00' /* 2020 is a leap year */, '2020-04-01T00:00:00+08:00'],
    [2020, '2020-12-31T00:00:00+08:00', '2021-04-01T00:00:00+08:00'],
    [2021, '2021-12-31T00:00:00+08:00', '2022-04-01T00:00:00+08:00'],
  ])('counts the %i report so that it ends at 24:00 on 31 March of the next year (or the next working day)', (year, start, due) => {
    expect(reportPeriodStart(year)).toBe(start);
    expect(china.calendarDayDeadline(start, REPORT_PERIOD_DAYS).dueAt).toBe(due);
  });

  it('treats century years by the Gregorian rule', () => {
    expect(reportPeriodStart(2099)).toBe('2099-12-31T00:00:00+08:00' /* 2100 is not a leap year */);
    expect(reportPeriodStart(2399)).toBe('2400-01-01T00:00:00+08:00');
  });
});
