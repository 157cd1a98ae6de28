import { withholdingGrounds } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

const text = z.string().trim().min(1);

/**
 * Why information is withheld: the grounds of 第十四条–第十六条, as the annual report counts them
 * (国办公开办函〔2021〕30号 三(三)1–8): those of the regulation package, and 行政查询事项 (8).
 */
export const refusalGroundSchema = z.enum([...withholdingGrounds, 'administrativeQuery']);

/** A decision to disclose over a third party's objection in the public interest (第三十二条, 第十五条). */
const publicInterest = z.object({ content: text, reasons: text });

/**
 * Every answer the office may give (第三十六条's seven, with 第三十五条, 第三十七条, 第三十八条,
 * 第三十九条 and the 补正 of 第三十条), each with the content its clause requires. `kind` is the
 * answer, `ground` the sub-reason the annual report counts.
 */
export const answerSchema = z.discriminatedUnion('kind', [
  /** 第三十六条（一）: already published; how and where to obtain it. */
  z.object({ kind: z.literal('alreadyPublic'), howToObtain: text }),
  /** 第三十六条（二）: disclosed; provided, or how, where and when to obtain it. */
  z.object({ kind: z.literal('disclosed'), howToObtain: text, publicInterest: publicInterest.optional() }),
  /** 第三十七条: partly disclosed; what is provided, what is withheld and why. */
  z.object({
    kind: z.literal('partlyDisclosed'),
    howToObtain: text,
    withheld: text,
    ground: refusalGroundSchema,
    reasons: text,
    publicInterest: publicInterest.optional(),
  }),
  /** 第三十六条（三）: not disclosed under 第十四条–第十六条, with the reasons. */
  z.object({ kind: z.literal('refused'), ground: refusalGroundSchema, reasons: text }),
  /** 第三十六条（四）: a search found no such information. */
  z.object({ kind: z.literal('nonexistent'), explanation: text }),
  /** 第三十六条（五）: not this agency's to disclose; the reasons, and the responsible agency when known. */
  z.object({ kind: z.literal('notThisAgency'), reasons: text, responsibleAgency: z.object({ name: text, contact: text }).optional() }),
  /** 第三十八条: only by processing or analysing existing information; not provided. */
  z.object({ kind: z.literal('needsProcessing'), explanation: text }),
  /** 第三十条: the corrected application is still unclear. */
  z.object({ kind: z.literal('stillUnclear'), explanation: text }),
  /** 第三十六条（六）: the same information asked again after an answer; not handled again. */
  z.object({ kind: z.literal('repeated'), earlierAnswer: text }),
  /** 第三十九条第一款: a petition, complaint or report in the form of an application; the proper channel. */
  z.object({ kind: z.literal('petition'), channel: text }),
  /** 第三十九条第二款: a public publication asked for; where to obtain it. */
  z.object({ kind: z.literal('publication'), howToObtain: text }),
  /** 第三十五条: reasons found unreasonable (or not given) for applications clearly beyond a reasonable number or frequency. */
  z.object({ kind: z.literal('unreasonableVolume'), explanation: text }),
  /** 第三十八条 and the report format: a request to confirm, or issue again, information already obtained. */
  z.object({ kind: z.literal('confirmation'), explanation: text }),
  /** 第三十六条（七）: information with its own statutory access procedure (business, real-estate registers). */
  z.object({ kind: z.literal('specialProcedure'), law: text }),
]);

/** An answer (the value `answerSchema` parses to). */
export type Answer = z.output<typeof answerSchema>;
/** An answer's kind. */
export type AnswerKind = Answer['kind'];
/** A ground for withholding (the value `refusalGroundSchema` parses to). */
export type RefusalGround = z.output<typeof refusalGroundSchema>;

/** How an application ended without an answer: not corrected in time, fee unpaid, withdrawn. */
export type EndWithoutAnswer = 'notCorrected' | 'feeUnpaid' | 'withdrawn';

/** The clause each answer kind rests on (for the notice and the transition). */
export const ANSWER_CLAUSE: Readonly<Record<AnswerKind, ClauseId>> = {
  alreadyPublic: '第三十六条',
  disclosed: '第三十六条',
  partlyDisclosed: '第三十七条',
  refused: '第三十六条',
  nonexistent: '第三十六条',
  notThisAgency: '第三十六条',
  needsProcessing: '第三十八条',
  stillUnclear: '第三十条',
  repeated: '第三十六条',
  petition: '第三十九条',
  publication: '第三十九条',
  unreasonableVolume: '第三十五条',
  confirmation: '第三十八条',
  specialProcedure: '第三十六条',
};

/**
 * The row of the annual report's table 三 each outcome is counted in (国办公开办函〔2021〕30号). Two
 * placements are this package's reading, since the format names no row for them: 第三十六条（五）
 * (not this agency's) is counted with （四）1 本机关不掌握相关政府信息, as (四) 不存在 is; 第三十六条（七）
 * (a special statutory procedure) under （六）3 其他, as is an application the applicant withdrew.
 */
export type ReportRow =
  | '予以公开'
  | '部分公开'
  | `不予公开.${RefusalGround}`
  | '无法提供.notHeld'
  | '无法提供.needsCreation'
  | '无法提供.stillUnclear'
  | '不予处理.petition'
  | '不予处理.repeated'
  | '不予处理.publication'
  | '不予处理.unreasonableVolume'
  | '不予处理.confirmation'
  | '其他处理.notCorrected'
  | '其他处理.feeUnpaid'
  | '其他处理.other';

/**
 * The report row of an answer or of an end without one.
 *
 * @example
 * reportRowOf({ kind: 'refused', ground: 'stateSecret', reasons: '…' })
 * //=> '不予公开.stateSecret'
 */
export function reportRowOf(outcome: Answer | { readonly kind: EndWithoutAnswer }): ReportRow {
  switch (outcome.kind) {
    case 'alreadyPublic':
    case 'disclosed':
      return '予以公开';
    case 'partlyDisclosed':
      return '部分公开';
    case 'refused':
      return `不予公开.${outcome.ground}`;
    case 'nonexistent':
    case 'notThisAgency':
      return '无法提供.notHeld';
    case 'needsProcessing':
      return '无法提供.needsCreation';
    case 'stillUnclear':
      return '无法提供.stillUnclear';
    case 'petition':
      return '不予处理.petition';
    case 'repeated':
      return '不予处理.repeated';
    case 'publication':
      return '不予处理.publication';
    case 'unreasonableVolume':
      return '不予处理.unreasonableVolume';
    case 'confirmation':
      return '不予处理.confirmation';
    case 'notCorrected':
      return '其他处理.notCorrected';
    case 'feeUnpaid':
      return '其他处理.feeUnpaid';
    case 'specialProcedure':
    case 'withdrawn':
      return '其他处理.other';
  }
}
