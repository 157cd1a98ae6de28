import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2026 public holidays and 调休 of mainland China: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025-11-04）.
 *
 * @example
 * schedule2026.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 9
 */
export const schedule2026: YearSchedule = {
  year: 2026,
  notice: '国办发明电〔2025〕7号',
  title: '国务院办公厅关于2026年部分节假日安排的通知',
  published: '2025-11-04',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2026-01-01', '2026-01-02', '2026-01-03'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2026-04-04', '2026-04-05', '2026-04-06'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2026-06-19', '2026-06-20', '2026-06-21'],
    },
    {
      name: '中秋节',
      nameEn: 'Mid-Autumn Festival',
      days: ['2026-09-25', '2026-09-26', '2026-09-27'],
    },
    {
      name: '国庆节',
      nameEn: 'National Day',
      days: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    },
  ],
  adjustedWorkdays: [
    { date: '2026-01-04', for: '元旦' },
    { date: '2026-02-14', for: '春节' },
    { date: '2026-02-28', for: '春节' },
    { date: '2026-05-09', for: '劳动节' },
    { date: '2026-09-20', for: '国庆节' },
    { date: '2026-10-10', for: '国庆节' },
  ],
};
