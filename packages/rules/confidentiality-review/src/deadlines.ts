import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { OPINION_WARNING_LEAD } from './parameters.js';

/** The review opinion's period (第四条): 10 working days from receipt of the review request. */
export const deadlines = {
  opinion: {
    label: { zh: '提出审查确认意见期限', en: 'review opinion' },
    length: 10,
    unit: 'workingDays',
    startsOn: { zh: '接到信息审查申请之日', en: 'receipt of the review request' },
    clause: '第四条',
    warnBefore: OPINION_WARNING_LEAD,
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  opinionOverdue: { label: { zh: '逾期未提出审查确认意见', en: 'review opinion overdue' }, clause: '第四条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
