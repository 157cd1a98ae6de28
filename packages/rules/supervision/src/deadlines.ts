import { type BreachSpec, breach, type DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The text sets no period for a complaint, a report or an inspection (see README): no deadlines. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/**
 * A failing found is ordered corrected or referred (第一条, 第四条); corrections the supervisor finds
 * not made are recorded (督促整改, 件件有落实).
 */
export const breaches = {
  notCorrected: breach('第一条', { zh: '督促整改后未落实', en: 'ordered corrections not made' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
