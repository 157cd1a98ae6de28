import { type BreachSpec, calendarDays, type DeadlineSpec, deadline } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** 接到处理通知后30日内 请复核或提出申诉 (第八条). */
export const deadlines = {
  appeal: deadline('第八条', calendarDays(30), {
    label: { zh: '请求复核或提出申诉期限', en: 'review or appeal period' },
    startsOn: { zh: '接到处理通知之日', en: 'receipt of the written decision' },
    warnBefore: calendarDays(5),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** The module records no breaches: it is itself the proceeding that weighs them. */
export const breaches = {} as const satisfies Record<string, BreachSpec<ClauseId>>;
