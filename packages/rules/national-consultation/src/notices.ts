import type { NoticeSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { input } from './input.js';

/** The letter that asks the party's opinion: it carries what the case was opened with. */
export const notices = {
  consultationLetter: {
    label: { zh: '征求意见书', en: 'consultation letter' },
    recipient: 'consultee',
    clause: '第三十二条',
    schema: input,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
