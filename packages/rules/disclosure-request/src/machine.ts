import { endOfBeijingDay, instantToMs, toBeijingDate } from '@zwgk/calendar';
import type { Instant } from '@zwgk/core';
import { and, assign, not, or, stateIn } from 'xstate';
import {
  COORDINATION_KEY,
  type CoordinationOutcome,
  coordinationOutcomeSchema,
  REVIEW_KEY,
  type ReviewOutcome,
  reviewOutcomeSchema,
} from './children.js';
import type { FeeItem } from './events.js';
import type { Application, Difficulty, InformationForm } from './input.js';
import { kit } from './kit.js';
import { REGULATION_2019_IN_FORCE, type RestartOnCorrection } from './parameters.js';

const {
  cancelDeadline,
  completeDeadline,
  extendDeadline,
  openChild,
  pauseDeadline,
  recordOverdue,
  restartDeadline,
  resumeDeadline,
  sendNotice,
  startDeadline,
  deadlineDue,
} = kit;

/** How a case ended: the final state's name. */
export type Outcome =
  | 'answeredOnTheSpot'
  | 'disclosed'
  | 'partlyDisclosed'
  | 'refused'
  | 'referred'
  | 'nonexistent'
  | 'abandoned'
  | 'recordCorrected'
  | 'recordForwarded'
  | 'correctionDeclined';

/** A third party consulted because the information concerns its trade secrets or privacy (第十条), and its answer. */
export interface ThirdPartyConsultation {
  readonly party: string;
  readonly information: string;
  /** null while the third party has not replied. */
  readonly consents: boolean | null;
  /** The office head decided to disclose in the public interest despite an objection (第十条). */
  readonly overridden: boolean;
}

/** What a case of this module remembers between events (the machine's context). */
export interface DisclosureRequestContext {
  readonly caseId: string;
  readonly receivedAt: Instant;
  readonly application: Application;
  /** Whether a correction restarts the reply period, resolved from the parameter and the receipt date. */
  readonly restartOnCorrection: boolean;
  /** The form the applicant asked for (第六条); null for a record correction. */
  readonly requestedForm: InformationForm | null;
  readonly review: ReviewOutcome | null;
  readonly coordination: CoordinationOutcome | null;
  readonly thirdParty: ThirdPartyConsultation | null;
  readonly corrections: readonly string[];
  readonly fees: readonly { readonly item: FeeItem; readonly amountFen: number }[];
  readonly assistance: readonly { readonly difficulty: Difficulty; readonly help: string }[];
  readonly outcome: Outcome | null;
}

/** What a finished case hands to a parent case or to the OA system. */
export interface DisclosureRequestOutput {
  readonly outcome: Outcome | null;
  readonly review: ReviewOutcome['decision'] | null;
  readonly feesFen: number;
}

const ID = 'disclosure-request';
const at = (path: string) => stateIn(`#${ID}.${path}`);

/** The parameter resolved for one application: 'byReceiptDate' restarts only from 2019-05-15 (条例2019第三十条). */
function resolveRestartOnCorrection(value: RestartOnCorrection, receivedAt: Instant): boolean {
  return value === 'byReceiptDate' ? toBeijingDate(receivedAt) >= REGULATION_2019_IN_FORCE : value;
}

const outcome = (value: Outcome) => ({ type: 'setOutcome', params: { outcome: value } }) as const;

/**
 * The workflow of 《西吉县政府信息依申请公开制度》. Opening a case registers the application
 * (第七条); a disclosure request is then handled in four parallel regions: the answer itself
 * (`main`), the confidentiality review (`review`), the consultation of other agencies
 * (`agencies`) and of a third party (`thirdParty`). An answer is given only when nothing is
 * pending; disclosing needs a passed review and no objection standing.
 */
export const disclosureRequestMachine = kit
  .setup({
    types: { context: {} as DisclosureRequestContext },
    guards: {
      isRecordCorrection: ({ context }) => context.application.request.kind === 'recordCorrection',
      onReceiptDay: ({ context, event }) => 'at' in event && toBeijingDate(event.at) === toBeijingDate(context.receivedAt),
      restartsOnCorrection: ({ context }) => context.restartOnCorrection,
      /**
       * 条例2019第三十条: only an applicant who 逾期不补正 is deemed to have abandoned the application —
       * the correction period (to 24:00 of its last day) must have passed.
       */
      correctionPeriodPassed: ({ event }) =>
        event.type === 'application.abandoned' && instantToMs(event.at) >= instantToMs(endOfBeijingDay(event.payload.correctionDueDate)),
      reviewDone: ({ event }) =>
        event.type === 'child.done' && event.payload.key === REVIEW_KEY && reviewOutcomeSchema.safeParse(event.payload.output).success,
      coordinationDone: ({ event }) =>
        event.type === 'child.done' &&
        event.payload.key === COORDINATION_KEY &&
        coordinationOutcomeSchema.safeParse(event.payload.output).success,
      reviewAllowsFullDisclosure: ({ context }) => context.review?.decision === 'disclosable',
      reviewAllowsPartialDisclosure: ({ context }) => context.review !== null && context.review.decision !== 'notDisclosable',
      agenciesAllowRelease: ({ context }) => context.coordination === null || context.coordination.release,
      thirdPartyAllows: ({ context }) =>
        context.thirdParty === null || context.thirdParty.consents === true || context.thirdParty.overridden,
      thirdPartyObjects: ({ event }) => event.type === 'thirdParty.replied' && !event.payload.consents,
      /** No review or consultation is still open: the answer may be given (第八条, 第十条). */
      nothingPending: not(or([at('handling.review.pending'), at('handling.agencies.pending'), at('handling.thirdParty.consulting')])),
      /** Nothing was started yet: no review, no consultation (an on-the-spot answer discloses nothing new). */
      nothingStarted: and([at('handling.review.none'), at('handling.agencies.none'), at('handling.thirdParty.none')]),
      examining: at('handling.main.examining'),
    },
    actions: {
      setOutcome: assign((_, params: { outcome: Outcome }) => ({ outcome: params.outcome })),
    },
  })
  .createMachine({
    id: ID,
    initial: 'registered',
    context: ({ input }) => ({
      caseId: input.caseId,
      receivedAt: input.openedAt,
      application: input.data,
      restartOnCorrection: resolveRestartOnCorrection(input.parameters.restartOnCorrection, input.openedAt),
      requestedForm: input.data.request.kind === 'disclosure' ? input.data.request.form : null,
      review: null,
      coordination: null,
      thirdParty: null,
      corrections: [],
      fees: [],
      assistance: [],
      outcome: null,
    }),
    on: {
      'assistance.given': {
        actions: [
          assign({
            assistance: ({ context, event }) => [...context.assistance, { difficulty: event.payload.difficulty, help: event.payload.help }],
          }),
          sendNotice('assistanceRecord', ({ event }) => ({ difficulty: event.payload.difficulty, help: event.payload.help })),
        ],
        meta: { clause: '第十四条' },
      },
    },
    states: {
      // Opening the case is the registration: the input schema admits only an application with
      // valid identity papers (第七条), made in writing, electronically or orally with the office's
      // record (第五条), with the applicant's name, contact, description and form (第六条).
      registered: {
        always: [
          { guard: 'isRecordCorrection', target: 'correcting', meta: { clause: ['第七条', '第五条', '第十一条'] } },
          { target: 'handling', meta: { clause: ['第七条', '第二条', '第五条', '第六条'] } },
        ],
      },

      correcting: {
        on: {
          'record.corrected': {
            target: 'recordCorrected',
            actions: [outcome('recordCorrected'), sendNotice('recordCorrected', ({ event }) => ({ correction: event.payload.correction }))],
            meta: { clause: '第十一条' },
          },
          'record.forwarded': {
            target: 'recordForwarded',
            actions: [
              outcome('recordForwarded'),
              sendNotice('recordForwarded', ({ event }) => ({
                authority: event.payload.authority,
                authorityContact: event.payload.authorityContact,
              })),
            ],
            meta: { clause: '第十一条' },
          },
          'record.correctionDeclined': {
            target: 'correctionDeclined',
            actions: [outcome('correctionDeclined'), sendNotice('correctionDeclined', ({ event }) => ({ reasons: event.payload.reasons }))],
            meta: { clause: ['第十一条', '第三条'] },
          },
        },
      },

      handling: {
        type: 'parallel',
        entry: startDeadline('reply'),
        on: {
          'deadline.due': {
            guard: deadlineDue('reply'),
            actions: recordOverdue('replyOverdue'),
            meta: { clause: ['第八条', '责任追究制度第五条(四)'] },
          },
          'reply.extended': {
            actions: [
              extendDeadline('reply', ({ event }) => event.payload.days ?? 15),
              sendNotice('extension', ({ event }) => ({ reason: event.payload.reason, days: event.payload.days ?? 15 })),
            ],
            meta: { clause: '第八条' },
          },
          'fee.charged': {
            actions: [
              assign({ fees: ({ context, event }) => [...context.fees, ...event.payload.items] }),
              sendNotice('feeStatement', ({ event }) => ({
                items: event.payload.items,
                totalFen: event.payload.items.reduce((sum: number, i: { amountFen: number }) => sum + i.amountFen, 0),
              })),
            ],
            meta: { clause: '第十三条' },
          },
        },
        states: {
          main: {
            initial: 'examining',
            states: {
              examining: {
                on: {
                  'reply.onTheSpot': {
                    target: '#disclosure-request.answeredOnTheSpot',
                    guard: and(['onReceiptDay', 'nothingStarted']),
                    actions: [
                      outcome('answeredOnTheSpot'),
                      completeDeadline('reply'),
                      sendNotice('onTheSpotReply', ({ event }) => ({ ...event.payload })),
                    ],
                    meta: { clause: ['第八条', '第九条'] },
                  },
                  'reply.disclosed': {
                    target: '#disclosure-request.disclosed',
                    guard: and(['nothingPending', 'reviewAllowsFullDisclosure', 'agenciesAllowRelease', 'thirdPartyAllows']),
                    actions: [
                      outcome('disclosed'),
                      completeDeadline('reply'),
                      sendNotice('disclosure', ({ context, event }) => ({ ...event.payload, requestedForm: context.requestedForm })),
                    ],
                    meta: { clause: ['第九条', '第三条', '第十二条', '保密审查制度第二条'] },
                  },
                  'reply.partlyDisclosed': {
                    target: '#disclosure-request.partlyDisclosed',
                    guard: and(['nothingPending', 'reviewAllowsPartialDisclosure', 'agenciesAllowRelease']),
                    actions: [
                      outcome('partlyDisclosed'),
                      completeDeadline('reply'),
                      sendNotice('partialDisclosure', ({ context, event }) => ({ ...event.payload, requestedForm: context.requestedForm })),
                    ],
                    meta: { clause: ['第九条', '第三条', '第十二条', '保密审查制度第二条'] },
                  },
                  'reply.refused': {
                    target: '#disclosure-request.refused',
                    guard: 'nothingPending',
                    actions: [
                      outcome('refused'),
                      completeDeadline('reply'),
                      sendNotice('refusal', ({ event }) => ({ reasons: event.payload.reasons })),
                    ],
                    meta: { clause: ['第九条', '第三条'] },
                  },
                  'reply.notHeldHere': {
                    target: '#disclosure-request.referred',
                    guard: 'nothingPending',
                    actions: [
                      outcome('referred'),
                      completeDeadline('reply'),
                      sendNotice('referral', ({ event }) => ({ holder: event.payload.holder, holderContact: event.payload.holderContact })),
                    ],
                    meta: { clause: ['第九条', '第三条'] },
                  },
                  'reply.nonexistent': {
                    target: '#disclosure-request.nonexistent',
                    guard: 'nothingPending',
                    actions: [
                      outcome('nonexistent'),
                      completeDeadline('reply'),
                      sendNotice('nonexistence', ({ event }) => ({ explanation: event.payload.explanation })),
                    ],
                    meta: { clause: ['第九条', '第三条'] },
                  },
                  'reply.unclear': {
                    target: 'awaitingCorrection',
                    guard: 'nothingPending',
                    actions: [
                      pauseDeadline('reply', '等待申请人补正'),
                      sendNotice('correctionRequest', ({ event }) => ({ toCorrect: event.payload.toCorrect })),
                    ],
                    meta: { clause: ['第九条', '条例2019第三十条'] },
                  },
                },
              },
              awaitingCorrection: {
                on: {
                  'application.corrected': [
                    {
                      target: 'examining',
                      guard: 'restartsOnCorrection',
                      actions: [
                        assign({ corrections: ({ context, event }) => [...context.corrections, event.payload.description] }),
                        restartDeadline('reply'),
                      ],
                      meta: { clause: ['条例2019第三十条', '第九条'] },
                    },
                    {
                      target: 'examining',
                      actions: [
                        assign({ corrections: ({ context, event }) => [...context.corrections, event.payload.description] }),
                        resumeDeadline('reply'),
                      ],
                      meta: { clause: '第九条' },
                    },
                  ],
                  'application.abandoned': {
                    target: '#disclosure-request.abandoned',
                    guard: 'correctionPeriodPassed',
                    actions: [outcome('abandoned'), cancelDeadline('reply', '逾期不补正，视为放弃申请')],
                    meta: { clause: '条例2019第三十条' },
                  },
                },
              },
            },
          },

          review: {
            initial: 'none',
            states: {
              none: {
                on: {
                  'review.requested': {
                    target: 'pending',
                    actions: openChild('confidentiality-review', REVIEW_KEY, ({ event }) => ({
                      subject: event.payload.subject,
                      originatingDepartment: event.payload.originatingDepartment,
                      ...(event.payload.jointlyIssuedWith ? { jointlyIssuedWith: event.payload.jointlyIssuedWith } : {}),
                    })),
                    meta: { clause: ['保密审查制度第二条', '第九条'] },
                  },
                },
              },
              pending: {
                on: {
                  'child.done': {
                    target: 'done',
                    guard: 'reviewDone',
                    actions: assign({ review: ({ event }) => reviewOutcomeSchema.parse(event.payload.output) }),
                    meta: { clause: ['保密审查制度第二条', '第九条'] },
                  },
                },
              },
              done: {},
            },
          },

          agencies: {
            initial: 'none',
            states: {
              none: {
                on: {
                  'coordination.requested': {
                    target: 'pending',
                    actions: openChild('release-coordination', COORDINATION_KEY, ({ context, event }) => ({
                      mode: 'application',
                      subject: event.payload.subject,
                      agencies: event.payload.agencies,
                      // The letter is due 5 working days from receipt of the application, not of this event.
                      applicationReceivedAt: context.receivedAt,
                    })),
                    meta: { clause: '发布协调制度第八条' },
                  },
                },
              },
              pending: {
                on: {
                  'child.done': {
                    target: 'done',
                    guard: 'coordinationDone',
                    actions: assign({ coordination: ({ event }) => coordinationOutcomeSchema.parse(event.payload.output) }),
                    meta: { clause: '发布协调制度第八条' },
                  },
                },
              },
              done: {},
            },
          },

          thirdParty: {
            initial: 'none',
            states: {
              none: {
                on: {
                  'thirdParty.consulted': {
                    target: 'consulting',
                    guard: 'examining',
                    actions: [
                      assign({
                        thirdParty: ({ event }) => ({
                          party: event.payload.party,
                          information: event.payload.information,
                          consents: null,
                          overridden: false,
                        }),
                      }),
                      pauseDeadline('reply', '征求第三方意见'),
                      sendNotice('thirdPartyConsultation', ({ event }) => ({ ...event.payload })),
                    ],
                    meta: { clause: ['第十条', '条例2007第二十四条'] },
                  },
                },
              },
              consulting: {
                on: {
                  'thirdParty.replied': [
                    {
                      target: 'objected',
                      guard: 'thirdPartyObjects',
                      actions: [
                        assign({ thirdParty: ({ context }) => ({ ...context.thirdParty!, consents: false }) }),
                        resumeDeadline('reply'),
                      ],
                      meta: { clause: ['第十条', '条例2007第二十四条'] },
                    },
                    {
                      target: 'consented',
                      actions: [
                        assign({ thirdParty: ({ context }) => ({ ...context.thirdParty!, consents: true }) }),
                        resumeDeadline('reply'),
                      ],
                      meta: { clause: ['第十条', '条例2007第二十四条'] },
                    },
                  ],
                },
              },
              consented: {},
              objected: {
                on: {
                  'publicInterest.overrode': {
                    target: 'overridden',
                    actions: [
                      assign({ thirdParty: ({ context }) => ({ ...context.thirdParty!, overridden: true }) }),
                      sendNotice('thirdPartyOverride', ({ context, event }) => ({
                        party: context.thirdParty?.party,
                        content: event.payload.content,
                        reasons: event.payload.reasons,
                      })),
                    ],
                    meta: { clause: '第十条' },
                  },
                },
              },
              overridden: {},
            },
          },
        },
      },

      answeredOnTheSpot: { type: 'final' },
      disclosed: { type: 'final' },
      partlyDisclosed: { type: 'final' },
      refused: { type: 'final' },
      referred: { type: 'final' },
      nonexistent: { type: 'final' },
      abandoned: { type: 'final' },
      recordCorrected: { type: 'final' },
      recordForwarded: { type: 'final' },
      correctionDeclined: { type: 'final' },
    },
    output: ({ context }) => ({
      outcome: context.outcome,
      review: context.review?.decision ?? null,
      feesFen: context.fees.reduce((sum, f) => sum + f.amountFen, 0),
    }),
  });
