import { china, createCalendar, schedule2020AsFirstAnnounced } from '@zwgk/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('addWorkingDays counts from the day after the start (《民法典》第二百零一条)', () => {
  it.each([
    // start, n, expected, why
    ['2024-09-27' /* Fri */, 15, '2024-10-23', '国庆 2024-10-01…07 skipped; Sun 09-29 and Sat 10-12 worked (调休)'],
    ['2024-02-08' /* Thu before 春节 */, 5, '2024-02-21', 'Fri 02-09, then 春节 02-10…17 skipped, Sun 02-18 worked, 02-19…21'],
    ['2024-02-09' /* Fri */, 1, '2024-02-18', 'the first working day after 春节 is a worked Sunday'],
    ['2024-10-11' /* Fri */, 1, '2024-10-12', 'Saturday 2024-10-12 is a 调休 working day'],
    ['2025-01-24' /* Fri */, 2, '2025-01-27', 'Sun 01-26 worked for 春节, then Mon 01-27'],
    ['2025-01-24' /* Fri */, 3, '2025-02-05', '春节 01-28…02-04 skipped'],
    ['2023-12-29' /* Fri */, 1, '2024-01-02', 'counting crosses the year into 2024 (元旦 01-01)'],
    ['2024-10-07' /* 国庆 holiday */, 1, '2024-10-08', 'a start on a holiday counts from the next working day'],
    ['2024-10-05' /* Sat, 国庆 */, 0, '2024-10-05', 'n = 0 returns the date unchanged, even a holiday'],
  ])('%s + %i working days is %s (%s)', (start, n, expected) => {
    expect(china.addWorkingDays(start, n)).toBe(expected);
  });

  it.each([
    ['2024-10-23', -15, '2024-09-27', 'the worked example backwards'],
    ['2024-10-08' /* first day after 国庆 */, -1, '2024-09-30', 'the working day before the holiday'],
    ['2024-10-06' /* 国庆 holiday */, -1, '2024-09-30', 'strictly before a holiday'],
    ['2024-02-19' /* Mon */, -1, '2024-02-18', 'the worked Sunday before'],
    ['2024-01-02', -1, '2023-12-29', 'back across 元旦 into 2023'],
  ])('%s %i working days is %s (%s)', (start, n, expected) => {
    expect(china.addWorkingDays(start, n)).toBe(expected);
  });

  it('gives different due dates under the 2020 schedule as first announced and as extended by 国办发明电〔2020〕1号', () => {
    const asFirstAnnounced = createCalendar({ base: china, schedules: [schedule2020AsFirstAnnounced], id: 'china-2020-first' });
    // '2020-01-23' /* Thu, the last working day before 春节 */
    expect(asFirstAnnounced.addWorkingDays('2020-01-23', 1)).toBe('2020-01-31' /* Fri, worked as first announced */);
    expect(asFirstAnnounced.addWorkingDays('2020-01-23', 2)).toBe('2020-02-01' /* Sat, 调休 as first announced */);
    expect(china.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03' /* Mon: 春节 extended to 02-02 */);
    expect(asFirstAnnounced.addWorkingDays('2020-01-20', 15)).toBe('2020-02-14');
    expect(china.addWorkingDays('2020-01-20', 15)).toBe('2020-02-18');
    expect(asFirstAnnounced.version).not.toBe(china.version);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2024-09-27', '2024-10-23', 15],
    ['2024-09-30', '2024-10-07' /* 国庆 holiday */, 0],
    ['2024-10-23', '2024-09-27', 0],
    ['2024-10-23', '2024-10-23', 0],
    ['2024-09-30', '2024-10-08', 1],
  ])('counts working days d with %s < d ≤ %s: %i', (from, to, expected) => {
    expect(china.workingDaysBetween(from, to)).toBe(expected);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2024-10-01' /* 国庆 */, '2024-10-08'],
    ['2024-10-12' /* 调休 Saturday */, '2024-10-12'],
    ['2024-10-13' /* Sunday */, '2024-10-14'],
    ['2024-10-14' /* Monday */, '2024-10-14'],
  ])('of %s is %s', (date, expected) => {
    expect(china.nextWorkingDay(date)).toBe(expected);
  });
});

describe('addCalendarDays rolls a last day that is a rest day forward (《民法典》第二百零三条)', () => {
  it.each([
    ['2024-09-01', 30, '2024-10-08', '10-01 is 国庆: the period runs to the first working day after it'],
    ['2024-09-10', 30, '2024-10-10', 'an ordinary Thursday stays'],
    ['2024-09-13', 30, '2024-10-14', 'Sunday 10-13 is a weekend (法定休假日): rolled to Monday'],
    ['2024-09-12', 30, '2024-10-12', 'Saturday 10-12 is a 调休 working day: not rolled'],
  ])('%s + %i days is %s (%s)', (date, n, expected) => {
    expect(china.addCalendarDays(date, n)).toBe(expected);
  });
});

describe('properties over random dates and counts', () => {
  const dates = fc
    .integer({ min: Date.UTC(2018, 1, 1), max: Date.UTC(2026, 10, 30) })
    .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
  const counts = fc.integer({ min: 1, max: 20 });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and the result is a working day', () => {
    fc.assert(
      fc.property(dates, counts, (d, n) => {
        const due = china.addWorkingDays(d, n);
        return china.workingDaysBetween(d, due) === n && china.isWorkingDay(due) && due > d;
      }),
      { numRuns: 2000 },
    );
  });

  it('going back n from the result of going forward n lands on the last working day on or before the start', () => {
    fc.assert(
      fc.property(dates, counts, (d, n) => {
        const back = china.addWorkingDays(china.addWorkingDays(d, n), -n);
        return china.isWorkingDay(d) ? back === d : back < d && china.workingDaysBetween(back, d) === 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays agrees with a plain day-by-day walk', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -20, max: 20 }), (d, n) => {
        let t = Date.parse(`${d}T00:00:00Z`);
        let left = Math.abs(n);
        while (left > 0) {
          t += Math.sign(n) * 86_400_000;
          if (china.isWorkingDay(new Date(t).toISOString().slice(0, 10))) left--;
        }
        return china.addWorkingDays(d, n) === new Date(t).toISOString().slice(0, 10);
      }),
      { numRuns: 1000 },
    );
  });
});
