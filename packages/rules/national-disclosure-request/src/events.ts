import type { EventSpec } from '@zwgk/core';
import { deliverySchema } from '@zwgk/rule-national-consultation';
import { z } from 'zod';
import { answerSchema } from './answers.js';
import type { ClauseId } from './clauses.js';
import { computeProcessingFee } from './fee/compute-processing-fee.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);
/**
 * One party consulted: who, about what, why, and how the letter goes out (第三十二条, 第三十四条: its
 * period runs from its receipt; in person or online the day sent, by post, the default, the day
 * signed for or presumed: see @zwgk/rule-national-consultation).
 */
const consultedParty = z.object({ party: text, information: text, concern: text, delivery: deliverySchema.optional() });
const count = z.number().int().min(0);
/** The agencies consulted: co-making agencies (第三十四条) or other agencies (第三十三条). */
const agenciesConsulted = z.object({ agencies: z.array(consultedParty).min(1) });

const TYPED_AMOUNT = 'the fee is computed from 国办函〔2020〕109号 第四条/第五条 (items or pages), not typed in: leave the amount out';
/** Keys a clerk might type an amount under: refused with the reason. */
const noTypedAmount = {
  amountYuan: z.never({ error: TYPED_AMOUNT }).optional(),
  amount: z.never({ error: TYPED_AMOUNT }).optional(),
  feeYuan: z.never({ error: TYPED_AMOUNT }).optional(),
};

/**
 * A fee notice's facts (国办函〔2020〕109号 第三条–第六条): the basis and its counts, why the
 * applications are beyond a reasonable number or frequency (条例第四十二条), and how to pay. The
 * amount is computed; a notice whose computed amount is nil is refused.
 */
export const feeNoticeSchema = z
  .discriminatedUnion('basis', [
    z.strictObject({
      basis: z.literal('perItem'),
      earlierItemsThisMonth: count,
      items: count.min(1),
      reason: text,
      paymentMethod: text,
      ...noTypedAmount,
    }),
    z.strictObject({ basis: z.literal('perVolume'), pages: count.min(1), reason: text, paymentMethod: text, ...noTypedAmount }),
  ])
  .refine((p) => computeProcessingFee(p).amountYuan > 0, {
    path: ['basis'],
    message: 'within the free threshold (109号 第四条（一）: 10 items a month; 第五条（一）: 30 pages): no fee may be charged',
  });

/** The module's events: payload schema, the roles that may send each, and the clause behind it. */
export const events = {
  'correction.requested': {
    schema: z.object({ toCorrect: text, guidance: text }),
    roles: ['clerk'],
    label: { zh: '一次性告知申请人补正（说明补正事项和期限）', en: 'applicant asked, once, to correct the application' },
    clause: '第三十条',
  },
  'application.corrected': {
    schema: z.object({ description: text, form: text.optional() }),
    roles: ['applicant', 'clerk'],
    label: { zh: '收到补正的申请', en: 'corrected application received' },
    clause: '第三十条',
  },
  'thirdParties.consulted': {
    schema: z.object({ parties: z.array(consultedParty).min(1) }),
    roles: ['clerk'],
    label: { zh: '书面征求第三方意见（每个第三方各自计算15个工作日）', en: 'third parties consulted in writing, each on its own clock' },
    clause: '第三十二条',
  },
  'coMakers.consulted': {
    schema: agenciesConsulted,
    roles: ['clerk'],
    label: { zh: '征求共同制作机关意见', en: 'co-making agencies consulted' },
    clause: '第三十四条',
  },
  'agencies.consulted': {
    schema: agenciesConsulted,
    roles: ['clerk'],
    label: { zh: '征求其他机关意见', en: 'other agencies consulted' },
    clause: '第三十三条',
  },
  'reasons.requested': {
    schema: z.object({ applicationsCounted: z.number().int().min(2), period: text, question: text }),
    roles: ['clerk'],
    label: {
      zh: '申请数量、频次明显超过合理范围，要求申请人说明理由',
      en: 'applicant asked for reasons (applications beyond a reasonable number or frequency)',
    },
    clause: '第三十五条',
  },
  'reasons.given': {
    schema: z.object({ reasons: text }),
    roles: ['applicant', 'clerk'],
    label: { zh: '申请人说明理由', en: 'applicant’s reasons received' },
    clause: '第三十五条',
  },
  'reply.delayed': {
    schema: z.object({ workingDays: z.number().int().min(1).max(60), reason: text }),
    roles: ['officeHead'],
    label: { zh: '理由合理但无法按期答复，确定延迟答复的合理期限', en: 'reasonable, but a later answer date set' },
    clause: '第三十五条',
  },
  'reply.extended': {
    schema: z.object({ reason: text, workingDays: z.number().int().min(1).max(20).optional() }),
    roles: ['officeHead'],
    label: { zh: '延长答复期限（工作机构负责人同意）', en: 'reply period extended (approved by the head of the disclosure office)' },
    clause: '第三十三条',
  },
  'fee.notified': {
    schema: feeNoticeSchema,
    roles: ['clerk'],
    label: { zh: '发出收费通知（信息处理费）', en: 'fee notice sent (information processing fee)' },
    clause: '第四十二条',
  },
  'fee.paid': {
    schema: z.object({ receipt: text }),
    roles: ['clerk'],
    label: { zh: '申请人缴纳信息处理费', en: 'fee paid' },
    clause: '办法第六条',
  },
  'assistance.given': {
    schema: z.object({ difficulty: z.enum(['reading', 'sight', 'hearing']), help: text }),
    roles: ['clerk'],
    label: { zh: '为阅读困难或视听障碍的申请人提供必要帮助', en: 'help given to an applicant with reading, sight or hearing difficulties' },
    clause: '第四十三条',
  },
  'application.withdrawn': {
    schema: z.object({ statement: text }),
    roles: ['applicant', 'clerk'],
    label: { zh: '申请人撤回申请', en: 'application withdrawn by the applicant' },
    clause: '第二十七条',
  },
  'reply.given': {
    schema: answerSchema,
    roles: ['clerk'],
    label: { zh: '作出答复', en: 'answer given' },
    clause: '第三十六条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
/** A fee notice's facts (the value `feeNoticeSchema` parses to). */
export type FeeNotice = z.output<typeof feeNoticeSchema>;
