import { z } from 'zod';
import { events, feeItemSchema, onTheSpotAnswerSchema } from './events.js';
import { informationFormSchema } from './input.js';

const text = z.string().trim().min(1);

/** How the information is provided, in the requested form or with the reason why not (第十二条). */
const provision = z.object({
  howToObtain: text,
  form: informationFormSchema,
  requestedForm: informationFormSchema,
  formReason: text.optional(),
});
const formRespected = (p: z.output<typeof provision>) => p.form === p.requestedForm || p.formReason !== undefined;
const formMessage = {
  path: ['formReason'],
  message: 'the information is provided in another form than requested: say why the requested form is impossible (第十二条)',
};

/** The content of a notice that states what an answer or decision gives: that event's payload (the machine sends it as is). */
const eventPayload = (event: keyof typeof events) => events[event].schema;

/**
 * The notices the module sends, with the content each clause requires. The engine validates a
 * notice against its schema when the machine sends it: missing content rejects the event.
 */
export const notices = {
  onTheSpotReply: {
    label: { zh: '当场答复', en: 'answer on the spot' },
    recipient: 'applicant',
    clause: '第八条',
    schema: onTheSpotAnswerSchema,
  },
  extension: {
    label: { zh: '延期答复告知书', en: 'notice of extension' },
    recipient: 'applicant',
    clause: '第八条',
    // The new due date (第八条 告知申请人): the engine states the reply deadline's due instant; while the
    // clock is stopped (a third party consulted) it is not known yet, and the notice states the working
    // days left, counted from the day the clock runs again.
    schema: z
      .object({
        reason: text,
        days: z.number().int().min(1).max(15),
        dueAt: z.iso.datetime({ offset: true }).nullable(),
        remaining: z.number().int().nonnegative().nullable(),
      })
      .refine((n) => n.dueAt !== null || n.remaining !== null, { path: ['dueAt'], message: 'the notice must state the new due date' }),
  },
  disclosure: {
    label: { zh: '政府信息公开告知书（获取方式和途径）', en: 'disclosure notice: how and where to obtain the information' },
    recipient: 'applicant',
    clause: '第九条',
    schema: provision.refine(formRespected, formMessage),
  },
  partialDisclosure: {
    label: { zh: '政府信息部分公开告知书', en: 'partial disclosure notice: what was withheld and why' },
    recipient: 'applicant',
    clause: '第九条',
    schema: provision.extend({ withheld: text, reasons: text }).refine(formRespected, formMessage),
  },
  refusal: {
    label: { zh: '政府信息不予公开告知书', en: 'refusal notice with reasons' },
    recipient: 'applicant',
    clause: '第九条',
    schema: eventPayload('reply.refused'),
  },
  referral: {
    label: { zh: '非本机关政府信息告知书', en: 'notice naming the agency that holds the information' },
    recipient: 'applicant',
    clause: '第九条',
    schema: eventPayload('reply.notHeldHere'),
  },
  nonexistence: {
    label: { zh: '政府信息不存在告知书', en: 'notice that the information does not exist, with an explanation' },
    recipient: 'applicant',
    clause: '第九条',
    schema: eventPayload('reply.nonexistent'),
  },
  correctionRequest: {
    label: { zh: '补正申请告知书', en: 'request to correct or complete the application' },
    recipient: 'applicant',
    clause: '第九条',
    // What to correct and by when (条例2019第三十条 说明需要补正的事项和合理的补正期限): the engine
    // states the correction deadline's due instant, 24:00 of the last day.
    schema: z.object({ toCorrect: text, dueAt: z.iso.datetime({ offset: true }) }),
  },
  identityPapersRequest: {
    label: { zh: '补正身份证明文件告知', en: 'request for valid identity papers' },
    recipient: 'applicant',
    clause: '第七条',
    schema: z.object({ problem: text }),
  },
  thirdPartyConsultation: {
    label: { zh: '第三方意见征询函', en: 'written consultation of the third party' },
    recipient: 'thirdParty',
    clause: '第十条',
    // The letter states by when the third party is to answer (its own period, parameter thirdPartyWorkingDays).
    schema: z.object({
      party: text,
      information: text,
      interest: z.enum(['tradeSecret', 'privacy']),
      dueAt: z.iso.datetime({ offset: true }),
    }),
  },
  thirdPartyOverride: {
    label: { zh: '决定公开告知书（致第三方）', en: 'written notice to the third party of disclosure in the public interest' },
    recipient: 'thirdParty',
    clause: '第十条',
    schema: eventPayload('publicInterest.overrode'),
  },
  feeStatement: {
    label: { zh: '收费告知（检索、复制、邮寄成本费）', en: 'statement of cost fees' },
    recipient: 'applicant',
    clause: '第十三条',
    schema: z.object({
      items: z.array(z.object({ item: feeItemSchema, amountFen: z.number().int().positive() })).min(1),
      totalFen: z.number().int().positive(),
    }),
  },
  assistanceRecord: {
    label: { zh: '提供帮助记录', en: 'record of the help given' },
    recipient: 'applicant',
    clause: '第十四条',
    schema: eventPayload('assistance.given'),
  },
  recordCorrected: {
    label: { zh: '更正告知书', en: 'notice that the record was corrected' },
    recipient: 'applicant',
    clause: '第十一条',
    schema: eventPayload('record.corrected'),
  },
  recordForwarded: {
    label: { zh: '转达更正告知书', en: 'notice that the request was forwarded to the agency empowered to correct' },
    recipient: 'applicant',
    clause: '第十一条',
    schema: eventPayload('record.forwarded'),
  },
  correctionDeclined: {
    label: { zh: '不予更正告知书', en: 'notice that the correction was declined, with reasons' },
    recipient: 'applicant',
    clause: '第十一条',
    schema: eventPayload('record.correctionDeclined'),
  },
} as const;

/** The name of a notice of this module (the keys of `notices`). */
export type NoticeName = keyof typeof notices;
