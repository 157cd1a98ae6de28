import { china, schedule2020, schedule2020AsFirstAnnounced, shippedSchedules, yearScheduleSchema } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

describe('the shipped schedules', () => {
  it('cover every year 2018 through 2026, one each', () => {
    expect(shippedSchedules.map((s) => s.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(china.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(shippedSchedules.map((s) => [s.year, s] as const))('%i passes the schedule schema', (_year, schedule) => {
    expect(yearScheduleSchema.safeParse(schedule).error?.issues).toBeUndefined();
  });

  it.each([
    [2018, '国办发明电〔2017〕12号'],
    [2019, '国办发明电〔2018〕15号'],
    [2020, '国办发明电〔2019〕16号'],
    [2021, '国办发明电〔2020〕27号'],
    [2022, '国办发明电〔2021〕11号'],
    [2023, '国办发明电〔2022〕16号'],
    [2024, '国办发明电〔2023〕7号'],
    [2025, '国办发明电〔2024〕12号'],
    [2026, '国办发明电〔2025〕7号'],
  ])('%i cites %s', (year, notice) => {
    const s = shippedSchedules.find((x) => x.year === year)!;
    expect(s.notice).toBe(notice);
    expect(s.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
  });

  it('have 2019 May Day as amended by 国办发明电〔2019〕3号: 5/1–5/4 off, Sundays 4/28 and 5/5 worked', () => {
    expect(['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04'].map((d) => china.dayInfo(d).notice)).toEqual(
      Array(4).fill('国办发明电〔2019〕3号'),
    );
    expect(china.dayInfo('2019-04-28')).toMatchObject({ kind: 'adjusted-workday', holiday: '劳动节', notice: '国办发明电〔2019〕3号' });
    expect(china.dayInfo('2019-05-05')).toMatchObject({ kind: 'adjusted-workday', notice: '国办发明电〔2019〕3号' });
  });

  it('ship 2020 as extended by 国办发明电〔2020〕1号, and the first announcement separately', () => {
    expect(china.dayInfo('2020-01-31')).toMatchObject({ kind: 'holiday', holiday: '春节', notice: '国办发明电〔2020〕1号' });
    expect(china.dayInfo('2020-02-01' /* Sat: 调休 as first announced, holiday after the extension */)).toMatchObject({ kind: 'holiday' });
    expect(china.dayInfo('2020-02-02')).toMatchObject({ kind: 'holiday', holiday: '春节' });
    expect(schedule2020.adjustedWorkdays.map((w) => w.date)).not.toContain('2020-02-01');
    expect(schedule2020AsFirstAnnounced.adjustedWorkdays.map((w) => w.date)).toContain('2020-02-01');
    expect(schedule2020AsFirstAnnounced.holidays.find((h) => h.name === '春节')!.days).toEqual([
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
      '2020-01-30',
    ]);
    expect(yearScheduleSchema.safeParse(schedule2020AsFirstAnnounced).success).toBe(true);
  });

  it.each([
    ['2024-10-07', 'holiday', '国庆节'],
    ['2024-10-12', 'adjusted-workday', '国庆节'],
    ['2024-10-13', 'weekend', undefined],
    ['2024-10-14', 'workday', undefined],
    ['2026-01-04' /* Sun, worked for 元旦 */, 'adjusted-workday', '元旦'],
    ['2026-02-23' /* last day of the nine-day 春节 */, 'holiday', '春节'],
  ])('say %s is a %s (%s)', (date, kind, holiday) => {
    const info = china.dayInfo(date);
    expect(info.kind).toBe(kind);
    expect(info.holiday).toBe(holiday);
  });
});
