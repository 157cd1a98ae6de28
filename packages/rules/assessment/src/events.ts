import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import { areaScoresSchema } from './areas.js';
import type { ClauseId } from './clauses.js';
import { gradeSchema } from './grades.js';
import type { Role } from './roles.js';
import { timelinessQueries } from './timeliness.js';

const text = z.string().trim().min(1);

/** The ways of assessing that 第六条第(四)项 names. */
export const methodSchema = z.enum(['briefing', 'documents', 'onSiteInspection', 'comprehensiveReview']);
/** The ways of assessing that 第六条第(四)项 names. (The value `methodSchema` parses to.) */
export type Method = z.output<typeof methodSchema>;

/**
 * The team's preliminary opinion (第六条第(五)项): the six areas' scores, what routine inspection
 * found, the opinion, and the grade it determines (确定考核等次). Without `grade` the team confirms
 * the grade computed from the scores; with it the team sets the grade, and must say why
 * (`gradeReasons`); the computed grade is kept beside it. Timeliness (第四条第(五)项) is not typed in:
 * it is measured from the unit's cases (the event's facts).
 */
export const opinionProposedSchema = z
  .object({
    scores: areaScoresSchema,
    routineInspection: text,
    opinion: text,
    grade: gradeSchema.optional(),
    gradeReasons: text.optional(),
  })
  .refine((d) => d.grade === undefined || d.gradeReasons !== undefined, {
    path: ['gradeReasons'],
    message: 'a grade the team sets needs its reasons (第六条第(五)项)',
  });

/**
 * The module's events, in the order of 第六条. `office` is the 政务公开办公室 (the competent
 * department, 第一条), `team` the assessment team (考核组), `assessedUnit` the unit assessed.
 */
export const events = {
  'team.formed': {
    schema: z.object({ members: z.array(text).min(1), departments: z.array(text).default([]) }),
    roles: ['office'],
    label: { zh: '组成考核组', en: 'assessment team formed' },
    clause: '第六条(一)',
  },
  'plan.issued': {
    schema: z.object({ title: text, requirements: text }),
    roles: ['office', 'team'],
    label: { zh: '制定并提前下发考核方案', en: 'assessment plan issued in advance' },
    clause: '第六条(二)',
  },
  'selfInspection.submitted': {
    schema: z.object({ findings: text }),
    roles: ['assessedUnit'],
    label: { zh: '被考核部门自查', en: 'self-inspection submitted' },
    clause: '第六条(三)',
  },
  'assessment.conducted': {
    schema: z.object({ methods: z.array(methodSchema).min(1), findings: text }),
    roles: ['team'],
    label: { zh: '考核组全面考核', en: 'assessment conducted' },
    clause: '第六条(四)',
  },
  'opinion.proposed': {
    schema: opinionProposedSchema,
    roles: ['team'],
    // 第四条第(五)项: the periods of the unit's applications and proactive items in the year.
    facts: ({ case: record }) => timelinessQueries(record),
    label: { zh: '提出初步考核意见，确定考核等次', en: 'preliminary opinion and grade proposed' },
    clause: '第六条(五)',
  },
  'result.returned': {
    schema: z.object({ reason: text }),
    roles: ['office'],
    label: { zh: '审定未通过，退回考核组', en: 'result returned to the team' },
    clause: '第六条(五)',
  },
  'result.approved': {
    schema: z.object({ outstandingIndividuals: z.array(z.object({ name: text, contribution: text })).default([]) }),
    roles: ['office'],
    label: { zh: '审定考核结果', en: 'result approved' },
    clause: '第六条(五)',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type AssessmentEvents = typeof events;
