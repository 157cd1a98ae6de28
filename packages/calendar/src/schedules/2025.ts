import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2025 public holidays and 调休 of mainland China: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）.
 *
 * @example
 * schedule2025.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 8
 */
export const schedule2025: YearSchedule = {
  year: 2025,
  notice: '国办发明电〔2024〕12号',
  title: '国务院办公厅关于2025年部分节假日安排的通知',
  published: '2024-11-12',
  holidays: [
    {
      name: '元旦',
      nameEn: "New Year's Day",
      days: ['2025-01-01'],
    },
    {
      name: '春节',
      nameEn: 'Spring Festival',
      days: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
    },
    {
      name: '清明节',
      nameEn: 'Qingming Festival (Tomb-sweeping Day)',
      days: ['2025-04-04', '2025-04-05', '2025-04-06'],
    },
    {
      name: '劳动节',
      nameEn: 'Labour Day',
      days: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'],
    },
    {
      name: '端午节',
      nameEn: 'Dragon Boat Festival',
      days: ['2025-05-31', '2025-06-01', '2025-06-02'],
    },
    {
      name: '国庆节、中秋节',
      nameEn: 'National Day and Mid-Autumn Festival',
      days: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
    },
  ],
  adjustedWorkdays: [
    { date: '2025-01-26', for: '春节' },
    { date: '2025-02-08', for: '春节' },
    { date: '2025-04-27', for: '劳动节' },
    { date: '2025-09-28', for: '国庆节、中秋节' },
    { date: '2025-10-11', for: '国庆节、中秋节' },
  ],
};
