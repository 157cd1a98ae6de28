import type { KitTypes } from '@zwgk/core';
import { and, assign, enqueueActions } from 'xstate';
import type { ClauseId } from './clauses.js';
import { clauses } from './clauses.js';
import type { StepVerdictPayload } from './events.js';
import { groundClause, type NonDisclosureGround } from './grounds.js';
import type { ReviewInput, ReviewOutput } from './input.js';
import { kit } from './kit.js';
import type { SendBackTarget } from './parameters.js';
import type { Role } from './roles.js';

/** The steps of 第六条 before the secrecy bureau, in order; a referral (第八条) returns to one of them. */
export type ChainStep = 'initialOpinion' | 'headReview' | 'leaderReview' | 'officeReview';

/** What a case of this module remembers between events (the machine's context). */
export interface ReviewContext {
  readonly subject: string;
  readonly originatingDepartment: string;
  readonly jointlyIssuedWith: readonly string[];
  readonly marking: ReviewInput['marking'] | null;
  /** Co-issuing departments that consented in writing (第七条). */
  readonly consented: readonly string[];
  /** What the chain is clearing, once the initial opinion is given (non-disclosure too, 第四条). */
  readonly proposal: 'disclosable' | 'partlyDisclosable' | 'notDisclosable' | null;
  /** The classified part withheld (第十一条). */
  readonly withheld: string | null;
  /** 第九条: a state secret past its term, to be declassified before disclosure. */
  readonly pastSecrecyTerm: boolean;
  readonly decision: ReviewOutput['decision'] | null;
  readonly ground: NonDisclosureGround | null;
  readonly reason: string | null;
  readonly declassified: boolean;
  readonly referredFrom: ChainStep | null;
  /** The part the deciding authority found secret (第八条); it can only be withheld (第十一条). */
  readonly determinedSecretPart: string | null;
  readonly sendBackTo: SendBackTarget;
  /** Parameter initialRefusalEndsReview: an initial opinion of non-disclosure ends the review at once. */
  readonly initialRefusalEndsReview: boolean;
}

type Event = KitTypes<typeof kit>['event'];
const { completeDeadline, deadlineDue, recordBreach, sendNotice, startDeadline } = kit;

const SECRET_LEVELS = new Set(['秘密', '机密', '绝密']);
const GROUND_CLAUSES: ClauseId[] = ['第五条', '第五条(一)', '第五条(二)', '第五条(三)'];

/** The role that holds each step, and the clause that makes it a step. */
const STEP_ROLE: Record<ChainStep, Role> = {
  initialOpinion: 'originatingDepartment',
  headReview: 'departmentHead',
  leaderReview: 'leaderInCharge',
  officeReview: 'disclosureOffice',
};

/**
 * The parts withheld, as one text: a union that never drops a part already withheld (第八条, 第十一条).
 * Parts are separated by "；".
 */
export function unionWithheld(existing: string | null, added: string | null | undefined): string | null {
  const parts = [...(existing ?? '').split('；'), ...(added ?? '').split('；')].map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length === 0 ? null : [...new Set(parts)].join('；');
}

const pending = (context: ReviewContext) => context.jointlyIssuedWith.filter((d) => !context.consented.includes(d));

/** The written opinion of 第四条, from the decision in the context. */
function opinionData(context: ReviewContext): Record<string, unknown> {
  if (context.decision === 'notDisclosable' && context.ground !== null) {
    return {
      subject: context.subject,
      decision: 'notDisclosable',
      ground: context.ground,
      citation: clauses[groundClause[context.ground]].citation,
      reason: context.reason ?? '',
    };
  }
  const decision = context.proposal === 'partlyDisclosable' ? 'partlyDisclosable' : 'disclosable';
  return {
    subject: context.subject,
    decision,
    ...(decision === 'partlyDisclosable' ? { withheld: context.withheld ?? '' } : {}),
    declassificationRequired: context.pastSecrecyTerm,
  };
}

const verdictOf = (event: Event): StepVerdictPayload | undefined =>
  event.type === 'headReview.given' ||
  event.type === 'leaderReview.given' ||
  event.type === 'officeReview.given' ||
  event.type === 'bureauApproval.given'
    ? event.payload
    : undefined;

const reviewSetup = kit.setup({
  types: { context: {} as ReviewContext },
  guards: {
    approves: ({ event }) => verdictOf(event)?.verdict === 'approve',
    refuses: ({ event }) => verdictOf(event)?.verdict === 'refuse',
    sendsBack: ({ event }) => verdictOf(event)?.verdict === 'sendBack',
    sendsBackToStart: ({ context, event }) => verdictOf(event)?.verdict === 'sendBack' && context.sendBackTo === 'originatingDepartment',
    proposesNonDisclosure: ({ event }) => event.type === 'initialOpinion.given' && event.payload.opinion === 'notDisclosable',
    initialRefusalEndsReview: ({ context }) => context.initialRefusalEndsReview,
    proposedNonDisclosure: ({ context }) => context.proposal === 'notDisclosable',
    /**
     * 第五条(一): information marked 秘密/机密/绝密 may be proposed for full disclosure only when past its
     * term (第九条); a part the authority found secret (第八条) can only be withheld (第十一条).
     */
    proposesPermittedDisclosure: ({ context, event }) =>
      event.type === 'initialOpinion.given' &&
      event.payload.opinion !== 'notDisclosable' &&
      !(
        event.payload.opinion === 'disclosable' &&
        ((SECRET_LEVELS.has(context.marking ?? '') && !event.payload.pastSecrecyTerm) || context.determinedSecretPart !== null)
      ),
    jointRefusal: ({ context, event }) =>
      event.type === 'jointConsent.recorded' && !event.payload.consents && pending(context).includes(event.payload.department),
    jointConsent: ({ context, event }) =>
      event.type === 'jointConsent.recorded' && event.payload.consents && pending(context).includes(event.payload.department),
    allConsented: ({ context }) => pending(context).length === 0,
    allConsentedPastTerm: ({ context }) => pending(context).length === 0 && context.pastSecrecyTerm,
    allConsentedPartly: ({ context }) => pending(context).length === 0 && context.proposal === 'partlyDisclosable',
    wholeIsSecret: ({ event }) =>
      event.type === 'classification.determined' && event.payload.classified && event.payload.part === undefined,
    proposedPartly: ({ context }) => context.proposal === 'partlyDisclosable',
    referrerHoldsStep: ({ event }, params: { step: ChainStep }) => event.actor.role === STEP_ROLE[params.step],
    referredFrom: ({ context }, params: { step: ChainStep }) => context.referredFrom === params.step,
  },
  actions: {
    markReferral: assign((_, params: { step: ChainStep }) => ({ referredFrom: params.step })),
    sendReferral: sendNotice('classificationReferral', ({ context, event }) =>
      event.type === 'classification.referred'
        ? { subject: context.subject, authority: event.payload.authority, question: event.payload.question }
        : {},
    ),
    /** The authority's determination (第八条): a secret part is withheld (第十一条), the chain resumes. */
    applyDetermination: assign(({ context, event }) =>
      event.type === 'classification.determined' && event.payload.classified && event.payload.part !== undefined
        ? {
            referredFrom: null,
            determinedSecretPart: event.payload.part,
            withheld: unionWithheld(context.withheld, event.payload.part),
            proposal:
              context.proposal === null || context.proposal === 'notDisclosable' ? context.proposal : ('partlyDisclosable' as const),
          }
        : { referredFrom: null },
    ),
    sendOpinion: sendNotice('reviewOpinion', ({ context }) => opinionData(context)),
    /** A step refuses (第五条): the information is not disclosable, with the ground it gives. */
    refuse: assign(({ event }) => {
      const payload =
        event.type === 'initialOpinion.given' && event.payload.opinion === 'notDisclosable' ? event.payload : verdictOf(event);
      return payload && 'ground' in payload ? { decision: 'notDisclosable' as const, ground: payload.ground, reason: payload.reason } : {};
    }),
    /** A later step approves; with `withheld` it approves the rest only (第十一条). */
    approve: assign(({ context, event }) => {
      const verdict = verdictOf(event);
      return verdict?.verdict === 'approve' && verdict.withheld !== undefined && context.proposal !== 'notDisclosable'
        ? { proposal: 'partlyDisclosable' as const, withheld: unionWithheld(context.withheld, verdict.withheld) }
        : {};
    }),
    /** 第四条: the office confirms the non-disclosure proposed by the originating department and kept by every step. */
    confirmNonDisclosure: assign({ decision: 'notDisclosable' as const }),
    /** 第六条(一): the initial opinion proposes non-disclosure; the chain reviews it (parameter initialRefusalEndsReview). */
    proposeNonDisclosure: assign(({ event }) =>
      event.type === 'initialOpinion.given' && event.payload.opinion === 'notDisclosable'
        ? { proposal: 'notDisclosable' as const, ground: event.payload.ground, reason: event.payload.reason }
        : {},
    ),
  },
});

/** The transitions of a later step of 第六条 (二)–(四) on its own event. */
function stepTransitions(
  step: 'headReview' | 'leaderReview' | 'officeReview' | 'bureauApproval',
  clause: ClauseId,
  next: string,
  previous: string,
) {
  return [
    { guard: 'approves' as const, target: next, actions: 'approve' as const, meta: { clause } },
    {
      guard: 'refuses' as const,
      target: '#confidentiality-review.notDisclosable',
      actions: ['refuse' as const, 'sendOpinion' as const],
      meta: { clause: [clause, ...GROUND_CLAUSES] },
    },
    { guard: 'sendsBackToStart' as const, target: 'initialOpinion', meta: { clause: [clause, '第六条(一)'] as ClauseId[] } },
    {
      guard: 'sendsBack' as const,
      target: previous,
      meta: { clause: [clause, '第六条'] as ClauseId[] },
      description: `${step} sends the review back to the previous step`,
    },
  ];
}

/** A chain step refers an unclear classification to the deciding authority (第八条); only the step's own role may. */
function referral(step: ChainStep) {
  return {
    guard: { type: 'referrerHoldsStep', params: { step } },
    target: 'awaitingClassification',
    actions: [{ type: 'markReferral', params: { step } }, 'sendReferral'],
    meta: { clause: '第八条' },
  } as const;
}

/** The authority found the information (or its rest) not secret: the chain resumes at the referring step. */
function resumeAt(step: ChainStep) {
  return {
    guard: { type: 'referredFrom', params: { step } },
    target: step,
    actions: 'applyDetermination',
    meta: { clause: ['第八条', '第十一条'] },
  } as const;
}

/**
 * The confidentiality review of 《西吉县政务公开保密审查制度》: opened on receipt of the review
 * request (第四条), it runs the chain of 第六条, with referral (第八条), joint consent (第七条) and
 * declassification (第九条), and ends in `disclosable`, `partlyDisclosable` or `notDisclosable`.
 */
export const reviewMachine = reviewSetup.createMachine({
  id: 'confidentiality-review',
  initial: 'reviewing',
  context: ({ input }) => ({
    subject: input.data.subject,
    originatingDepartment: input.data.originatingDepartment,
    jointlyIssuedWith: [...new Set(input.data.jointlyIssuedWith)],
    marking: input.data.marking ?? null,
    consented: [],
    proposal: null,
    withheld: null,
    pastSecrecyTerm: false,
    decision: null,
    ground: null,
    reason: null,
    declassified: false,
    referredFrom: null,
    determinedSecretPart: null,
    sendBackTo: input.parameters.sendBackTo ?? 'previousStep',
    initialRefusalEndsReview: input.parameters.initialRefusalEndsReview === true,
  }),
  states: {
    reviewing: {
      initial: 'initialOpinion',
      entry: [
        startDeadline('opinion'),
        enqueueActions(({ context, enqueue }) => {
          if (context.jointlyIssuedWith.length > 0) {
            enqueue(
              sendNotice('jointConsentRequest', {
                subject: context.subject,
                leadDepartment: context.originatingDepartment,
                departments: [...context.jointlyIssuedWith],
              }),
            );
          }
        }),
      ],
      // The review opinion is given when the case leaves the review with a decision (第四条).
      exit: completeDeadline('opinion'),
      on: {
        'deadline.due': {
          guard: deadlineDue('opinion'),
          actions: recordBreach('opinionOverdue', ({ event }) => (event.type === 'deadline.due' ? { dueAt: event.payload.dueAt } : {})),
          meta: { clause: '第四条' },
        },
        'jointConsent.recorded': [
          {
            guard: 'jointRefusal',
            target: '#confidentiality-review.notDisclosable',
            actions: [
              assign(({ event }) => ({
                decision: 'notDisclosable' as const,
                ground: 'noJointConsent' as const,
                reason:
                  event.type === 'jointConsent.recorded' && !event.payload.consents
                    ? `${event.payload.department}不同意公开（${event.payload.letter}）：${event.payload.reason}`
                    : '',
              })),
              'sendOpinion',
            ],
            meta: { clause: '第七条' },
          },
          {
            guard: 'jointConsent',
            actions: assign({
              consented: ({ context, event }) =>
                event.type === 'jointConsent.recorded' ? [...context.consented, event.payload.department] : context.consented,
            }),
            meta: { clause: '第七条' },
          },
        ],
      },
      states: {
        initialOpinion: {
          on: {
            'initialOpinion.given': [
              {
                guard: and(['proposesNonDisclosure', 'initialRefusalEndsReview']),
                target: '#confidentiality-review.notDisclosable',
                actions: ['refuse', 'sendOpinion'],
                meta: { clause: ['第六条(一)', ...GROUND_CLAUSES] },
              },
              {
                guard: 'proposesNonDisclosure',
                target: 'headReview',
                actions: 'proposeNonDisclosure',
                meta: { clause: ['第六条(一)', '第四条', ...GROUND_CLAUSES] },
              },
              {
                guard: 'proposesPermittedDisclosure',
                target: 'headReview',
                actions: assign(({ context, event }) =>
                  event.type === 'initialOpinion.given' && event.payload.opinion !== 'notDisclosable'
                    ? {
                        proposal: event.payload.opinion,
                        ground: null,
                        reason: null,
                        // A part the authority found secret (第八条) stays withheld whatever the new opinion says.
                        withheld: unionWithheld(
                          context.determinedSecretPart,
                          event.payload.opinion === 'partlyDisclosable' ? event.payload.withheld : null,
                        ),
                        pastSecrecyTerm: event.payload.pastSecrecyTerm,
                      }
                    : {},
                ),
                meta: { clause: ['第六条(一)', '第二条', '第五条(一)', '第十一条'] },
              },
            ],
            'classification.referred': referral('initialOpinion'),
          },
        },
        headReview: {
          on: {
            'headReview.given': stepTransitions('headReview', '第六条(二)', 'leaderReview', 'initialOpinion'),
            'classification.referred': referral('headReview'),
          },
        },
        leaderReview: {
          on: {
            'leaderReview.given': stepTransitions('leaderReview', '第六条(三)', 'officeReview', 'headReview'),
            'classification.referred': referral('leaderReview'),
          },
        },
        officeReview: {
          on: {
            'officeReview.given': [
              {
                guard: and(['approves', 'proposedNonDisclosure']),
                target: '#confidentiality-review.notDisclosable',
                actions: ['confirmNonDisclosure', 'sendOpinion'],
                meta: { clause: ['第六条(四)', '第四条', ...GROUND_CLAUSES] },
              },
              ...stepTransitions('officeReview', '第六条(四)', 'bureauApproval', 'leaderReview'),
            ],
            'classification.referred': referral('officeReview'),
          },
        },
        bureauApproval: {
          on: {
            'bureauApproval.given': stepTransitions('bureauApproval', '第六条(四)', 'awaitingJointConsent', 'officeReview'),
          },
        },
        awaitingClassification: {
          on: {
            'classification.determined': [
              {
                guard: 'wholeIsSecret',
                target: '#confidentiality-review.notDisclosable',
                actions: [
                  assign(({ event }) => ({
                    decision: 'notDisclosable' as const,
                    ground: 'classifiedStateSecret' as const,
                    reason:
                      event.type === 'classification.determined' && event.payload.classified
                        ? `经有权机关确定属于国家秘密，密级为${event.payload.level}`
                        : '',
                  })),
                  'sendOpinion',
                ],
                meta: { clause: ['第八条', '第五条(一)'] },
              },
              resumeAt('initialOpinion'),
              resumeAt('headReview'),
              resumeAt('leaderReview'),
              resumeAt('officeReview'),
            ],
          },
        },
        // Approved by the secrecy bureau: disclosure waits for every co-issuing department's written consent (第七条).
        awaitingJointConsent: {
          always: [
            {
              guard: 'allConsentedPastTerm',
              target: '#confidentiality-review.declassifying',
              actions: 'sendOpinion',
              meta: { clause: ['第七条', '第九条'] },
            },
            {
              guard: 'allConsentedPartly',
              target: '#confidentiality-review.partlyDisclosable',
              actions: [assign({ decision: 'partlyDisclosable' as const }), 'sendOpinion'],
              meta: { clause: ['第七条', '第十一条'] },
            },
            {
              guard: 'allConsented',
              target: '#confidentiality-review.disclosable',
              actions: [assign({ decision: 'disclosable' as const }), 'sendOpinion'],
              meta: { clause: ['第七条', '第六条(四)'] },
            },
          ],
        },
      },
    },
    // 第九条: the review confirmed the information can be disclosed; it is declassified first.
    declassifying: {
      on: {
        'declassification.completed': [
          {
            guard: 'proposedPartly',
            target: 'partlyDisclosable',
            actions: [
              assign({ decision: 'partlyDisclosable' as const, declassified: true }),
              sendNotice('declassificationResult', ({ context, event }) => ({
                subject: context.subject,
                declassified: true,
                detail: event.type === 'declassification.completed' ? event.payload.reference : '',
              })),
            ],
            meta: { clause: ['第九条', '第十一条'] },
          },
          {
            target: 'disclosable',
            actions: [
              assign({ decision: 'disclosable' as const, declassified: true }),
              sendNotice('declassificationResult', ({ context, event }) => ({
                subject: context.subject,
                declassified: true,
                detail: event.type === 'declassification.completed' ? event.payload.reference : '',
              })),
            ],
            meta: { clause: '第九条' },
          },
        ],
        'declassification.refused': {
          target: 'notDisclosable',
          actions: [
            assign(({ event }) => ({
              decision: 'notDisclosable' as const,
              ground: 'classifiedStateSecret' as const,
              reason: event.type === 'declassification.refused' ? `未解密：${event.payload.reason}` : '',
            })),
            sendNotice('declassificationResult', ({ context, event }) => ({
              subject: context.subject,
              declassified: false,
              detail: event.type === 'declassification.refused' ? event.payload.reason : '',
            })),
          ],
          meta: { clause: ['第九条', '第五条(一)'] },
        },
      },
    },
    disclosable: { type: 'final' },
    partlyDisclosable: { type: 'final' },
    notDisclosable: { type: 'final' },
  },
  output: ({ context }): ReviewOutput => {
    const decision = context.decision ?? 'notDisclosable';
    return {
      decision,
      ...(decision === 'notDisclosable' && context.ground !== null ? { ground: context.ground } : {}),
      ...(decision === 'notDisclosable' && context.reason !== null ? { reason: context.reason } : {}),
      ...(decision === 'partlyDisclosable' && context.withheld !== null ? { withheld: context.withheld } : {}),
      ...(context.declassified ? { declassified: true } : {}),
    };
  },
});
