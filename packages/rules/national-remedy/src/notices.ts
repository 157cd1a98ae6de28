import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

const text = z.string().trim().min(1);
const answer = z.object({ answer: text, evidence: z.array(text).min(1) });

/**
 * The documents the agency files: its written reply to the reconsideration body and its defence to
 * the court, each with the evidence it relies on (the record the OA keeps of what went out and when).
 */
export const notices = {
  writtenReply: {
    label: { zh: '行政复议答复书', en: 'written reply to the reconsideration body' },
    recipient: 'reconsiderationBody',
    clause: '行政复议法第四十八条',
    schema: answer,
  },
  defenceStatement: {
    label: { zh: '行政诉讼答辩状', en: 'statement of defence' },
    recipient: 'court',
    clause: '行政诉讼法第六十七条',
    schema: answer,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
