import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { consultationLetterSchema } from './events.js';

/** The letter as sent to the consulted agencies: 第九条's content, its recipients and their reply period. */
export const consultationLetterNoticeSchema = consultationLetterSchema.extend({
  subject: z.string().min(1),
  recipients: z.array(z.string().min(1)).min(1),
  /** 10 working days for proactive information (第七条), 5 for an application (第八条). */
  replyWithinWorkingDays: z.union([z.literal(10), z.literal(5)]),
});

/** The report to the higher authority: what is disputed and by whom (第十一条). */
export const escalationReportSchema = z.object({
  subject: z.string().min(1),
  authority: z.string().min(1),
  disagreements: z.array(z.object({ agency: z.string().min(1), reasons: z.string().min(1) })).min(1),
  letter: consultationLetterSchema,
});

/** The report of an objection to an unauthorised release (第十二条第二款). */
export const objectionReportSchema = z.object({
  /** The information concerned (absent in a report recorded after the case closed: the case names it). */
  subject: z.string().min(1).optional(),
  agency: z.string().min(1),
  objection: z.string().min(1),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  consultationLetter: {
    label: { zh: '书面征求意见公文', en: 'written consultation letter' },
    recipient: 'consultedAgency',
    clause: '第九条',
    schema: consultationLetterNoticeSchema,
  },
  escalationReport: {
    label: { zh: '报请协调的请示', en: 'report of the disagreement to the higher authority' },
    recipient: 'higherAuthority',
    clause: '第十一条',
    schema: escalationReportSchema,
  },
  objectionReport: {
    label: { zh: '擅自发布情况报告', en: 'report of an unauthorised release' },
    recipient: 'disclosureAuthority',
    clause: '第十二条',
    schema: objectionReportSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
