import { type BreachSpec, breach, type DeadlineSpec, deadline, hours, minutes } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * 第四十九条: published by 24:00 on 31 January (an agency) or 31 March (a government) of the
 * following year; the length given here is January's, the machine sets each case's (`hoursToDue`).
 */
export const deadlines = {
  publication: deadline('第四十九条', hours(744), {
    label: { zh: '年度报告公布期限', en: 'report publication' },
    startsOn: {
      zh: '次年1月1日0时，至1月31日（部门）或3月31日（政府）24时',
      en: '1 January 00:00 of the following year, to 24:00 on 31 January (agency) or 31 March (government)',
    },
    warnBefore: minutes(7 * 24 * 60),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第四十九条 is not kept. */
export const breaches = {
  reportOverdue: breach('第四十九条', { zh: '逾期未公布年度报告', en: 'report overdue' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
