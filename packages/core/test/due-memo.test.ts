import { china, createCalendar } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';
import { countDays } from '../src/due-memo.js';
import { toyEngine } from './fixtures/engine.js';
import { clerk } from './fixtures/toy-modules.js';

// The engine counts a deadline's days once per calendar, start date and length, and shares the result.
describe('day counts remembered per calendar', () => {
  const table = [
    // unit, start date, length, due date (《民法典》第二百零一条、第二百零三条; 调休 counted)
    { unit: 'workingDays', start: '2019-09-27', length: 15, due: '2019-10-23' }, // over 国庆节, 调休 2019-09-29 and 10-12 worked
    { unit: 'workingDays', start: '2020-01-06', length: 15, due: '2020-02-03' }, // over the extended 春节 of 2020, 调休 01-19 worked
    { unit: 'calendarDays', start: '2024-09-20', length: 10, due: '2024-09-30' }, // last day a working Monday: not rolled on
    { unit: 'calendarDays', start: '2024-09-27', length: 5, due: '2024-10-08' }, // last day 10-02 a holiday: rolled to 10-08
  ] as const;

  it.each(table)('$unit from $start, $length: the calendar’s own count ($due), frozen and shared', ({ unit, start, length, due }) => {
    const count = () => (unit === 'workingDays' ? china.workingDayDeadline(start, length) : china.calendarDayDeadline(start, length));
    const own = count();
    const first = countDays(china, unit, start, length);
    expect(first).toEqual({ dueDate: due, dueAt: own.dueAt, provisional: own.provisional, explanation: own.explanation });
    expect(own.dueDate).toBe(due);
    expect(countDays(china, unit, start, length)).toBe(first);
    expect(Object.isFrozen(first.explanation.counted)).toBe(true);
    expect(() => (first.explanation.counted as string[]).push('x')).toThrow(TypeError);
    // The calendar still hands its callers fresh results.
    expect(count()).not.toBe(count());
    expect(count().explanation).not.toBe(first.explanation);
  });

  it('keeps calendars apart: a local holiday moves the due date of the same count', () => {
    const local = createCalendar({ base: china, extraHolidays: [{ date: '2019-10-23', name: '县庆（本地放假）' }], id: 'china+local' });
    expect(countDays(china, 'workingDays', '2019-09-27', 15).dueDate).toBe('2019-10-23');
    expect(countDays(local, 'workingDays', '2019-09-27', 15).dueDate).toBe('2019-10-24');
  });

  it('counts right after its memo starts again', () => {
    const calendar = createCalendar({ base: china, id: 'china+memo' });
    for (let n = 1; n <= 2100; n++) countDays(calendar, 'calendarDays', '2019-01-01', (n % 700) + 1);
    expect(countDays(calendar, 'workingDays', '2019-09-27', 15).dueDate).toBe('2019-10-23');
    expect(countDays(calendar, 'calendarDays', '2019-01-01', 30).dueDate).toBe(china.calendarDayDeadline('2019-01-01', 30).dueDate);
  });

  it('gives deadlines started on one day at different hours the same due instant and one shared explanation', async () => {
    const { engine, clock } = toyEngine('2019-09-27T09:00:00+08:00');
    const morning = (await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId;
    clock.set('2019-09-27T16:30:00+08:00');
    const afternoon = (await engine.open('toy-request', { input: { applicant: '李四' }, actor: clerk })).caseId;
    const reply = async (caseId: string) => (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'reply')!;
    const [a, b] = [await reply(morning), await reply(afternoon)];
    expect(a).toMatchObject({ startedAt: '2019-09-27T09:00:00+08:00', dueAt: '2019-10-24T00:00:00+08:00' });
    expect(b).toMatchObject({ startedAt: '2019-09-27T16:30:00+08:00', dueAt: '2019-10-24T00:00:00+08:00' });
    expect(b.explanation).toBe(a.explanation);
    expect(b.explanation).toEqual(china.workingDayDeadline('2019-09-27', 15).explanation);
  });
});
