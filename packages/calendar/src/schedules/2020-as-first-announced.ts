import { holiday } from '../_lib/holiday.js';
import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2020 public holidays and 调休 of mainland China: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019-11-21）.
 * As FIRST announced, before 国办发明电〔2020〕1号 extended the Spring Festival to 2020-02-02:
 * Spring Festival 1/24–1/30, Sunday 1/19 and Saturday 2/1 worked. Not part of `china`; the engine uses it
 * to test recomputing running deadlines when a schedule changes.
 *
 * @example
 * schedule2020AsFirstAnnounced.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2020AsFirstAnnounced: YearSchedule = {
  year: 2020,
  notice: '国办发明电〔2019〕16号',
  title: '国务院办公厅关于2020年部分节假日安排的通知',
  published: '2019-11-21',
  holidays: [
    holiday('元旦', ['2020-01-01']),
    holiday('春节', ['2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29', '2020-01-30']),
    holiday('清明节', ['2020-04-04', '2020-04-05', '2020-04-06']),
    holiday('劳动节', ['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2020-05-05']),
    holiday('端午节', ['2020-06-25', '2020-06-26', '2020-06-27']),
    holiday('国庆节、中秋节', [
      '2020-10-01',
      '2020-10-02',
      '2020-10-03',
      '2020-10-04',
      '2020-10-05',
      '2020-10-06',
      '2020-10-07',
      '2020-10-08',
    ]),
  ],
  adjustedWorkdays: [
    { date: '2020-01-19', for: '春节' },
    { date: '2020-02-01', for: '春节' },
    { date: '2020-04-26', for: '劳动节' },
    { date: '2020-05-09', for: '劳动节' },
    { date: '2020-06-28', for: '端午节' },
    { date: '2020-09-27', for: '国庆节、中秋节' },
    { date: '2020-10-10', for: '国庆节、中秋节' },
  ],
};
