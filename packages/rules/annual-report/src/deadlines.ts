import { type BreachSpec, breach, calendarDays, type DeadlineSpec, deadline, hours, minutes, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { REPORT_PERIOD_DAYS } from './period.js';

/** The default new limit for a late report (the `supplementaryWorkingDays` parameter's default): working days the unit is given to report after the criticism (责令限期补报, 第五条第1项). */
export const SUPPLEMENTARY_WORKING_DAYS = 10;

/** Working days, by default, to complete a report returned as incomplete (the `completionWorkingDays` parameter's default). */
export const COMPLETION_WORKING_DAYS = 10;

/**
 * The periods of the text: the report by the end of March (第一条: `report`, a fixed date, or
 * `reportRolled` under the parameter `reportDueReading`), the new limit for a late one (第五条第1项)
 * and the completion of a returned one (第二条).
 */
export const deadlines = {
  // 次年三月底前 names a date: 24:00 on 31 March, whatever day of the week it is (clock hours from 1 January).
  report: deadline('第一条', hours(2160), {
    label: { zh: '年度报告报送期限（次年3月31日24时，不顺延）', en: 'yearly report (24:00 on 31 March of the next year, not rolled)' },
    startsOn: {
      zh: '次年1月1日0时；期限止于3月31日24时（闰年为2184小时），3月31日为休息日的不顺延',
      en: '00:00 on 1 January of the next year; ends at 24:00 on 31 March (2184 hours in a leap year), not rolled past a rest day',
    },
    warnBefore: minutes(15 * 24 * 60),
  }),
  reportRolled: deadline('第一条', calendarDays(REPORT_PERIOD_DAYS), {
    label: {
      zh: '年度报告报送期限（次年三月底前，遇休息日顺延）',
      en: 'yearly report (end of March of the next year, rolled past a rest day)',
    },
    startsOn: {
      zh: '报告年度的最后一日（12月31日）；次年为闰年时自次年1月1日起算，使期限均止于3月31日24时',
      en: 'the last day of the reported year (31 December); 1 January when the next year is a leap year, so that the period always ends at 24:00 on 31 March',
    },
    warnBefore: calendarDays(15),
  }),
  supplementary: deadline('第五条(一)', workingDays(SUPPLEMENTARY_WORKING_DAYS), {
    label: { zh: '限期补报', en: 'new limit for the late report' },
    startsOn: { zh: '报告期限届满、通报批评之日', en: 'the day the report period ran out and the unit was criticised' },
    warnBefore: workingDays(3),
  }),
  completion: deadline('第二条', workingDays(COMPLETION_WORKING_DAYS), {
    label: { zh: '退回补充完善期限', en: 'completing a returned report' },
    startsOn: { zh: '政务公开办公室退回报告之日', en: 'the day the office returned the report' },
    warnBefore: workingDays(3),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第一条 or 第五条 is not kept. */
export const breaches = {
  reportOverdue: breach('第五条(一)', { zh: '逾期不报告年度工作报告', en: 'yearly report not submitted in time' }),
  reportIncomplete: breach('第五条(一)', { zh: '退回的报告未在期限内补充完善', en: 'returned report not completed in time' }),
  refusedToRectify: breach('第五条(二)', { zh: '拒不整改（拒不补报）', en: 'refusal to rectify (no report within the new limit)' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
