import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import { areaScoresSchema } from './areas.js';
import type { ClauseId } from './clauses.js';
import { gradeSchema } from './grades.js';

const text = z.string().trim().min(1);
const dutyCounts = z.object({ met: z.number().int().min(0), missed: z.number().int().min(0), open: z.number().int().min(0) });

/** 第四条第(五)项 measured from the unit's cases: each duty's periods and the share kept. */
export const timelinessSchema = z.object({ application: dutyCounts, proactive: dutyCounts, rate: z.number().min(0).max(1).nullable() });

/**
 * 以书面形式通知被考核对象 (第六条第(五)项): the grade the team determined, the grade computed from
 * the scores beside it (and the team's reasons when they differ), the total, the areas and the
 * measured timeliness.
 */
export const resultNoticeSchema = z.object({
  unit: text,
  year: z.number().int(),
  grade: gradeSchema,
  gradeLabel: text,
  computedGrade: gradeSchema,
  gradeReasons: text.optional(),
  total: z.number(),
  areas: areaScoresSchema,
  timeliness: timelinessSchema,
  opinion: text,
});

const unitGrade = z.object({ unit: text, year: z.number().int(), gradeLabel: text });

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  result: {
    label: { zh: '考核结果书面通知', en: 'written notice of the result' },
    recipient: 'assessedUnit',
    clause: '第六条(五)',
    schema: resultNoticeSchema,
  },
  commendation: {
    label: { zh: '表彰（优秀等次）', en: 'commendation (excellent)' },
    recipient: 'public',
    clause: '第七条',
    schema: unitGrade,
  },
  individualReward: {
    label: { zh: '奖励先进个人', en: 'reward of outstanding individuals' },
    recipient: 'public',
    clause: '第七条',
    schema: z.object({ unit: text, year: z.number().int(), individuals: z.array(z.object({ name: text, contribution: text })).min(1) }),
  },
  criticism: {
    label: { zh: '通报批评（不合格等次）', en: 'public criticism (failed)' },
    recipient: 'public',
    clause: '第七条',
    schema: unitGrade,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
