import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import { areaScoresSchema } from './areas.js';
import type { ClauseId } from './clauses.js';
import { gradeSchema } from './grades.js';

const text = z.string().trim().min(1);

/** 以书面形式通知被考核对象 (第六条第(五)项): the grade, the total and the areas. */
export const resultNoticeSchema = z.object({
  unit: text,
  year: z.number().int(),
  grade: gradeSchema,
  gradeLabel: text,
  total: z.number(),
  areas: areaScoresSchema,
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
