import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { disciplineRuleSchema } from './discipline.js';
import { representativeSchema } from './eligibility.js';
import { gradeSchema } from './grades.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);
const names = z.array(text).min(1);

/** 第二条: governments, their departments, and public-service industries. */
export const targetSchema = z.object({ name: text, kind: z.enum(['government', 'department', 'publicServiceIndustry']) });

/** 第三条: what is evaluated. */
export const contentSchema = z.enum(['truthfulAndAccurate', 'timely', 'procedureCompliant', 'systemImplemented']);

/** 第五条第1项, first half: working body, plan, targets, contents and procedure. */
export const planAdoptedSchema = z
  .object({
    workingBody: text,
    plan: text,
    targets: z.array(targetSchema).min(1),
    contents: z.array(contentSchema).min(1),
    procedure: text,
  })
  .refine((p) => new Set(p.targets.map((t) => t.name)).size === p.targets.length, {
    message: 'targets must not repeat a name',
    path: ['targets'],
  });

/** 第五条第1项, second half: training, publicity, each target's published commitments and self-inspection. */
export const preparationCompletedSchema = z.object({
  trainingHeld: z.literal(true),
  publicity: text,
  /**
   * The targets that published their service commitments (向社会公开服务承诺目标) and inspected
   * themselves; a target left out defaulted on that duty (recorded; the evaluation goes on).
   */
  commitmentsPublished: z.array(text),
  selfInspected: z.array(text),
});

const problem = z.object({ target: text, problem: text });

/** 第五条第2项: visits and talks, the public's opinions, the problems found. */
export const surveyCompletedSchema = z.object({
  methods: z.array(z.enum(['visit', 'symposium', 'other'])).min(1),
  opinionsCollected: z.number().int().nonnegative(),
  problems: z.array(problem),
});

/** 第五条第3项: the evaluation assembly with the targets' heads and government leaders. */
export const assemblyHeldSchema = z.object({
  representativesPresent: z.number().int().positive(),
  governmentLeaders: names,
  /** Targets whose heads attended; a target left out was absent (recorded; the assembly is held all the same). */
  targetHeadsPresent: z.array(text),
  problems: z.array(problem),
});

/** 第五条第4项: one target reports its rectification to the joint meeting office. */
export const rectificationReportedSchema = z.object({ target: text, measures: names, result: text });

/** 第五条第5项: the democratic appraisal and its final result per target. */
export const appraisalCompletedSchema = z.object({
  /** 评价体系的考核指标 (问卷测评、代表评议…) */
  indicators: names,
  results: z.array(z.object({ target: text, score: z.number().min(0).max(100), grade: gradeSchema })).min(1),
});

/** 第七条: to whom the results were reported or circulated, and where they were published. */
export const resultsReportedSchema = z.object({
  partyCommitteeAndGovernment: z.literal(true),
  npcStandingCommittee: z.literal(true),
  higherJointMeetingOffice: text,
  /** The superior departments of the evaluated units. */
  superiorDepartments: names,
  publishedVia: names,
});

/** A breach of the discipline of 第十一条, by whom (第十二条 sets the consequence for each). */
export const violationRecordedSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('organiser'), unit: text, persons: names, rule: disciplineRuleSchema, facts: text }),
  z.object({ by: z.literal('evaluatedUnit'), target: text, persons: names, rule: disciplineRuleSchema, facts: text }),
  z.object({ by: z.literal('representative'), representative: text, rule: disciplineRuleSchema, facts: text, serious: z.boolean() }),
]);
/** A breach of the discipline of 第十一条, by whom (第十二条 sets the consequence for each). (The value `violationRecordedSchema` parses to.) */
export type ViolationRecorded = z.output<typeof violationRecordedSchema>;

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'plan.adopted': {
    schema: planAdoptedSchema,
    roles: ['office'],
    label: { zh: '建立工作机构、制定实施方案', en: 'plan adopted' },
    clause: '第五条(一)',
  },
  'representative.appointed': {
    schema: representativeSchema,
    roles: ['office'],
    label: { zh: '选聘评议代表', en: 'representative appointed' },
    clause: '第八条',
  },
  'preparation.completed': {
    schema: preparationCompletedSchema,
    roles: ['office'],
    label: { zh: '培训、宣传、公开承诺、自查自纠完成', en: 'preparation completed' },
    clause: '第五条(一)',
  },
  'survey.completed': {
    schema: surveyCompletedSchema,
    roles: ['office'],
    label: { zh: '走访座谈、调查问题完成', en: 'survey completed' },
    clause: '第五条(二)',
  },
  'assembly.held': {
    schema: assemblyHeldSchema,
    roles: ['office'],
    label: { zh: '召开评议大会', en: 'evaluation assembly held' },
    clause: '第五条(三)',
  },
  'rectification.reported': {
    schema: rectificationReportedSchema,
    roles: ['evaluatedUnit'],
    label: { zh: '上报整改结果', en: 'rectification reported' },
    clause: '第五条(四)',
  },
  'appraisal.completed': {
    schema: appraisalCompletedSchema,
    roles: ['office'],
    label: { zh: '民主测评、得出评价结果', en: 'appraisal completed' },
    clause: '第五条(五)',
  },
  'results.reported': {
    schema: resultsReportedSchema,
    roles: ['office'],
    label: { zh: '评议结果报告并向社会公开', en: 'results reported and published' },
    clause: '第七条',
  },
  'violation.recorded': {
    schema: violationRecordedSchema,
    roles: ['office'],
    label: { zh: '记录违反评议工作纪律', en: 'violation of discipline recorded' },
    clause: '第十一条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type SocialEvaluationEvents = typeof events;
