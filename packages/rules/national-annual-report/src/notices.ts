import type { NoticeSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The report is published, not sent (第四十九条): the module sends no notice. */
export const notices = {} as const satisfies Record<string, NoticeSpec<ClauseId>>;
