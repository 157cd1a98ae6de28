import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyHolidayNotice,
  CalendarError,
  parseHolidayNotice,
  schedule2020AsFirstAnnounced,
  shippedSchedules,
  type YearSchedule,
} from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

const notices = join(import.meta.dirname, 'notices');
const read = (file: string) => readFileSync(join(notices, file), 'utf8');
/** Every notice behind the shipped schedules, in the order they were issued. */
const issued = [
  '2018.txt',
  '2019.txt',
  '2019-labour-day-amendment.txt',
  '2020.txt',
  '2020-spring-festival-extension.txt',
  '2021.txt',
  '2022.txt',
  '2023.txt',
  '2024.txt',
  '2025.txt',
  '2026.txt',
];

function importAll(files: readonly string[]): readonly YearSchedule[] {
  let schedules: readonly YearSchedule[] = [];
  for (const file of files) schedules = applyHolidayNotice(schedules, parseHolidayNotice(read(file))).schedules;
  return schedules;
}

function refusal(text: string): CalendarError {
  try {
    parseHolidayNotice(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return e as CalendarError;
  }
  throw new Error('expected the notice to be refused');
}

const notice2027 = (item: string) =>
  `国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕9号\n\n${item}\n\n国务院办公厅\n2026年11月10日\n`;

describe('importing the published notices reproduces the shipped schedules', () => {
  it('every year 2018–2026, the 2019 May Day amendment and the 2020 Spring Festival extension included', () => {
    expect(importAll(issued)).toEqual(shippedSchedules);
  });

  it.each(shippedSchedules.map((s) => [s.year, s] as const))('%i alone, with the notice number and the date it bears', (year, shipped) => {
    const parsed = parseHolidayNotice(read(`${year}.txt`));
    expect(parsed).toMatchObject({ kind: 'annual', year, notice: shipped.notice, title: shipped.title, dated: shipped.published });
  });

  it('the 2020 schedule as first announced, before 国办发明电〔2020〕1号', () => {
    expect(importAll(['2020.txt']).find((s) => s.year === 2020)).toEqual(schedule2020AsFirstAnnounced);
  });

  it('reads the amendments as changes of one holiday', () => {
    expect(parseHolidayNotice(read('2019-labour-day-amendment.txt'))).toEqual({
      kind: 'amendment',
      year: 2019,
      notice: '国办发明电〔2019〕3号',
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      dated: '2019-03-22',
      holiday: '劳动节',
      replace: {
        days: ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04'],
        adjustedWorkdays: [
          { date: '2019-04-28', for: '劳动节' },
          { date: '2019-05-05', for: '劳动节' },
        ],
      },
    });
    expect(parseHolidayNotice(read('2020-spring-festival-extension.txt'))).toMatchObject({
      kind: 'amendment',
      year: 2020,
      holiday: '春节',
      extendTo: '2020-02-02',
      dated: '2020-01-26',
    });
  });

  it('puts the days a notice sets in the year before into that year, citing the notice (2019 元旦 from 2018-12-30)', () => {
    const { changed } = applyHolidayNotice(importAll(['2018.txt']), parseHolidayNotice(read('2019.txt')));
    expect(changed.map((s) => s.year)).toEqual([2018, 2019]);
    expect(changed[0]!.holidays.at(-1)).toEqual({
      name: '元旦',
      nameEn: "New Year's Day",
      notice: '国办发明电〔2018〕15号',
      days: ['2018-12-30', '2018-12-31'],
    });
    expect(changed[0]!.adjustedWorkdays.at(-1)).toEqual({ date: '2018-12-29', for: '元旦', notice: '国办发明电〔2018〕15号' });
  });

  it('leaves those days out when the year before is not loaded', () => {
    const { changed } = applyHolidayNotice([], parseHolidayNotice(read('2023.txt')));
    expect(changed.map((s) => s.year)).toEqual([2023]);
    expect(changed[0]!.holidays[0]!.days).toEqual(['2023-01-01', '2023-01-02']);
  });

  it('gives the same result when a notice is imported again (2023, which also sets 2022-12-31)', () => {
    const once = importAll(issued);
    expect(applyHolidayNotice(once, parseHolidayNotice(read('2023.txt'))).schedules).toEqual(once);
  });

  it('does not change the schedules it is given', () => {
    const before = JSON.stringify(shippedSchedules);
    applyHolidayNotice(shippedSchedules, parseHolidayNotice(read('2019-labour-day-amendment.txt')));
    expect(JSON.stringify(shippedSchedules)).toBe(before);
  });
});

describe('a notice for a year not shipped', () => {
  it('reads a range across New Year written without years: 12月31日至1月2日', () => {
    const parsed = parseHolidayNotice(notice2027('一、元旦：12月31日（周四）至1月2日（周六）放假调休，共3天。1月3日（周日）上班。'));
    expect(parsed).toMatchObject({
      year: 2027,
      notice: '国办发明电〔2026〕9号',
      dated: '2026-11-10',
      holidays: [{ name: '元旦', days: ['2026-12-31', '2027-01-01', '2027-01-02'] }],
    });
    const { changed } = applyHolidayNotice(shippedSchedules, parsed);
    expect(changed.map((s) => s.year)).toEqual([2026, 2027]);
    expect(changed[0]!.holidays.at(-1)).toEqual({
      name: '元旦',
      nameEn: "New Year's Day",
      notice: '国办发明电〔2026〕9号',
      days: ['2026-12-31'],
    });
  });

  it('cites the title when the text gives no number, and reads half-width punctuation', () => {
    const parsed = parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦: 1月1日(周五)至3日(周日)放假,共3天。');
    expect(parsed).toEqual({
      kind: 'annual',
      year: 2027,
      notice: '国务院办公厅关于2027年部分节假日安排的通知',
      title: '国务院办公厅关于2027年部分节假日安排的通知',
      holidays: [{ name: '元旦', days: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
      adjustedWorkdays: [],
    });
  });
});

describe('refuses, with the line, what it cannot read one way only', () => {
  it.each([
    [
      'a weekday in brackets that disagrees with the date',
      '一、元旦：1月1日（周四）至3日（周日）放假，共3天。',
      /line 4: 2027-01-01 is a 周五, but the notice says 周四/,
    ],
    ['a range that runs backwards', '七、国庆节：10月7日至1日放假调休，共7天。', /runs backwards, from 2027-10-07 to 2027-10-01/],
    [
      'a day count that disagrees with the range',
      '七、国庆节：10月1日至7日放假调休，共8天。',
      /says 8 days, but 2027-10-01…2027-10-07 is 7/,
    ],
    [
      'a 上班 day that is not a weekend',
      '七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期五）上班。',
      /2027-10-08 is a 周五, not a weekend day/,
    ],
    [
      'a 上班 day inside the holiday',
      '七、国庆节：10月1日至7日放假调休，共7天。10月2日（星期六）上班。',
      /2027-10-02 is both a day off and a working day/,
    ],
    ['a date that does not exist', '二、春节：2月30日放假。', /2027年2月30日 is not a date/],
    ['a phrase it does not know', '三、清明节：4月5日放假，4月7日（星期三）补休。', /cannot read "4月7日（星期三）补休"/],
    ['与周末连休 on a midweek day', '三、清明节：4月7日放假，与周末连休。', /only a Monday or a Friday joins a weekend/],
    ['a day set by two items', '一、元旦：1月1日放假，共1天。\n二、春节：1月1日放假。', /2027-01-01 is also set by the item on 元旦/],
  ])('%s', (_what, item, message) => {
    const e = refusal(notice2027(item));
    expect(e.code).toBe('INVALID_NOTICE');
    expect(e.message).toMatch(message);
    expect(e.message).toContain(item.split('\n').at(-1)!.replace(/\s/g, ''));
  });

  it('a text that is not a holiday notice', () => {
    expect(refusal('关于印发某某办法的通知\n一、放假。').message).toMatch(/^line 1: expected the title/);
  });

  it('an amendment of a holiday the year does not have', () => {
    const text = read('2019-labour-day-amendment.txt').replace(/劳动节/g, '植树节');
    expect(() => applyHolidayNotice(shippedSchedules, parseHolidayNotice(text))).toThrow(
      /changes 植树节, which the 2019 schedule does not have/,
    );
  });
});
