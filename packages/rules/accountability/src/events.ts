import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { groundSchema } from './grounds.js';
import { conductSchema } from './responsibility.js';
import type { Role } from './roles.js';
import { measureSchema, sanctionProblems, severitySchema } from './sanctions.js';

/** A fact found in the investigation, with the ground of 第五条 it establishes (第八条 查清事实). */
export const findingRecordedSchema = z.object({
  ground: groundSchema,
  facts: z.string().min(1),
  evidence: z.array(z.string().min(1)).min(1),
});

/** How the act was taken, from which 第六条 allocates the responsibility. */
export const responsibilityAssessedSchema = z.object({ conduct: conductSchema });

/** A responsible person's statement and defence (陈述和申辩, 第八条); `declined` when the person chose to say nothing. */
export const statementRecordedSchema = z.union([
  z.object({ person: z.string().min(1), statement: z.string().min(1) }),
  z.object({ person: z.string().min(1), declined: z.literal(true) }),
]);

/** The decision (处理决定): its severity (第七条) and the measures, which must be those its item of 第七条 writes (all required ones, no others), with the date to correct by when it sets a period. */
export const decisionIssuedSchema = z
  .object({
    severity: severitySchema,
    measures: z.array(measureSchema).min(1),
    reasons: z.string().min(1),
    /** 限期改正/限期整改: the date the correction is due, when the measures set one. */
    correctBy: z.iso.date().optional(),
  })
  .superRefine((d, ctx) => {
    for (const message of sanctionProblems(d.severity, d.measures, d.correctBy))
      ctx.addIssue({ code: 'custom', path: [message.startsWith('限期') ? 'correctBy' : 'measures'], message });
  });
/** The decision (处理决定): its severity (第七条) and the measures, which must fit the severity. (The value `decisionIssuedSchema` parses to.) */
export type DecisionIssued = z.output<typeof decisionIssuedSchema>;

/** Dismissal: the investigation found no responsibility (实事求是, 第三条). */
export const caseDismissedSchema = z.object({ reasons: z.string().min(1) });

/** The respondent received the written decision; `occurredAt` is the receipt: the 30 days run from it. */
export const decisionReceivedSchema = z.object({ receivedBy: z.string().min(1) });

/** 请复核 (review) or 提出申诉 (appeal) to the deciding body (第八条). */
export const appealFiledSchema = z.object({ kind: z.enum(['review', 'appeal']), reasons: z.string().min(1) });

/** The deciding body's answer to a review or appeal. */
export const reviewDecidedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('upheld'), reasons: z.string().min(1) }),
  z.object({ outcome: z.literal('revoked'), reasons: z.string().min(1) }),
  z
    .object({
      outcome: z.literal('varied'),
      reasons: z.string().min(1),
      severity: severitySchema,
      measures: z.array(measureSchema).min(1),
      correctBy: z.iso.date().optional(),
    })
    .superRefine((d, ctx) => {
      for (const message of sanctionProblems(d.severity, d.measures, d.correctBy))
        ctx.addIssue({ code: 'custom', path: [message.startsWith('限期') ? 'correctBy' : 'measures'], message });
    }),
]);

/** The written report of the corrections made (第九条). */
export const rectificationReportedSchema = z.object({
  corrections: z.array(z.string().min(1)).min(1),
  reportedOn: z.iso.date(),
});

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'finding.recorded': {
    schema: findingRecordedSchema,
    roles: ['investigator'],
    label: { zh: '调查取证、查清事实', en: 'finding recorded' },
    clause: '第八条',
  },
  'responsibility.assessed': {
    schema: responsibilityAssessedSchema,
    roles: ['investigator'],
    label: { zh: '区分责任', en: 'responsibility allocated' },
    clause: '第六条',
  },
  'statement.recorded': {
    schema: statementRecordedSchema,
    roles: ['investigator', 'respondent'],
    label: { zh: '听取责任人陈述和申辩', en: 'statement and defence heard' },
    clause: '第八条',
  },
  'decision.issued': {
    schema: decisionIssuedSchema,
    roles: ['investigator'],
    label: { zh: '作出处理决定并下达书面通知', en: 'written decision issued' },
    clause: '第七条',
  },
  'case.dismissed': {
    schema: caseDismissedSchema,
    roles: ['investigator'],
    label: { zh: '查无责任，撤销案件', en: 'case dismissed' },
    clause: '第三条',
  },
  'decision.received': {
    schema: decisionReceivedSchema,
    roles: ['investigator', 'respondent'],
    label: { zh: '接到处理通知', en: 'decision received' },
    clause: '第八条',
  },
  'appeal.filed': {
    schema: appealFiledSchema,
    roles: ['respondent'],
    label: { zh: '请求复核或提出申诉', en: 'review or appeal filed' },
    clause: '第八条',
  },
  'review.decided': {
    schema: reviewDecidedSchema,
    roles: ['investigator'],
    label: { zh: '复核（申诉）决定', en: 'review decided' },
    clause: '第八条',
  },
  'rectification.reported': {
    schema: rectificationReportedSchema,
    roles: ['respondent'],
    label: { zh: '书面报告改正情况', en: 'written rectification report' },
    clause: '第九条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
