import { type BreachSpec, breach, type DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The periods are the ones the authority publishes (第四条第(二)项), not the text's: no deadlines. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** 第十三条: the reporter's identity kept secret. */
export const breaches = {
  reporterIdentityDisclosed: breach('第十三条', { zh: '泄露举报人信息', en: "reporter's identity disclosed" }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
