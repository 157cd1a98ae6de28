import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** The written reply of the government office (第五条(四) 给予书面答复). */
export const writtenReplyNoticeSchema = z.object({
  decision: z.enum(['approved', 'refused']),
  organizer: z.string().min(1),
  replyReference: z.string().min(1),
  conferenceDate: z.string().min(1),
  reason: z.string().min(1).optional(),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const spokespersonNotices = {
  writtenReply: {
    label: { zh: '新闻发布会申请书面答复', en: 'written reply to the application' },
    recipient: 'organizer',
    clause: '第五条(四)',
    schema: writtenReplyNoticeSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
