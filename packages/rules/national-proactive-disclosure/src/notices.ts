import type { NoticeSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** Publishing is the act itself (第二十三条): the module sends no notice. */
export const notices = {} as const satisfies Record<string, NoticeSpec<ClauseId>>;
