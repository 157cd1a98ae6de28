import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { OPINION_WARNING_LEAD } from './parameters.js';

/** The review opinion's period (第四条): 10 working days from receipt of the review request. */
export const deadlines = {
  opinion: deadline('第四条', workingDays(10), {
    label: { zh: '提出审查确认意见期限', en: 'review opinion' },
    startsOn: { zh: '接到信息审查申请之日', en: 'receipt of the review request' },
    warnBefore: OPINION_WARNING_LEAD,
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  opinionOverdue: breach('第四条', { zh: '逾期未提出审查确认意见', en: 'review opinion overdue' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
