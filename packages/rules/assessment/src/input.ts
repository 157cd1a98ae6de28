import { z } from 'zod';
import { areaScoresSchema } from './areas.js';
import { gradeScaleSchema, gradeSchema } from './grades.js';
import { timelinessSchema } from './notices.js';

/** A periodic assessment of one unit (第一条: townships, departments, directly affiliated units) for one year. */
export const input = z.object({
  unit: z.string().trim().min(1),
  unitKind: z.enum(['township', 'department', 'directlyAffiliated']),
  year: z.number().int().min(2018).max(2022),
});

/** The data a case of this module is opened with. */
export type AssessmentInput = z.output<typeof input>;

/** What a finished assessment hands to the OA system (the grade, for 第三条 年度工作目标管理). */
export const output = z.object({
  unit: z.string(),
  year: z.number().int(),
  scale: gradeScaleSchema,
  /** The grade the team determined (第六条第(五)项) and the office approved. */
  grade: gradeSchema,
  /** The grade computed from the scores (第五条), kept beside the team's. */
  computedGrade: gradeSchema,
  total: z.number(),
  areas: areaScoresSchema,
  /** 第四条第(五)项 measured from the unit's cases of the year. */
  timeliness: timelinessSchema,
});

/** What a finished assessment hands to the OA system (the grade, for 第三条 年度工作目标管理). */
export type AssessmentOutput = z.output<typeof output>;
