import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The reply period of 第八条: 15 working days, once extensible by 15, the clock stopped while a third party is consulted. */
export const deadlines = {
  reply: {
    label: { zh: '答复期限', en: 'reply' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '收到申请之日', en: 'receipt of the application' },
    clause: '第八条',
    warnBefore: { length: 3, unit: 'workingDays' },
    extension: { maxTimes: 1, maxLength: 15, clause: '第八条' },
    pause: { clause: '条例2007第二十四条' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第八条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
