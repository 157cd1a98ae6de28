import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The text sets no period for the steps of 第六条: no deadlines. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** A unit graded 不合格 is criticised (第七条): recorded as a breach. */
export const breaches = {
  failed: { label: { zh: '考核不合格', en: 'assessment failed' }, clause: '第七条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
