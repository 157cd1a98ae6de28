import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { inspectionItemSchema } from './items.js';

/** The answer to the complainant (第四条 事事有答复): the result of the investigation. */
export const answerNoticeSchema = z.object({
  complainant: z.string().min(1),
  substantiated: z.boolean(),
  findings: z.string().min(1),
  content: z.string().min(1),
  via: z.enum(['phone', 'letter', 'email', 'inPerson']),
});

/** The order to correct (督促整改, 第一条). */
export const rectificationOrderSchema = z.object({ body: z.string().min(1), corrections: z.array(z.string().min(1)).min(1) });

/** The referral of a substantiated complaint for accountability (第四条). */
export const accountabilityReferralSchema = z.object({
  body: z.string().min(1),
  organ: z.string().min(1),
  findings: z.string().min(1),
  reasons: z.string().min(1),
});

/** The inspection report, item by item (第二条). */
export const inspectionReportSchema = z.object({
  body: z.string().min(1),
  summary: z.string().min(1),
  items: z.array(z.object({ item: inspectionItemSchema, result: z.enum(['satisfactory', 'deficient']), notes: z.string() })).min(1),
  deficient: z.array(inspectionItemSchema),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  answerNotice: {
    label: { zh: '投诉举报答复', en: 'answer to the complainant' },
    recipient: 'complainant',
    clause: '第四条',
    schema: answerNoticeSchema,
  },
  rectificationOrder: {
    label: { zh: '督促整改通知', en: 'order to correct' },
    recipient: 'inspectedBody',
    clause: '第一条',
    schema: rectificationOrderSchema,
  },
  accountabilityReferral: {
    label: { zh: '责任追究移送函', en: 'referral for accountability' },
    recipient: 'supervisoryOrgan',
    clause: '第四条',
    schema: accountabilityReferralSchema,
  },
  inspectionReport: {
    label: { zh: '监督检查情况通报', en: 'inspection report' },
    recipient: 'inspectedBody',
    clause: '第二条',
    schema: inspectionReportSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
