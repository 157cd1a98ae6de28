import { holiday } from '../_lib/holiday.js';
import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2019 public holidays and 调休 of mainland China: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号，2018-12-04, published 2018-12-06）.
 * May Day as amended by 国办发明电〔2019〕3号 (2019-03-22): 5/1–5/4 off, Sunday 4/28 and Sunday 5/5 worked.
 * The first notice had given 5/1 only.
 *
 * @example
 * schedule2019.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2019: YearSchedule = {
  year: 2019,
  notice: '国办发明电〔2018〕15号',
  title: '国务院办公厅关于2019年部分节假日安排的通知',
  published: '2018-12-04',
  holidays: [
    holiday('元旦', ['2019-01-01']),
    holiday('春节', ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-02-09', '2019-02-10']),
    holiday('清明节', ['2019-04-05', '2019-04-06', '2019-04-07']),
    holiday('劳动节', ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04'], '国办发明电〔2019〕3号'),
    holiday('端午节', ['2019-06-07', '2019-06-08', '2019-06-09']),
    holiday('中秋节', ['2019-09-13', '2019-09-14', '2019-09-15']),
    holiday('国庆节', ['2019-10-01', '2019-10-02', '2019-10-03', '2019-10-04', '2019-10-05', '2019-10-06', '2019-10-07']),
  ],
  adjustedWorkdays: [
    { date: '2019-02-02', for: '春节' },
    { date: '2019-02-03', for: '春节' },
    { date: '2019-04-28', for: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-05-05', for: '劳动节', notice: '国办发明电〔2019〕3号' },
    { date: '2019-09-29', for: '国庆节' },
    { date: '2019-10-12', for: '国庆节' },
  ],
};
