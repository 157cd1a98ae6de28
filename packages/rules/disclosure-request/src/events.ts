import { z } from 'zod';
import { normalisedCodeSchema } from './identity/schemas.js';
import { citizenIdentitySchema, difficultySchema, informationFormSchema, organisationCertificateSchema } from './input.js';

const text = z.string().trim().min(1);

/** The three costs 第十三条 allows: retrieval, copying and postage. Nothing else may be charged. */
export const feeItemSchema = z.enum(['retrieval', 'copying', 'postage']);

/** How the information is provided (第九条 方式和途径, 第十二条 形式). */
const provision = {
  /** How and where the applicant obtains it: collect at the office, by post, by e-mail, on the website… */
  howToObtain: text,
  form: informationFormSchema,
  /** Why the form differs from the one requested, when it does (第十二条). */
  formReason: text.optional(),
};

/** The answers that close the case on the spot (第八条): those that disclose nothing new. */
export const onTheSpotAnswerSchema = z.discriminatedUnion('kind', [
  /** Already published: where to find it (第九条, first answer). */
  z.object({ kind: z.literal('alreadyPublic'), howToObtain: text }),
  /** Held by another agency: its name and contact (第九条). */
  z.object({ kind: z.literal('notHeldHere'), holder: text, holderContact: text }),
  /** The information does not exist: what the facts are (第九条). */
  z.object({ kind: z.literal('nonexistent'), explanation: text }),
]);

/**
 * The module's events: payload schema, the roles that may send each, and the clause behind it.
 * `clerk` is the 受理机构's officer, `officeHead` the head of the 政务公开办公室.
 */
export const events = {
  'reply.onTheSpot': {
    schema: onTheSpotAnswerSchema,
    roles: ['clerk'],
    label: { zh: '当场答复', en: 'answer on the spot' },
    clause: '第八条',
  },
  'reply.extended': {
    schema: z.object({ reason: text, days: z.number().int().min(1).max(15).optional() }),
    roles: ['officeHead'],
    label: { zh: '延长答复期限（机构负责人同意）', en: 'reply period extended (approved by the office head)' },
    clause: '第八条',
  },
  'review.requested': {
    schema: z.object({ subject: text, originatingDepartment: text, jointlyIssuedWith: z.array(text).optional() }),
    roles: ['clerk'],
    label: { zh: '提请保密审查', en: 'confidentiality review requested' },
    clause: '保密审查制度第二条',
  },
  'coordination.requested': {
    schema: z.object({ subject: text, agencies: z.array(text).min(1) }),
    roles: ['clerk'],
    label: { zh: '书面征求其他行政机关意见', en: 'other agencies consulted' },
    clause: '发布协调制度第八条',
  },
  'thirdParty.consulted': {
    schema: z.object({ party: text, information: text, interest: z.enum(['tradeSecret', 'privacy']) }),
    roles: ['clerk'],
    label: { zh: '书面征求第三方意见', en: 'third party consulted in writing' },
    clause: '第十条',
  },
  'thirdParty.replied': {
    schema: z.object({ party: text, consents: z.boolean(), opinion: text.optional() }),
    roles: ['clerk'],
    label: { zh: '第三方答复', en: 'third party replied' },
    clause: '第十条',
  },
  'publicInterest.overrode': {
    schema: z.object({ party: text, content: text, reasons: text }),
    roles: ['officeHead'],
    label: {
      zh: '不公开可能对公共利益造成重大影响，决定公开',
      en: 'disclosure decided in the public interest over the third party’s objection',
    },
    clause: '第十条',
  },
  'reply.disclosed': {
    schema: z.object(provision),
    roles: ['clerk'],
    label: { zh: '答复：予以公开', en: 'answer: disclosed' },
    clause: '第九条',
  },
  'reply.partlyDisclosed': {
    schema: z.object({ ...provision, withheld: text, reasons: text }),
    roles: ['clerk'],
    label: { zh: '答复：部分公开（区分处理）', en: 'answer: partly disclosed' },
    clause: '第九条',
  },
  'reply.refused': {
    schema: z.object({ reasons: text }),
    roles: ['clerk'],
    label: { zh: '答复：不予公开', en: 'answer: refused' },
    clause: '第九条',
  },
  'reply.notHeldHere': {
    schema: z.object({ holder: text, holderContact: text }),
    roles: ['clerk'],
    label: { zh: '答复：不属于本机关掌握', en: 'answer: held by another agency' },
    clause: '第九条',
  },
  'reply.nonexistent': {
    schema: z.object({ explanation: text }),
    roles: ['clerk'],
    label: { zh: '答复：政府信息不存在', en: 'answer: the information does not exist' },
    clause: '第九条',
  },
  'reply.unclear': {
    /** `workingDays`: the 补正期限 for this application, when the office sets another than the parameter's. */
    schema: z.object({ toCorrect: text, workingDays: z.number().int().min(1).max(60).optional() }),
    roles: ['clerk'],
    label: { zh: '告知申请人作出更改、补充', en: 'applicant asked to correct or complete the application' },
    clause: '第九条',
  },
  'application.corrected': {
    schema: z.object({ description: text, form: informationFormSchema.optional() }),
    roles: ['applicant', 'clerk'],
    label: { zh: '收到补正后的申请', en: 'corrected application received' },
    clause: '条例2019第三十条',
  },
  'fee.charged': {
    schema: z.object({ items: z.array(z.object({ item: feeItemSchema, amountFen: z.number().int().positive() }).strict()).min(1) }),
    roles: ['clerk'],
    label: { zh: '收取检索、复制、邮寄成本费用', en: 'cost fees charged (retrieval, copying, postage)' },
    clause: '第十三条',
  },
  'assistance.given': {
    schema: z.object({ difficulty: difficultySchema, help: text }),
    roles: ['clerk'],
    label: { zh: '为阅读困难或视听障碍的申请人提供帮助', en: 'help given to an applicant with reading, sight or hearing difficulties' },
    clause: '第十四条',
  },
  'papers.supplied': {
    schema: z
      .object({
        identity: citizenIdentitySchema.optional(),
        creditCode: normalisedCodeSchema.optional(),
        certificate: organisationCertificateSchema.optional(),
      })
      .refine((p) => p.identity !== undefined || p.creditCode !== undefined || p.certificate !== undefined, {
        message: 'name the papers supplied: identity, creditCode or certificate',
      }),
    roles: ['clerk', 'applicant'],
    label: { zh: '补正身份证明文件', en: 'identity papers supplied' },
    clause: '第七条',
  },
  'record.corrected': {
    schema: z.object({ correction: text }),
    roles: ['clerk'],
    label: { zh: '予以更正', en: 'record corrected' },
    clause: '第十一条',
  },
  'record.forwarded': {
    schema: z.object({ authority: text, authorityContact: text }),
    roles: ['clerk'],
    label: { zh: '无权更正，转达有权更正的行政机关', en: 'forwarded to the agency empowered to correct' },
    clause: '第十一条',
  },
  'record.correctionDeclined': {
    schema: z.object({ reasons: text }),
    roles: ['clerk'],
    label: { zh: '证据不足，不予更正', en: 'correction declined: the evidence does not show the record inaccurate' },
    clause: '第十一条',
  },
} as const;

/** The type of an event of this module (the keys of `events`). */
export type EventType = keyof typeof events;
/** The three costs 第十三条 allows: retrieval, copying and postage. Nothing else may be charged. (The value `feeItemSchema` parses to.) */
export type FeeItem = z.output<typeof feeItemSchema>;
