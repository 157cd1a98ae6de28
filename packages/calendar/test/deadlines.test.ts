import { china } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

describe('workingDayDeadline', () => {
  const deadline = china.workingDayDeadline('2024-09-27', 15);

  it('is due at 24:00 Beijing time on the 15th working day, written as the next midnight', () => {
    expect(deadline).toMatchObject({
      start: '2024-09-27T00:00:00+08:00',
      startDate: '2024-09-27',
      length: 15,
      unit: 'workingDays',
      dueDate: '2024-10-23',
      dueAt: '2024-10-24T00:00:00+08:00',
      calendarVersion: china.version,
    });
  });

  it('explains which days were counted, which skipped and why, and which 调休 days were worked', () => {
    const { explanation } = deadline;
    expect(explanation.rule).toBe('《民法典》第二百零一条');
    expect(explanation.counted).toHaveLength(15);
    expect(explanation.counted[0]).toBe('2024-09-29' /* Sun, 调休 for 国庆 */);
    expect(explanation.counted.at(-1)).toBe('2024-10-23');
    expect(explanation.skipped).toEqual([
      { date: '2024-09-28', reason: 'weekend' },
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2024-10-${d}`, reason: 'holiday', holiday: '国庆节' })),
      { date: '2024-10-13', reason: 'weekend' },
      { date: '2024-10-19', reason: 'weekend' },
      { date: '2024-10-20', reason: 'weekend' },
    ]);
    expect(explanation.workedWeekendDays).toEqual([
      { date: '2024-09-29', for: '国庆节', notice: '国办发明电〔2023〕7号' },
      { date: '2024-10-12', for: '国庆节', notice: '国办发明电〔2023〕7号' },
    ]);
    expect(explanation.rolledForward).toBeUndefined();
    expect(explanation.summary).toBe(
      '自2024-09-27次日起算15个工作日，跳过国庆节7天、周末4天，2024-09-29、2024-10-12调休上班计入，截止2024-10-23 24:00',
    );
  });

  it('takes an instant at its Beijing date: 2024-09-27 17:30 in Los Angeles is already 09-28 in Beijing', () => {
    const d = china.workingDayDeadline('2024-09-27T17:30:00-07:00', 15);
    expect(d.start).toBe('2024-09-28T08:30:00+08:00');
    expect(d.startDate).toBe('2024-09-28');
    expect(d.dueDate).toBe('2024-10-23'); // 09-28 is a Saturday rest day, so the count is the same
    expect(china.workingDayDeadline('2024-09-29T10:00:00+08:00', 1).dueDate).toBe('2024-09-30');
  });

  it('crosses the Spring Festival: 2025-01-24 + 5 working days skips 春节 and counts Sunday 01-26', () => {
    const d = china.workingDayDeadline('2025-01-24T16:00:00+08:00', 5);
    expect(d.dueDate).toBe('2025-02-07');
    expect(d.dueAt).toBe('2025-02-08T00:00:00+08:00');
    expect(d.explanation.workedWeekendDays.map((w) => w.date)).toEqual(['2025-01-26']);
    expect(d.explanation.summary).toContain('跳过春节8天');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects a length of %s with INVALID_ARGUMENT', (n) => {
    expect(() => china.workingDayDeadline('2024-09-27', n)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('calendarDayDeadline (the 30-day window)', () => {
  it('rolls an end on 国庆 forward to the first working day after the holiday', () => {
    const d = china.calendarDayDeadline('2024-09-01', 30);
    expect(d).toMatchObject({ unit: 'calendarDays', dueDate: '2024-10-08', dueAt: '2024-10-09T00:00:00+08:00' });
    expect(d.explanation.rule).toBe('《民法典》第二百零三条');
    expect(d.explanation.counted).toHaveLength(30);
    expect(d.explanation.rolledForward).toEqual({ from: '2024-10-01', to: '2024-10-08', reason: '2024-10-01为国庆节假期（法定休假日）' });
    expect(d.explanation.skipped.map((s) => s.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
    ]);
    expect(d.explanation.summary).toBe(
      '自2024-09-01次日起算30日，期间最后一日2024-10-01为国庆节假期（法定休假日），依《民法典》第二百零三条顺延至2024-10-08，截止2024-10-08 24:00',
    );
  });

  it('rolls an end on a plain Sunday forward too: weekends are 法定休假日', () => {
    const d = china.calendarDayDeadline('2024-03-01T09:00:00+08:00', 30);
    expect(d.dueDate).toBe('2024-04-01');
    expect(d.explanation.rolledForward).toEqual({
      from: '2024-03-31' /* Sunday */,
      to: '2024-04-01',
      reason: '2024-03-31为周末（法定休假日）',
    });
  });

  it('keeps an end on an ordinary working day', () => {
    const d = china.calendarDayDeadline('2024-03-04', 30);
    expect(d.dueDate).toBe('2024-04-03');
    expect(d.explanation.rolledForward).toBeUndefined();
    expect(d.explanation.summary).toBe('自2024-03-04次日起算30日，截止2024-04-03 24:00');
  });
});

describe('hourDeadline', () => {
  it('runs on the clock across midnight and holidays', () => {
    const d = china.hourDeadline('2024-09-30T22:30:00+08:00', 48);
    expect(d).toMatchObject({
      start: '2024-09-30T22:30:00+08:00',
      startDate: '2024-09-30',
      unit: 'hours',
      length: 48,
      dueAt: '2024-10-02T22:30:00+08:00' /* in 国庆, not rolled */,
      dueDate: '2024-10-02',
    });
    expect(d.explanation.rule).toBe('《民法典》第二百零一条第二款');
  });

  it('converts any offset to Beijing time: 23:30 UTC + 1 h is 08:30 next day in Beijing', () => {
    expect(china.hourDeadline('2024-10-01T23:30:00Z', 1).dueAt).toBe('2024-10-02T08:30:00+08:00');
    expect(china.hourDeadline('2024-12-31T23:30:00+08:00', 1).dueAt).toBe('2025-01-01T00:30:00+08:00');
  });

  it('needs no loaded schedule', () => {
    expect(china.hourDeadline('2030-01-01T00:00:00+08:00', 24).dueAt).toBe('2030-01-02T00:00:00+08:00');
  });

  it('rejects a start without an offset', () => {
    expect(() => china.hourDeadline('2024-10-01T10:00:00', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
