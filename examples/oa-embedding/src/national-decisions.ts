import { ZwgkError } from '@zwgk/core';
import type { Answer, FeeNotice } from '@zwgk/rule-national-disclosure-request';

/** A party consulted in writing: who, about which information, and what might harm it. */
export interface ConsultedParty {
  readonly party: string;
  readonly information: string;
  readonly concern: string;
}

/**
 * A decision or a fact as the OA records it on an application under 《中华人民共和国政府信息公开条例》.
 * Each maps to one event of @zwgk/rule-national-disclosure-request (or, for an opinion, of the
 * consultation's child case); the engine checks the officer's role (`officeHead` for an
 * extension or a later answer date), the payload and whether the case's state allows it.
 */
export type NationalDecision =
  /** 第三十条: once, within 7 working days of receipt, what to correct; the reply period counts afresh from the corrected application. */
  | { readonly kind: 'askToCorrect'; readonly toCorrect: string; readonly guidance: string }
  /** 第三十条: the corrected application arrived. */
  | { readonly kind: 'corrected'; readonly description: string; readonly form?: string }
  /** 第三十三条第二款: once, at most 20 working days, with the head of the disclosure office's approval (role `officeHead`). */
  | { readonly kind: 'extend'; readonly reason: string; readonly workingDays?: number }
  /** 第三十二条: third parties consulted in writing, each on its own 15-working-day clock; the reply clock stops (第三十三条第三款). */
  | { readonly kind: 'consultThirdParties'; readonly parties: readonly ConsultedParty[] }
  /** 第三十四条: the agencies that made the information jointly; silence for 15 working days is consent. */
  | { readonly kind: 'consultCoMakers'; readonly agencies: readonly ConsultedParty[] }
  /** 第三十三条第三款: other agencies consulted. */
  | { readonly kind: 'consultAgencies'; readonly agencies: readonly ConsultedParty[] }
  /** A consulted party's written opinion, on the consultation child (`consultation-1`, …). */
  | { readonly kind: 'recordOpinion'; readonly consultation: string; readonly consents: boolean; readonly reasons?: string }
  /** 第三十五条: applications clearly beyond a reasonable number or frequency: ask for reasons. */
  | { readonly kind: 'requestReasons'; readonly applicationsCounted: number; readonly period: string; readonly question: string }
  /** 第三十五条: the applicant's reasons. */
  | { readonly kind: 'reasonsGiven'; readonly reasons: string }
  /** 第三十五条: reasonable, but the answer needs a later date (role `officeHead`). */
  | { readonly kind: 'delay'; readonly workingDays: number; readonly reason: string }
  /** 第四十二条, 国办函〔2020〕109号: the fee notice; the amount is computed from the counts, never typed. */
  | ({ readonly kind: 'notifyFee' } & FeeNotice)
  /** 国办函〔2020〕109号第六条: the fee was paid; the reply clock runs again. */
  | { readonly kind: 'feePaid'; readonly receipt: string }
  /** 第四十三条: help for an applicant with reading, sight or hearing difficulties. */
  | { readonly kind: 'assist'; readonly difficulty: 'reading' | 'sight' | 'hearing'; readonly help: string }
  /** 第二十七条: the applicant withdrew the application. */
  | { readonly kind: 'withdraw'; readonly statement: string }
  /**
   * The answer: the seven of 第三十六条, 第三十七条 (partial), 第三十八条, 第三十九条, 第三十五条 and
   * 第三十条 (still unclear after correction), with the sub-reason the annual report counts.
   */
  | { readonly kind: 'answer'; readonly answer: Answer };

/** The decision kinds of the national module, for the error that names them. */
export const NATIONAL_DECISION_KINDS = [
  'askToCorrect',
  'corrected',
  'extend',
  'consultThirdParties',
  'consultCoMakers',
  'consultAgencies',
  'recordOpinion',
  'requestReasons',
  'reasonsGiven',
  'delay',
  'notifyFee',
  'feePaid',
  'assist',
  'withdraw',
  'answer',
] as const satisfies readonly NationalDecision['kind'][];

/** The engine event a national decision stands for; `childKey` names the consultation child it goes to. */
export function nationalDecisionEvent(decision: NationalDecision): { type: string; payload: unknown; childKey?: string } {
  const { kind, ...rest } = decision as NationalDecision & Record<string, unknown>;
  switch (decision.kind) {
    case 'askToCorrect':
      return { type: 'correction.requested', payload: { toCorrect: decision.toCorrect, guidance: decision.guidance } };
    case 'corrected':
      return { type: 'application.corrected', payload: rest };
    case 'extend':
      return { type: 'reply.extended', payload: rest };
    case 'consultThirdParties':
      return { type: 'thirdParties.consulted', payload: { parties: decision.parties } };
    case 'consultCoMakers':
      return { type: 'coMakers.consulted', payload: { agencies: decision.agencies } };
    case 'consultAgencies':
      return { type: 'agencies.consulted', payload: { agencies: decision.agencies } };
    case 'recordOpinion':
      return {
        type: 'opinion.received',
        payload:
          decision.reasons === undefined ? { consents: decision.consents } : { consents: decision.consents, reasons: decision.reasons },
        childKey: decision.consultation,
      };
    case 'requestReasons':
      return { type: 'reasons.requested', payload: rest };
    case 'reasonsGiven':
      return { type: 'reasons.given', payload: rest };
    case 'delay':
      return { type: 'reply.delayed', payload: rest };
    case 'notifyFee':
      // Passed as given: a typed amount among the counts is refused by the module's strict schema.
      return { type: 'fee.notified', payload: rest };
    case 'feePaid':
      return { type: 'fee.paid', payload: rest };
    case 'assist':
      return { type: 'assistance.given', payload: rest };
    case 'withdraw':
      return { type: 'application.withdrawn', payload: rest };
    case 'answer':
      return { type: 'reply.given', payload: decision.answer };
    default:
      throw new ZwgkError(
        'INVALID_ARGUMENT',
        `unknown decision ${JSON.stringify(kind)} for an application under 国务院令第711号 (known: ${NATIONAL_DECISION_KINDS.join(', ')})`,
        { kind },
      );
  }
}
