import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { groundSchema } from './grounds.js';
import { measureSchema, severitySchema } from './sanctions.js';

const shareSchema = z.object({ person: z.string().min(1), share: z.enum(['full', 'main', 'secondary', 'none']) });

/** The written notice of the decision (书面通知, 第八条): facts, responsibility, measures, and the right to a review. */
export const decisionNoticeSchema = z.object({
  unit: z.string().min(1),
  decidedBy: z.string().min(1),
  grounds: z.array(z.object({ ground: groundSchema, clause: z.string().min(1), facts: z.string().min(1) })).min(1),
  responsibility: z.array(shareSchema).min(1),
  severity: severitySchema,
  severityClause: z.string().min(1),
  measures: z.array(measureSchema).min(1),
  reasons: z.string().min(1),
  correctBy: z.iso.date().optional(),
  /** 接到处理通知后30日内 向作出处理决定的机关请复核或提出申诉 */
  appealWithinDays: z.literal(30),
  appealTo: z.string().min(1),
});

/** The proposal of a disciplinary sanction to the 纪检监察机关 (第八条): made by the disclosure office. */
export const disciplinaryReferralSchema = z.object({
  unit: z.string().min(1),
  proposedBy: z.literal('政务公开办公室'),
  persons: z.array(z.string().min(1)).min(1),
  reasons: z.string().min(1),
});

/** The referral to the judicial organs (第七条第(五)项). */
export const judicialReferralSchema = z.object({
  unit: z.string().min(1),
  persons: z.array(z.string().min(1)).min(1),
  reasons: z.string().min(1),
});

/** The answer to a review or appeal. */
export const reviewResultSchema = z.object({
  outcome: z.enum(['upheld', 'varied', 'revoked']),
  reasons: z.string().min(1),
  severity: severitySchema.nullable(),
  measures: z.array(measureSchema),
  /** A varied decision that sets a period (限期改正/限期整改): the date to correct by. */
  correctBy: z.iso.date().optional(),
});

/** The written rectification report (第九条), to the disclosure office and the supervisory organ. */
export const rectificationReportSchema = z.object({
  unit: z.string().min(1),
  corrections: z.array(z.string().min(1)).min(1),
  reportedOn: z.iso.date(),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  decisionNotice: {
    label: { zh: '责任追究处理决定书面通知', en: 'written decision' },
    recipient: 'respondent',
    clause: '第八条',
    schema: decisionNoticeSchema,
  },
  disciplinaryReferral: {
    label: { zh: '提请给予政纪处分', en: 'disciplinary referral' },
    recipient: 'supervisoryOrgan',
    clause: '第八条',
    schema: disciplinaryReferralSchema,
  },
  judicialReferral: {
    label: { zh: '提请司法机关追究刑事责任', en: 'judicial referral' },
    recipient: 'judicialOrgan',
    clause: '第七条(五)',
    schema: judicialReferralSchema,
  },
  reviewResult: {
    label: { zh: '复核（申诉）结果通知', en: 'review result' },
    recipient: 'respondent',
    clause: '第八条',
    schema: reviewResultSchema,
  },
  rectificationToOffice: {
    label: { zh: '改正情况书面报告（政务公开办公室）', en: 'rectification report to the disclosure office' },
    recipient: 'disclosureOffice',
    clause: '第九条',
    schema: rectificationReportSchema,
  },
  rectificationToSupervisor: {
    label: { zh: '改正情况书面报告（监察机关）', en: 'rectification report to the supervisory organ' },
    recipient: 'supervisoryOrgan',
    clause: '第九条',
    schema: rectificationReportSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
