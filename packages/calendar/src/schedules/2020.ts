import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2020 public holidays and 调休 of mainland China: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019-11-21）.
 * Final schedule: 国办发明电〔2020〕1号 (dated 2020-01-26, published 2020-01-27) extended the Spring Festival to 2020-02-02 because of
 * the COVID-19 epidemic, so Saturday 2020-02-01 was no longer worked. The schedule as first announced is
 * `schedule2020AsFirstAnnounced` in ./2020-as-first-announced.ts.
 *
 * @example
 * schedule2020.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 10
 */
export const schedule2020: YearSchedule = {
  year: 2020,
  notice: '国办发明电〔2019〕16号',
  title: '国务院办公厅关于2020年部分节假日安排的通知',
  published: '2019-11-21',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2020-01-01'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29', '2020-01-30'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      notice: '国办发明电〔2020〕1号',
      days: ['2020-01-31', '2020-02-01', '2020-02-02'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2020-04-04', '2020-04-05', '2020-04-06'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2020-05-05'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2020-06-25', '2020-06-26', '2020-06-27'],
    },
    {
      name: '国庆节、中秋节',
      nameEn: 'National Day and Mid-Autumn Festival',
      days: ['2020-10-01', '2020-10-02', '2020-10-03', '2020-10-04', '2020-10-05', '2020-10-06', '2020-10-07', '2020-10-08'],
    },
  ],
  adjustedWorkdays: [
    { date: '2020-01-19', for: '春节' },
    { date: '2020-04-26', for: '劳动节' },
    { date: '2020-05-09', for: '劳动节' },
    { date: '2020-06-28', for: '端午节' },
    { date: '2020-09-27', for: '国庆节、中秋节' },
    { date: '2020-10-10', for: '国庆节、中秋节' },
  ],
};
