import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { agreedItemSchema, topicSchema } from './events.js';

const unit = z.string().min(1);

/** The minutes as sent to the member units: the topics and the agreed items with their units (第五条(五)). */
export const minutesNoticeSchema = z.object({
  documentNumber: z.string().min(1).optional(),
  topics: z.array(topicSchema).min(1),
  items: z.array(agreedItemSchema),
});

/** Why an urging was sent: the office decided to, or the follow-up period passed. */
const urgeReason = z.enum(['office', 'periodElapsed']);

/** The office's reminder of items not yet reported done (督促, 第四条(一)3). */
export const itemUrgeNoticeSchema = z.object({
  reason: urgeReason,
  outstanding: z.array(z.object({ itemId: z.string().min(1), matter: z.string().min(1), unit })).min(1),
  note: z.string().min(1).optional(),
});

/** How each agreed item stands (通报执行情况, 第五条(二)). */
export const progressBulletinSchema = z.object({
  items: z
    .array(z.object({ itemId: z.string().min(1), matter: z.string().min(1), reported: z.boolean(), pendingUnits: z.array(unit) }))
    .min(1),
  note: z.string().min(1).optional(),
});

/** The office's report to the joint meeting and the government that every item is carried out (第四条(一)3). */
export const implementationReportSchema = z.object({
  items: z
    .array(
      z.object({
        itemId: z.string().min(1),
        matter: z.string().min(1),
        reports: z.array(z.object({ unit, report: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
});

/** The order to the responsible units (责成办理, 第五条(三)). */
export const complaintAssignmentSchema = z.object({
  complainant: z.string().min(1),
  matter: z.string().min(1),
  units: z.array(unit).min(1),
  instructions: z.string().min(1),
});

/** The office's reminder of a complaint not handled (督促, 第五条(三)). */
export const complaintUrgeNoticeSchema = z.object({
  reason: urgeReason,
  matter: z.string().min(1),
  units: z.array(unit).min(1),
  note: z.string().min(1).optional(),
});

/** The investigated breach and the proposed handling, for deliberation (第五条(四)). */
export const violationReportSchema = z.object({
  matter: z.string().min(1),
  /** The complainant, or how the breach was found (第五条(四) reaches breaches found otherwise too). */
  complainant: z.string().min(1),
  findings: z.string().min(1),
  proposal: z.string().min(1),
});

/** The 政务公开情况报告 of an inspection-and-evaluation round, published (第二条(四)). */
export const disclosureReportSchema = z.object({
  period: z.string().min(1),
  title: z.string().min(1),
  url: z.string().min(1),
  summary: z.string().min(1),
  inspections: z.array(z.object({ unit, result: z.string().min(1) })).min(1),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  minutes: { label: { zh: '会议纪要', en: 'minutes' }, recipient: 'memberUnit', clause: '第五条(五)', schema: minutesNoticeSchema },
  itemUrge: {
    label: { zh: '议定事项督办通知', en: 'reminder of agreed items' },
    recipient: 'memberUnit',
    clause: '第四条(一)3',
    schema: itemUrgeNoticeSchema,
  },
  progressBulletin: {
    label: { zh: '议定事项执行情况通报', en: 'progress bulletin' },
    recipient: 'memberUnit',
    clause: '第五条(二)',
    schema: progressBulletinSchema,
  },
  implementationReport: {
    label: { zh: '议定事项落实情况报告', en: 'implementation report' },
    recipient: 'jointMeetingAndGovernment',
    clause: '第四条(一)3',
    schema: implementationReportSchema,
  },
  complaintAssignment: {
    label: { zh: '投诉交办函', en: 'complaint assignment' },
    recipient: 'responsibleUnit',
    clause: '第五条(三)',
    schema: complaintAssignmentSchema,
  },
  complaintUrge: {
    label: { zh: '投诉督办通知', en: 'complaint reminder' },
    recipient: 'responsibleUnit',
    clause: '第五条(三)',
    schema: complaintUrgeNoticeSchema,
  },
  disclosureReport: {
    label: { zh: '政务公开情况报告（向社会公布）', en: 'disclosure report (published)' },
    recipient: 'public',
    clause: '第二条(四)',
    schema: disclosureReportSchema,
  },
  violationReport: {
    label: { zh: '违规事项调查处理意见', en: 'investigation report and proposal' },
    recipient: 'jointMeeting',
    clause: '第五条(四)',
    schema: violationReportSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
