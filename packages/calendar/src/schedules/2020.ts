import { holiday } from '../_lib/holiday.js';
import type { YearSchedule } from '../YearSchedule.js';
import { schedule2020AsFirstAnnounced } from './2020-as-first-announced.js';

/** The days 国办发明电〔2020〕1号 added to the Spring Festival of 2020. */
const springFestivalExtension = holiday('春节', ['2020-01-31', '2020-02-01', '2020-02-02'], '国办发明电〔2020〕1号');

/**
 * 2020 public holidays and 调休 of mainland China: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019-11-21）.
 * Final schedule: 国办发明电〔2020〕1号 (dated 2020-01-26, published 2020-01-27) extended the Spring Festival to 2020-02-02 because of
 * the COVID-19 epidemic, so Saturday 2020-02-01 was no longer worked: the schedule as first announced
 * (`schedule2020AsFirstAnnounced`, ./2020-as-first-announced.ts) with that notice applied.
 *
 * @example
 * schedule2020.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 10
 */
export const schedule2020: YearSchedule = {
  ...schedule2020AsFirstAnnounced,
  holidays: schedule2020AsFirstAnnounced.holidays.flatMap((h) => (h.name === '春节' ? [h, springFestivalExtension] : [h])),
  adjustedWorkdays: schedule2020AsFirstAnnounced.adjustedWorkdays.filter((workday) => workday.date !== '2020-02-01'),
};
