import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2021 public holidays and 调休 of mainland China: 国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020-11-25）.
 *
 * @example
 * schedule2021.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2021: YearSchedule = {
  year: 2021,
  notice: '国办发明电〔2020〕27号',
  title: '国务院办公厅关于2021年部分节假日安排的通知',
  published: '2020-11-25',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2021-01-01', '2021-01-02', '2021-01-03'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16', '2021-02-17'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2021-04-03', '2021-04-04', '2021-04-05'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2021-05-01', '2021-05-02', '2021-05-03', '2021-05-04', '2021-05-05'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2021-06-12', '2021-06-13', '2021-06-14'],
    },
    {
      name: '中秋节',
      nameEn: 'Mid-Autumn Festival',
      days: ['2021-09-19', '2021-09-20', '2021-09-21'],
    },
    {
      name: '国庆节',
      nameEn: 'National Day',
      days: ['2021-10-01', '2021-10-02', '2021-10-03', '2021-10-04', '2021-10-05', '2021-10-06', '2021-10-07'],
    },
  ],
  adjustedWorkdays: [
    { date: '2021-02-07', for: '春节' },
    { date: '2021-02-20', for: '春节' },
    { date: '2021-04-25', for: '劳动节' },
    { date: '2021-05-08', for: '劳动节' },
    { date: '2021-09-18', for: '中秋节' },
    { date: '2021-09-26', for: '国庆节' },
    { date: '2021-10-09', for: '国庆节' },
  ],
};
