import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** 第二十六条: published within 20 working days of being formed or changed. */
export const deadlines = {
  publication: deadline('第二十六条', workingDays(20), {
    label: { zh: '主动公开期限', en: 'publication' },
    startsOn: { zh: '政府信息形成或者变更之日', en: 'the day the information was formed or changed' },
    warnBefore: workingDays(3),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第二十六条 is not kept. */
export const breaches = {
  publicationOverdue: breach('第二十六条', { zh: '逾期未主动公开', en: 'publication overdue' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
