import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { disciplineRuleSchema } from './discipline.js';
import { gradeSchema } from './grades.js';

const text = z.string().trim().min(1);
const names = z.array(text).min(1);
/** The year evaluated (the case's). */
const year = z.number().int();
const result = z.object({ target: text, score: z.number(), grade: gradeSchema });

/** The report of the results (第七条第一款) to every body it names. */
export const resultReportSchema = z.object({
  year,
  recipients: z.array(text).min(4),
  results: z.array(result).min(1),
  unqualified: z.array(text),
});

/** The results made public (第七条第一款). */
export const resultPublicationSchema = z.object({ year, publishedVia: names, results: z.array(result).min(1) });

/** A referral for accountability (第十二条): who broke which rule. */
export const accountabilityReferralSchema = z.object({
  year,
  unit: text,
  persons: names,
  rule: disciplineRuleSchema,
  facts: text,
});

/** A recommendation to a representative's employer to discipline a serious violation (第十二条). */
export const disciplineRecommendationSchema = z.object({
  year,
  representative: text,
  employer: text,
  rule: disciplineRuleSchema,
  facts: text,
});

/**
 * A published result corrected (第十二条 被评单位违反规定的,直接列为年度评议不合格单位): discipline
 * found after the results were reported and published makes the unit unqualified for the year.
 */
export const resultCorrectionSchema = z.object({
  year,
  target: text,
  previousGrade: gradeSchema,
  grade: z.literal('unqualified'),
  rule: disciplineRuleSchema,
  facts: text,
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  resultReport: {
    label: { zh: '评议结果报告、通报', en: 'report of the results' },
    recipient: 'authorities',
    clause: '第七条',
    schema: resultReportSchema,
  },
  resultPublication: {
    label: { zh: '评议结果向社会公开', en: 'results published' },
    recipient: 'public',
    clause: '第七条',
    schema: resultPublicationSchema,
  },
  accountabilityReferral: {
    label: { zh: '追究责任移送', en: 'referral for accountability' },
    recipient: 'accountabilityAuthority',
    clause: '第十二条',
    schema: accountabilityReferralSchema,
  },
  resultCorrection: {
    label: { zh: '更正评议结果（列为不合格单位）', en: 'result corrected (unqualified)' },
    recipient: 'public',
    clause: '第十二条',
    schema: resultCorrectionSchema,
  },
  disciplineRecommendation: {
    label: { zh: '建议给予纪律处分', en: 'recommendation of disciplinary action' },
    recipient: 'representativeEmployer',
    clause: '第十二条',
    schema: disciplineRecommendationSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
