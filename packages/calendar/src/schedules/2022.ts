import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2022 public holidays and 调休 of mainland China: 国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021-10-25）.
 * The 2023 New Year holiday (2022-12-31…2023-01-02) was set by 国办发明电〔2022〕16号; its 2022 day is listed here.
 *
 * @example
 * schedule2022.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2022: YearSchedule = {
  year: 2022,
  notice: '国办发明电〔2021〕11号',
  title: '国务院办公厅关于2022年部分节假日安排的通知',
  published: '2021-10-25',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2022-01-01', '2022-01-02', '2022-01-03'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-02-05', '2022-02-06'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2022-04-03', '2022-04-04', '2022-04-05'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03', '2022-05-04'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2022-06-03', '2022-06-04', '2022-06-05'],
    },
    {
      name: '中秋节',
      nameEn: 'Mid-Autumn Festival',
      days: ['2022-09-10', '2022-09-11', '2022-09-12'],
    },
    {
      name: '国庆节',
      nameEn: 'National Day',
      days: ['2022-10-01', '2022-10-02', '2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07'],
    },
    {
      name: '元旦',
      nameEn: "New Year's Day",
      notice: '国办发明电〔2022〕16号',
      days: ['2022-12-31'],
    },
  ],
  adjustedWorkdays: [
    { date: '2022-01-29', for: '春节' },
    { date: '2022-01-30', for: '春节' },
    { date: '2022-04-02', for: '清明节' },
    { date: '2022-04-24', for: '劳动节' },
    { date: '2022-05-07', for: '劳动节' },
    { date: '2022-10-08', for: '国庆节' },
    { date: '2022-10-09', for: '国庆节' },
  ],
};
