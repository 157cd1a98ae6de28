import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import { answerSchema } from './answers.js';
import type { ClauseId } from './clauses.js';
import { events } from './events.js';

const text = z.string().trim().min(1);
const band = z.object({ band: text, units: z.number().int(), unitPriceYuan: z.number().int(), amountYuan: z.number().int(), clause: text });

/** The notices the module sends, with the content each clause requires (validated when sent). */
export const notices = {
  correctionRequest: {
    label: { zh: '补正告知书', en: 'request to correct the application' },
    recipient: 'applicant',
    clause: '第三十条',
    // What the clerk asked for, and the time given to correct (the parameter).
    schema: events['correction.requested'].schema.extend({ correctionWorkingDays: z.number().int().positive() }),
  },
  reasonsRequest: {
    label: { zh: '说明理由告知书', en: 'request for the applicant’s reasons' },
    recipient: 'applicant',
    clause: '第三十五条',
    schema: z.object({
      applicationsCounted: z.number().int(),
      period: text,
      question: text,
      reasonsWorkingDays: z.number().int().positive(),
    }),
  },
  delay: {
    label: { zh: '延迟答复告知书', en: 'notice of a later answer date' },
    recipient: 'applicant',
    clause: '第三十五条',
    schema: z.object({ workingDays: z.number().int().positive(), reason: text }),
  },
  extension: {
    label: { zh: '延长答复期限告知书', en: 'notice of the extended reply period' },
    recipient: 'applicant',
    clause: '第三十三条',
    schema: z.object({ reason: text, workingDays: z.number().int().min(1).max(20) }),
  },
  feeNotice: {
    label: { zh: '信息处理费收费通知', en: 'fee notice' },
    recipient: 'applicant',
    clause: '办法第六条',
    schema: z.object({
      basis: z.enum(['perItem', 'perVolume']),
      standard: text,
      amountYuan: z.number().int().positive(),
      bands: z.array(band).min(1),
      reason: text,
      paymentMethod: text,
      payWithinWorkingDays: z.literal(20),
    }),
  },
  thirdPartyDecision: {
    label: { zh: '决定公开告知书（致第三方）', en: 'notice to an objecting third party of disclosure in the public interest' },
    recipient: 'thirdParty',
    clause: '第三十二条',
    schema: z.object({ parties: z.array(text).min(1), content: text, reasons: text }),
  },
  assistanceRecord: {
    label: { zh: '提供帮助记录', en: 'record of the help given' },
    recipient: 'applicant',
    clause: '第四十三条',
    schema: events['assistance.given'].schema,
  },
  answer: {
    label: { zh: '政府信息公开申请答复书', en: 'answer to the application' },
    recipient: 'applicant',
    clause: '第三十六条',
    schema: answerSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;

/** The name of a notice of this module. */
export type NoticeName = keyof typeof notices;
