import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const unit = z.string().min(1);

/** Where a topic comes from: the four kinds of 议题 in 第四条(一)2. */
export const topicSource = z.enum([
  /** 政府领导交办和因工作需要需经联席会议审议和决定的工作任务 */
  'governmentAssigned',
  /** 联席会议负责人决定提交联席会议讨论研究的重要问题 */
  'chairReferred',
  /** 各成员单位向联席会议提出，需经联席会议研究和审批的重要事项 */
  'memberProposed',
  /** 其他需联席会议协商解决的问题 */
  'other',
]);

/** A topic put to the joint meeting, where it came from and which unit proposed it. */
export const topicSchema = z.object({ title: z.string().min(1), source: topicSource, proposedBy: unit.optional() });

/** The meeting was held: member units present and any non-members sitting in (列席, 第四条(一)1). */
export const meetingHeldSchema = z.object({
  attendees: z.array(unit).min(1),
  observers: z.array(unit).optional(),
});

/** One agreed item of the minutes, assigned to member units; the first unit leads (牵头). */
export const agreedItemSchema = z.object({
  id: z.string().min(1),
  matter: z.string().min(1),
  /** 政府审定 (approved by the government) or 联席会议议定 (agreed by the meeting), 第四条(一)3. */
  decidedBy: z.enum(['meeting', 'government']),
  units: z
    .array(unit)
    .min(1)
    .refine((u) => new Set(u).size === u.length, 'must not name a unit twice'),
});
/** One agreed item of the minutes, assigned to member units; the first unit leads (牵头). (The value `agreedItemSchema` parses to.) */
export type AgreedItem = z.output<typeof agreedItemSchema>;

/** The minutes (会议纪要) state the agreed items (第四条(一)3); the office issues them (第五条(五)). */
export const minutesIssuedSchema = z.object({
  documentNumber: z.string().min(1).optional(),
  items: z.array(agreedItemSchema).refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
});
/** The minutes (会议纪要) state the agreed items (第四条(一)3); the office issues them (第五条(五)). (The value `minutesIssuedSchema` parses to.) */
export type MinutesIssued = z.output<typeof minutesIssuedSchema>;

/** A unit reports how an item is being carried out; `done` reports it carried out. */
export const itemReportedSchema = z.object({
  itemId: z.string().min(1),
  unit,
  status: z.enum(['inProgress', 'done']),
  report: z.string().min(1),
});

/** The office urges a unit on an item it has not reported done (督促, 第四条(一)3). */
export const itemUrgedSchema = z.object({ itemId: z.string().min(1), unit, note: z.string().min(1).optional() });

/** The office circulates how the agreed items stand (及时通报执行情况, 第五条(二)). */
export const progressCirculatedSchema = z.object({ note: z.string().min(1).optional() });

/** The office orders the responsible units to handle the complaint (责成有关责任单位办理, 第五条(三)). */
export const complaintAssignedSchema = z.object({
  units: z
    .array(unit)
    .min(1)
    .refine((u) => new Set(u).size === u.length, 'must not name a unit twice'),
  instructions: z.string().min(1),
});

/** A responsible unit reports the complaint handled. */
export const complaintHandledSchema = z.object({ unit, result: z.string().min(1) });

/** The office urges a responsible unit that has not reported (督促, 第五条(三)). */
export const complaintUrgedSchema = z.object({ unit, note: z.string().min(1).optional() });

/**
 * The office checks the handling (检查, 第五条(三)): resolved, handled again, or a breach of the
 * disclosure rules found — investigated with a proposal for the joint meeting (第五条(四)).
 */
export const complaintCheckedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('resolved'), opinion: z.string().min(1) }),
  z.object({ outcome: z.literal('redo'), opinion: z.string().min(1) }),
  z.object({ outcome: z.literal('violation'), findings: z.string().min(1), proposal: z.string().min(1) }),
]);
/** The office checks the handling (检查, 第五条(三)): resolved, handled again, or a breach of the disclosure rules found — investigated with a proposal for the joint meeting (第五条(四)). (The value `complaintCheckedSchema` parses to.) */
export type ComplaintChecked = z.output<typeof complaintCheckedSchema>;

/** The joint meeting deliberates the office's proposal (审议, 第五条(四)). */
export const violationDeliberatedSchema = z.object({ decision: z.string().min(1) });

/** The office records the inspection of one department (检查, 第二条(四)). */
export const inspectionRecordedSchema = z.object({ unit, findings: z.string().min(1), result: z.string().min(1) });

/** The evaluation of the round (评价, 第二条(四)), once every department was inspected. */
export const evaluationConcludedSchema = z.object({ summary: z.string().min(1) });

/** The 政务公开情况报告 made public (向社会公布, 第二条(四)). */
export const reportPublishedSchema = z.object({ title: z.string().min(1), url: z.string().min(1) });

/** The office's investigation of a breach found otherwise than by complaint (第五条(四)). */
export const violationInvestigatedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('violation'), findings: z.string().min(1), proposal: z.string().min(1) }),
  z.object({ outcome: z.literal('unfounded'), findings: z.string().min(1) }),
]);

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'meeting.held': {
    schema: meetingHeldSchema,
    roles: ['convener', 'meetingOffice'],
    label: { zh: '召开联席会议', en: 'meeting held' },
    clause: '第四条(一)1',
  },
  'minutes.issued': {
    schema: minutesIssuedSchema,
    roles: ['meetingOffice'],
    label: { zh: '编发会议纪要', en: 'minutes issued' },
    clause: '第四条(一)3',
  },
  'item.reported': {
    schema: itemReportedSchema,
    roles: ['memberUnit', 'meetingOffice'],
    label: { zh: '成员单位通报落实情况', en: 'implementation reported by a member unit' },
    clause: '第四条(一)3',
  },
  'item.urged': {
    schema: itemUrgedSchema,
    roles: ['meetingOffice'],
    label: { zh: '督促议定事项落实', en: 'member unit urged' },
    clause: '第四条(一)3',
  },
  'progress.circulated': {
    schema: progressCirculatedSchema,
    roles: ['meetingOffice'],
    label: { zh: '通报决议执行情况', en: 'progress circulated' },
    clause: '第五条(二)',
  },
  'complaint.assigned': {
    schema: complaintAssignedSchema,
    roles: ['meetingOffice'],
    label: { zh: '责成责任单位办理投诉', en: 'complaint assigned to the responsible units' },
    clause: '第五条(三)',
  },
  'complaint.handled': {
    schema: complaintHandledSchema,
    roles: ['responsibleUnit', 'meetingOffice'],
    label: { zh: '责任单位报告办理结果', en: 'complaint handled by a responsible unit' },
    clause: '第五条(三)',
  },
  'complaint.urged': {
    schema: complaintUrgedSchema,
    roles: ['meetingOffice'],
    label: { zh: '督促责任单位办理', en: 'responsible unit urged' },
    clause: '第五条(三)',
  },
  'complaint.checked': {
    schema: complaintCheckedSchema,
    roles: ['meetingOffice'],
    label: { zh: '检查投诉办理情况', en: 'handling checked' },
    clause: '第五条(三)',
  },
  'inspection.recorded': {
    schema: inspectionRecordedSchema,
    roles: ['meetingOffice'],
    label: { zh: '检查部门政务公开情况', en: 'department inspected' },
    clause: '第二条(四)',
  },
  'evaluation.concluded': {
    schema: evaluationConcludedSchema,
    roles: ['meetingOffice', 'jointMeeting'],
    label: { zh: '作出评价', en: 'evaluation concluded' },
    clause: '第二条(四)',
  },
  'report.published': {
    schema: reportPublishedSchema,
    roles: ['meetingOffice'],
    label: { zh: '向社会公布政务公开情况报告', en: 'disclosure report published' },
    clause: '第二条(四)',
  },
  'violation.investigated': {
    schema: violationInvestigatedSchema,
    roles: ['meetingOffice'],
    label: { zh: '调查违反政务公开制度的事项', en: 'breach investigated' },
    clause: '第五条(四)',
  },
  'violation.deliberated': {
    schema: violationDeliberatedSchema,
    roles: ['jointMeeting'],
    label: { zh: '联席会议审议处理意见', en: 'proposal deliberated by the joint meeting' },
    clause: '第五条(四)',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
