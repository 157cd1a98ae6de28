import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

const text = z.string().trim().min(1);

/** Whose report, for which year: every notice of the module names them. */
const unitAndYear = { unit: text, year: z.number().int() };

/** The 通报 of 第五条第1项 circulated to every reporting unit of the county: who was late, for which year. */
export const criticismCirculationNoticeSchema = z.object({ ...unitAndYear, missedDueAt: text });

/** 通报批评并责令限期补报 (第五条第1项): who, which year, and the new limit. */
export const criticismNoticeSchema = criticismCirculationNoticeSchema.extend({ supplementaryWorkingDays: z.number().int().positive() });

/** The report returned for completion (第二条 受理): what is missing and by when. */
export const reportReturnedNoticeSchema = z.object({ ...unitAndYear, missing: text, completionWorkingDays: z.number().int().positive() });

/** 建议取消评先、授奖资格 (第五条第2项): to the unit's party committee, government or superior. */
export const awardsRecommendationNoticeSchema = z.object({ ...unitAndYear, facts: text });

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  criticism: {
    label: { zh: '通报批评并责令限期补报', en: 'public criticism and order to report within a new limit' },
    recipient: 'reportingUnit',
    clause: '第五条(一)',
    schema: criticismNoticeSchema,
  },
  criticismCirculation: {
    label: { zh: '通报批评（全县通报）', en: 'public criticism circulated to every reporting unit' },
    recipient: 'allReportingUnits',
    clause: '第五条(一)',
    schema: criticismCirculationNoticeSchema,
  },
  reportReturned: {
    label: { zh: '退回报告补充完善通知', en: 'report returned for completion' },
    recipient: 'reportingUnit',
    clause: '第二条',
    schema: reportReturnedNoticeSchema,
  },
  awardsRecommendation: {
    label: { zh: '建议取消年度评先、授奖资格', en: 'recommendation to withdraw the year’s commendations and awards' },
    recipient: 'supervisingAuthority',
    clause: '第五条(二)',
    schema: awardsRecommendationNoticeSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
