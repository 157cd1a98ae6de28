import { type BreachSpec, breach, type DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The text sets no period for the steps of 第六条: no deadlines. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/**
 * A unit graded 不合格 is criticised (第七条): recorded as a breach. A unit that did not inspect
 * itself before the team assessed it failed its step of 第六条第(三)项.
 */
export const breaches = {
  failed: breach('第七条', { zh: '考核不合格', en: 'assessment failed' }),
  selfInspectionMissing: breach('第六条(三)', { zh: '被考核部门未按要求自查', en: 'no self-inspection before the assessment' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
