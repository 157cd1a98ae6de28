import { type Actor, ZwgkError } from '@zwgk/core';

/**
 * A decision as an OA approval form records it on an application under 《西吉县政府信息依申请公开制度》
 * (the 2020 walkthrough; see national-decisions.ts for the 2019 national regulation). Each maps to one event of
 * @zwgk/rule-disclosure-request; the engine checks the officer's role, the payload and whether
 * the case's state allows it.
 */
export type XijiDecision =
  /** 予以公开: how and where the applicant obtains it (第九条), in the requested form or saying why not (第十二条). */
  | { readonly kind: 'disclose'; readonly howToObtain: string; readonly form: InformationForm; readonly formReason?: string }
  /** 部分公开 (第九条 区分处理). */
  | {
      readonly kind: 'partlyDisclose';
      readonly howToObtain: string;
      readonly form: InformationForm;
      readonly formReason?: string;
      readonly withheld: string;
      readonly reasons: string;
    }
  /** 不予公开, with reasons (第九条). */
  | { readonly kind: 'refuse'; readonly reasons: string }
  /** 不属于本机关掌握: name the holder and its contact (第九条). */
  | { readonly kind: 'notHeldHere'; readonly holder: string; readonly holderContact: string }
  /** 政府信息不存在 (第九条). */
  | { readonly kind: 'nonexistent'; readonly explanation: string }
  /** 申请内容不明确: ask the applicant to correct or complete it (第九条); the reply period stops. */
  | { readonly kind: 'askToCorrect'; readonly toCorrect: string }
  /**
   * 提请保密审查: every piece of information to be disclosed is reviewed first (《西吉县政务公开保密审查制度》第二条);
   * the engine opens the review as a child case whose steps the reviewing offices record.
   */
  | { readonly kind: 'requestReview'; readonly subject: string; readonly originatingDepartment: string }
  /** 延期答复: only the office head may approve it, once, for at most 15 working days (第八条). */
  | { readonly kind: 'extend'; readonly reason: string; readonly days?: number };

export type InformationForm = 'paper' | 'electronic' | 'inspection' | 'copy' | 'other';

/** An officer of the OA. `position` is the role the rule module knows: 经办人 (clerk) or 机构负责人 (officeHead). */
export interface Officer {
  readonly id: string;
  readonly name: string;
  readonly position: 'clerk' | 'officeHead';
}

export function officerActor(officer: Officer): Actor {
  return { id: officer.id, role: officer.position, name: officer.name };
}

/** The engine event for an OA decision on a Xiji case. */
export function decisionEvent(decision: XijiDecision): { type: string; payload: unknown } {
  switch (decision.kind) {
    case 'disclose': {
      const { kind: _, ...payload } = decision;
      return { type: 'reply.disclosed', payload };
    }
    case 'partlyDisclose': {
      const { kind: _, ...payload } = decision;
      return { type: 'reply.partlyDisclosed', payload };
    }
    case 'refuse':
      return { type: 'reply.refused', payload: { reasons: decision.reasons } };
    case 'notHeldHere':
      return { type: 'reply.notHeldHere', payload: { holder: decision.holder, holderContact: decision.holderContact } };
    case 'nonexistent':
      return { type: 'reply.nonexistent', payload: { explanation: decision.explanation } };
    case 'askToCorrect':
      return { type: 'reply.unclear', payload: { toCorrect: decision.toCorrect } };
    case 'requestReview':
      return { type: 'review.requested', payload: { subject: decision.subject, originatingDepartment: decision.originatingDepartment } };
    case 'extend':
      return {
        type: 'reply.extended',
        payload: decision.days === undefined ? { reason: decision.reason } : { reason: decision.reason, days: decision.days },
      };
    default: {
      const { kind } = decision as { kind: unknown };
      throw new ZwgkError('INVALID_ARGUMENT', `unknown decision ${JSON.stringify(kind)} for an application under 西政办发〔2018〕47号`, {
        kind,
      });
    }
  }
}
