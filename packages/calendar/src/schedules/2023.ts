import { holiday } from '../_lib/holiday.js';
import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2023 public holidays and 调休 of mainland China: 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022-12-08）.
 * 2022-12-31 (the first day of this New Year holiday) is listed in ./2022.ts.
 *
 * @example
 * schedule2023.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2023: YearSchedule = {
  year: 2023,
  notice: '国办发明电〔2022〕16号',
  title: '国务院办公厅关于2023年部分节假日安排的通知',
  published: '2022-12-08',
  holidays: [
    holiday('元旦', ['2023-01-01', '2023-01-02']),
    holiday('春节', ['2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27']),
    holiday('清明节', ['2023-04-05']),
    holiday('劳动节', ['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']),
    holiday('端午节', ['2023-06-22', '2023-06-23', '2023-06-24']),
    holiday('中秋节、国庆节', [
      '2023-09-29',
      '2023-09-30',
      '2023-10-01',
      '2023-10-02',
      '2023-10-03',
      '2023-10-04',
      '2023-10-05',
      '2023-10-06',
    ]),
  ],
  adjustedWorkdays: [
    { date: '2023-01-28', for: '春节' },
    { date: '2023-01-29', for: '春节' },
    { date: '2023-04-23', for: '劳动节' },
    { date: '2023-05-06', for: '劳动节' },
    { date: '2023-06-25', for: '端午节' },
    { date: '2023-10-07', for: '中秋节、国庆节' },
    { date: '2023-10-08', for: '中秋节、国庆节' },
  ],
};
