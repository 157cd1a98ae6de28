import { z } from 'zod';
import { topicSchema } from './events.js';

const unit = z.string().min(1);

/** A meeting case: the convening unit calls a meeting on its topics (第四条(一)1、2). */
export const meetingInputSchema = z.object({
  kind: z.literal('meeting'),
  topics: z.array(topicSchema).min(1),
});

/** A complaint case: the office receives (受理) a complaint about disclosure work (第五条(三)). */
export const complaintInputSchema = z.object({
  kind: z.literal('complaint'),
  complainant: z.string().min(1),
  matter: z.string().min(1),
  /** The unit complained about, when the complaint names one. */
  against: unit.optional(),
});

/**
 * An inspection-and-evaluation round (第二条(四) 定期对政府部门政务公开情况实施检查和评价): the period it
 * covers and the government departments inspected; it ends when the report is published (向社会公布).
 */
export const evaluationInputSchema = z.object({
  kind: z.literal('evaluation'),
  /** The period evaluated, in words (e.g. 2020年度, 2021年上半年). */
  period: z.string().trim().min(1, 'must name the period evaluated'),
  targets: z
    .array(unit)
    .min(1, 'must name at least one department inspected')
    .refine((u) => new Set(u).size === u.length, 'must not name a department twice'),
});

/**
 * A breach of the disclosure rules found otherwise than through a complaint (第五条(四) 对违反政务公开相关
 * 工作制度的事项进行调查): by an inspection or evaluation, supervision, a report, or the office's own finding.
 */
export const violationInputSchema = z.object({
  kind: z.literal('violation'),
  matter: z.string().trim().min(1, 'must describe the matter'),
  foundBy: z.enum(['inspection', 'evaluation', 'supervision', 'report', 'office', 'other']),
  /** The unit concerned, when known. */
  against: unit.optional(),
  /** Where it came from (the inspection round, the report's reference…). */
  source: z.string().trim().min(1).optional(),
});

/**
 * What a case is opened with: a meeting (`kind: 'meeting'`), a complaint to handle (`kind: 'complaint'`),
 * an inspection-and-evaluation round (`kind: 'evaluation'`) or a breach to investigate (`kind: 'violation'`).
 */
export const input = z.discriminatedUnion('kind', [meetingInputSchema, complaintInputSchema, evaluationInputSchema, violationInputSchema]);
/** The data a case of this module is opened with. */
export type JointMeetingInput = z.output<typeof input>;

/** What a closed case returns. */
export const output = z.object({
  kind: z.enum(['meeting', 'complaint', 'evaluation', 'violation']),
  outcome: z.enum(['noItems', 'itemsReported', 'resolved', 'deliberated', 'reportPublished', 'unfounded']),
  conclusion: z.string().nullable(),
});

/** What a closed case returns. */
export type JointMeetingOutput = z.output<typeof output>;
