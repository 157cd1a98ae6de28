import type { NoticeSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** A remedy case sends no notice: the decision comes from the reconsideration body, the court or the complaint's handler. */
export const notices = {} as const satisfies Record<string, NoticeSpec<ClauseId>>;
