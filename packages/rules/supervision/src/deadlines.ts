import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The text sets no period for a complaint, a report or an inspection (see README): no deadlines. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** No breaches are recorded: a failing found is ordered corrected or referred (第一条, 第四条). */
export const breaches = {} as const satisfies Record<string, BreachSpec<ClauseId>>;
