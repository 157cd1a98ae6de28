import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** 第二十六条: published within 20 working days of being formed or changed. */
export const deadlines = {
  publication: {
    label: { zh: '主动公开期限', en: 'publication' },
    length: 20,
    unit: 'workingDays',
    startsOn: { zh: '政府信息形成或者变更之日', en: 'the day the information was formed or changed' },
    clause: '第二十六条',
    warnBefore: { length: 3, unit: 'workingDays' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第二十六条 is not kept. */
export const breaches = {
  publicationOverdue: { label: { zh: '逾期未主动公开', en: 'publication overdue' }, clause: '第二十六条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
