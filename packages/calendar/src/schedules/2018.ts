import { holiday } from '../_lib/holiday.js';
import type { YearSchedule } from '../YearSchedule.js';

/**
 * 2018 public holidays and 调休 of mainland China: 国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号，2017-11-30）.
 * The 2019 New Year holiday (2018-12-30…2019-01-01, 2018-12-29 worked) was set by 国办发明电〔2018〕15号;
 * its 2018 days are listed here with that notice.
 *
 * @example
 * schedule2018.holidays.find((h) => h.name === '春节')?.days.length
 * //=> 7
 */
export const schedule2018: YearSchedule = {
  year: 2018,
  notice: '国办发明电〔2017〕12号',
  title: '国务院办公厅关于2018年部分节假日安排的通知',
  published: '2017-11-30',
  holidays: [
    holiday('元旦', ['2018-01-01']),
    holiday('春节', ['2018-02-15', '2018-02-16', '2018-02-17', '2018-02-18', '2018-02-19', '2018-02-20', '2018-02-21']),
    holiday('清明节', ['2018-04-05', '2018-04-06', '2018-04-07']),
    holiday('劳动节', ['2018-04-29', '2018-04-30', '2018-05-01']),
    holiday('端午节', ['2018-06-18']),
    holiday('中秋节', ['2018-09-24']),
    holiday('国庆节', ['2018-10-01', '2018-10-02', '2018-10-03', '2018-10-04', '2018-10-05', '2018-10-06', '2018-10-07']),
    holiday('元旦', ['2018-12-30', '2018-12-31'], '国办发明电〔2018〕15号'),
  ],
  adjustedWorkdays: [
    { date: '2018-02-11', for: '春节' },
    { date: '2018-02-24', for: '春节' },
    { date: '2018-04-08', for: '清明节' },
    { date: '2018-04-28', for: '劳动节' },
    { date: '2018-09-29', for: '国庆节' },
    { date: '2018-09-30', for: '国庆节' },
    { date: '2018-12-29', for: '元旦', notice: '国办发明电〔2018〕15号' },
  ],
};
