import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2024 public holidays and 调休 of mainland China: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）.
 *
 * @example
 * schedule2024.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 8
 */
export const schedule2024: YearSchedule = {
  year: 2024,
  notice: '国办发明电〔2023〕7号',
  title: '国务院办公厅关于2024年部分节假日安排的通知',
  published: '2023-10-25',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2024-01-01'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2024-04-04', '2024-04-05', '2024-04-06'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2024-06-10'],
    },
    {
      name: '中秋节',
      nameEn: 'Mid-Autumn Festival',
      days: ['2024-09-15', '2024-09-16', '2024-09-17'],
    },
    {
      name: '国庆节',
      nameEn: 'National Day',
      days: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
    },
  ],
  adjustedWorkdays: [
    { date: '2024-02-04', for: '春节' },
    { date: '2024-02-18', for: '春节' },
    { date: '2024-04-07', for: '清明节' },
    { date: '2024-04-28', for: '劳动节' },
    { date: '2024-05-11', for: '劳动节' },
    { date: '2024-09-14', for: '中秋节' },
    { date: '2024-09-29', for: '国庆节' },
    { date: '2024-10-12', for: '国庆节' },
  ],
};
