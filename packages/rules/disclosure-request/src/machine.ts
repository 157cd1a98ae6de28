import { endOfBeijingDay, instantToMs, toBeijingDate } from '@zwgk/calendar';
import {
  completeDeadline as completeNamedDeadline,
  type EffectAction,
  type Instant,
  partyDeadline,
  sendNotice as sendNoticeStating,
  startDeadline as startNamedDeadline,
} from '@zwgk/core';
import { and, assign, enqueueActions, not, or, stateIn } from 'xstate';
import {
  COORDINATION_KEY,
  type CoordinationOutcome,
  coordinationOutcomeSchema,
  REVIEW_KEY,
  type ReviewOutcome,
  reviewOutcomeSchema,
} from './children.js';
import type { FeeItem } from './events.js';
import { identityProblem } from './identity/problem.js';
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

/**
 * Where a consulted third party stands: `pending` within its period, `consented` / `objected` when
 * it answered, `silent` when its period passed without an answer (silence is not consent: the
 * information stays protected unless the office decides to disclose it in the public interest).
 */
export type ThirdPartyAnswer = 'pending' | 'consented' | 'objected' | 'silent';

/** A third party consulted because the information concerns its trade secrets or privacy (第十条), and its answer. */
export interface ThirdPartyConsultation {
  readonly party: string;
  readonly information: string;
  readonly interest: 'tradeSecret' | 'privacy';
  readonly answer: ThirdPartyAnswer;
  /** What it said, if it answered (also an answer that came after its period). */
  readonly opinion: string | null;
  /** The office head decided to disclose in the public interest despite an objection or silence (第十条). */
  readonly overridden: boolean;
}

/** What a case of this module remembers between events (the machine's context). */
export interface DisclosureRequestContext {
  readonly caseId: string;
  readonly receivedAt: Instant;
  readonly application: Application;
  /** What is wrong with the identity papers (第七条), in words; null when they are valid. The case is registered all the same. */
  readonly identityProblem: string | null;
  /** Whether 条例2019第三十条 governs a correction (fresh period, deemed abandonment), resolved from the parameter and the receipt date. */
  readonly restartOnCorrection: boolean;
  readonly correctionWorkingDays: number;
  readonly thirdPartyWorkingDays: number;
  /** The form the applicant asked for (第六条); null for a record correction. */
  readonly requestedForm: InformationForm | null;
  readonly review: ReviewOutcome | null;
  readonly coordination: CoordinationOutcome | null;
  /** Every third party consulted, by name, each on its own period (第十条). */
  readonly thirdParties: Readonly<Record<string, ThirdPartyConsultation>>;
  readonly corrections: readonly string[];
  readonly fees: readonly { readonly item: FeeItem; readonly amountFen: number }[];
  readonly assistance: readonly { readonly difficulty: Difficulty; readonly help: string }[];
  readonly outcome: Outcome | null;
}

/** What a finished case hands to a parent case or to the OA system. */
export interface DisclosureRequestOutput {
  readonly outcome: Outcome | null;
  readonly review: ReviewOutcome['decision'] | null;
  /** The fees charged while the case was open (fees recorded after the answer are in the case's notices). */
  readonly feesFen: number;
}

const ID = 'disclosure-request';
const THIRD_PARTY = 'thirdParty';
const at = (path: string) => stateIn(`#${ID}.${path}`);

/** The parameter resolved for one application: 'byReceiptDate' applies 条例2019第三十条 only from 2019-05-15. */
function resolveRestartOnCorrection(value: RestartOnCorrection, receivedAt: Instant): boolean {
  return value === 'byReceiptDate' ? toBeijingDate(receivedAt) >= REGULATION_2019_IN_FORCE : value;
}

const outcome = (value: Outcome) => ({ type: 'setOutcome', params: { outcome: value } }) as const;

/** Notice data that are the event's own payload: the notice states what the answer or decision gives. */
const payloadOf = ({ event }: { event: { payload?: unknown } }) => event.payload as Record<string, unknown>;

/**
 * An answer of 第九条 that ends the case once nothing is pending (refused, referred, nonexistent):
 * the reply period is met and its notice states what the answer gives.
 */
const closingAnswer = (state: 'refused' | 'referred' | 'nonexistent', notice: 'refusal' | 'referral' | 'nonexistence') =>
  ({
    target: `#${ID}.${state}`,
    guard: 'noChildPending',
    actions: [outcome(state), completeDeadline('reply'), sendNotice(notice, payloadOf)],
    meta: { clause: ['第九条', '第三条'] },
  }) as const;

// biome-ignore lint/suspicious/noExplicitAny: the machine's events, read by type below
type AnyEvent = { type: string; payload?: any };

/** The third party an event names: its payload's party, or the key of its deadline (`thirdParty:<party>`). */
function partyOf(event: AnyEvent): string | undefined {
  if (event.type === 'deadline.due') {
    const name = String(event.payload?.name ?? '');
    return name.startsWith(`${THIRD_PARTY}:`) ? name.slice(THIRD_PARTY.length + 1) : undefined;
  }
  return typeof event.payload?.party === 'string' ? event.payload.party : undefined;
}

const partyAnswer = (context: DisclosureRequestContext, event: AnyEvent): ThirdPartyAnswer | undefined => {
  const party = partyOf(event);
  return party === undefined ? undefined : context.thirdParties[party]?.answer;
};

/** Whether no other consulted third party is still within its period. */
const othersAnswered = (context: DisclosureRequestContext, event: AnyEvent) =>
  Object.values(context.thirdParties).every((p) => p.party === partyOf(event) || p.answer !== 'pending');

const setParty = (change: (p: ThirdPartyConsultation, event: AnyEvent) => Partial<ThirdPartyConsultation>) =>
  assign({
    thirdParties: ({ context, event }: { context: DisclosureRequestContext; event: AnyEvent }) => {
      const party = partyOf(event)!;
      const current = context.thirdParties[party]!;
      return { ...context.thirdParties, [party]: { ...current, ...change(current, event) } };
    },
  }) as unknown as EffectAction;

const addParty = assign({
  thirdParties: ({ context, event }: { context: DisclosureRequestContext; event: AnyEvent }) => ({
    ...context.thirdParties,
    [event.payload.party]: {
      party: event.payload.party,
      information: event.payload.information,
      interest: event.payload.interest,
      answer: 'pending',
      opinion: null,
      overridden: false,
    } satisfies ThirdPartyConsultation,
  }),
}) as unknown as EffectAction;

const partyDeadlineOf = ({ event }: { event: AnyEvent }) => partyDeadline(THIRD_PARTY, partyOf(event)!);

/** Consulting one more third party: its own period starts, and the letter states its due date (第十条). */
const consultParty = [
  addParty,
  startNamedDeadline(partyDeadlineOf, { length: ({ context }) => context.thirdPartyWorkingDays }),
  sendNoticeStating(
    'thirdPartyConsultation',
    ({ event }) => ({ party: event.payload.party, information: event.payload.information, interest: event.payload.interest }),
    { deadline: partyDeadlineOf },
  ),
];

/**
 * A third party consulted while none is pending (the first, or after every earlier one answered):
 * the reply clock stops (条例2007第二十四条: the time is not counted).
 */
const consultFirstParty = {
  target: 'consulting',
  guard: and(['examining', 'partyNotConsulted']),
  actions: [...consultParty, pauseDeadline('reply', '征求第三方意见')],
  meta: { clause: ['第十条', '条例2007第二十四条', '条例2019第三十二条'] },
} as const;

/** The notice asking for valid papers (第七条), naming what is wrong with those given. */
const askForPapers = sendNotice('identityPapersRequest', ({ context }) => ({ problem: context.identityProblem }));

/**
 * The workflow of 《西吉县政府信息依申请公开制度》. Opening a case registers the application
 * (第七条), noting papers that fail their check; a disclosure request is then handled in four
 * parallel regions: the answer itself (`main`), the confidentiality review (`review`), the
 * consultation of other agencies (`agencies`) and of third parties (`thirdParty`). An answer is
 * given only when nothing is pending; disclosing needs a passed review and no objection standing.
 */
export const disclosureRequestMachine = kit
  .setup({
    types: { context: {} as DisclosureRequestContext },
    guards: {
      isRecordCorrection: ({ context }) => context.application.request.kind === 'recordCorrection',
      identityProblem: ({ context }) => context.identityProblem !== null,
      onReceiptDay: ({ context, event }) => 'at' in event && toBeijingDate(event.at) === toBeijingDate(context.receivedAt),
      restartsOnCorrection: ({ context }) => context.restartOnCorrection,
      reviewDone: ({ event }) =>
        event.type === 'child.done' && event.payload.key === REVIEW_KEY && reviewOutcomeSchema.safeParse(event.payload.output).success,
      coordinationDone: ({ event }) =>
        event.type === 'child.done' &&
        event.payload.key === COORDINATION_KEY &&
        coordinationOutcomeSchema.safeParse(event.payload.output).success,
      reviewAllowsFullDisclosure: ({ context }) => context.review?.decision === 'disclosable',
      reviewAllowsPartialDisclosure: ({ context }) => context.review !== null && context.review.decision !== 'notDisclosable',
      agenciesAllowRelease: ({ context }) => context.coordination === null || context.coordination.release,
      /** 第十条: every third party consented, or the office decided to disclose over its objection or silence. */
      thirdPartiesAllow: ({ context }) => Object.values(context.thirdParties).every((p) => p.answer === 'consented' || p.overridden),
      partyNotConsulted: ({ context, event }) => partyOf(event) !== undefined && context.thirdParties[partyOf(event)!] === undefined,
      partyPending: ({ context, event }) => partyAnswer(context, event) === 'pending',
      partySilent: ({ context, event }) => partyAnswer(context, event) === 'silent',
      othersAnswered: ({ context, event }) => othersAnswered(context, event),
      partyObjects: ({ event }) => event.type === 'thirdParty.replied' && !event.payload.consents,
      /** 第十条: the office may disclose over an objection, or over a silence that is not consent. */
      partyWithholds: ({ context, event }) => {
        const party = context.thirdParties[partyOf(event) ?? ''];
        return party !== undefined && !party.overridden && (party.answer === 'objected' || party.answer === 'silent');
      },
      /** No review and no consultation of other agencies is open: an answer that discloses nothing may be given (a third party's consent matters only to disclosure, 第十条). */
      noChildPending: not(or([at('handling.review.pending'), at('handling.agencies.pending')])),
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
      identityProblem: identityProblem(input.data.applicant),
      restartOnCorrection: resolveRestartOnCorrection(input.parameters.restartOnCorrection, input.openedAt),
      correctionWorkingDays: input.parameters.correctionWorkingDays,
      thirdPartyWorkingDays: input.parameters.thirdPartyWorkingDays,
      requestedForm: input.data.request.kind === 'disclosure' ? input.data.request.form : null,
      review: null,
      coordination: null,
      thirdParties: {},
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
      // Papers supplied after registration are recorded; papers that still fail their check are asked for again.
      'papers.supplied': {
        actions: [
          assign(({ context, event }) => {
            const { identity, creditCode, certificate } = event.payload;
            const applicant =
              context.application.applicant.kind === 'citizen'
                ? { ...context.application.applicant, ...(identity ? { identity } : {}) }
                : {
                    ...context.application.applicant,
                    ...(creditCode ? { creditCode } : {}),
                    ...(certificate ? { certificate } : {}),
                  };
            return { application: { ...context.application, applicant }, identityProblem: identityProblem(applicant) };
          }),
          enqueueActions(({ context, enqueue }) => {
            if (context.identityProblem !== null) enqueue(askForPapers);
          }),
        ],
        meta: { clause: '第七条' },
      },
    },
    states: {
      // Opening the case is the registration (第七条), made in writing, electronically or orally with
      // the office's record (第五条), with the applicant's name, contact, description and form (第六条).
      // Papers that fail their check are noted and asked for; the application is registered and the
      // reply period runs all the same (第七条 says what is registered at once, not that others are refused).
      registered: {
        always: [
          {
            guard: and(['isRecordCorrection', 'identityProblem']),
            target: 'correcting',
            actions: askForPapers,
            meta: { clause: ['第七条', '第五条', '第十一条'] },
          },
          { guard: 'isRecordCorrection', target: 'correcting', meta: { clause: ['第七条', '第五条', '第十一条'] } },
          {
            guard: 'identityProblem',
            target: 'handling',
            actions: askForPapers,
            meta: { clause: ['第七条', '第二条', '第五条', '第六条'] },
          },
          { target: 'handling', meta: { clause: ['第七条', '第二条', '第五条', '第六条'] } },
        ],
      },

      correcting: {
        on: {
          'record.corrected': {
            target: 'recordCorrected',
            actions: [outcome('recordCorrected'), sendNotice('recordCorrected', payloadOf)],
            meta: { clause: '第十一条' },
          },
          'record.forwarded': {
            target: 'recordForwarded',
            actions: [outcome('recordForwarded'), sendNotice('recordForwarded', payloadOf)],
            meta: { clause: '第十一条' },
          },
          'record.correctionDeclined': {
            target: 'correctionDeclined',
            actions: [outcome('correctionDeclined'), sendNotice('correctionDeclined', payloadOf)],
            meta: { clause: ['第十一条', '第三条'] },
          },
        },
      },

      handling: {
        type: 'parallel',
        entry: startDeadline('reply'),
        on: {
          // A late reply is 其他违反政府信息公开有关规定 (责任追究制度第五条(五)): 第五条(四) speaks of
          // 不及时受理 (accepting an application), which 第二条 keeps apart from 办理 and 答复.
          'deadline.due': {
            guard: deadlineDue('reply'),
            actions: recordOverdue('replyOverdue'),
            meta: { clause: ['第八条', '责任追究制度第五条(五)'] },
          },
          // Any time before the reply falls due, also while its clock is stopped (the engine refuses a
          // second extension and one after the due instant); the notice states the new due date.
          'reply.extended': {
            actions: [
              extendDeadline('reply', ({ event }) => event.payload.days ?? 15),
              sendNotice('extension', ({ event }) => ({ reason: event.payload.reason, days: event.payload.days ?? 15 }), {
                deadline: 'reply',
              }),
            ],
            meta: { clause: '第八条' },
          },
          'fee.charged': {
            actions: [
              assign({ fees: ({ context, event }) => [...context.fees, ...event.payload.items] }),
              sendNotice('feeStatement', ({ event }) => feeStatement(event.payload.items)),
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
                    guard: and(['nothingPending', 'reviewAllowsFullDisclosure', 'agenciesAllowRelease', 'thirdPartiesAllow']),
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
                  'reply.refused': closingAnswer('refused', 'refusal'),
                  'reply.notHeldHere': closingAnswer('referred', 'referral'),
                  'reply.nonexistent': closingAnswer('nonexistent', 'nonexistence'),
                  // The notice states what to correct and the 补正期限 (条例2019第三十条), a deadline of the case.
                  'reply.unclear': {
                    target: 'awaitingCorrection',
                    guard: 'nothingPending',
                    actions: [
                      pauseDeadline('reply', '等待申请人补正'),
                      startDeadline('correction', {
                        length: ({ context, event }) => event.payload.workingDays ?? context.correctionWorkingDays,
                      }),
                      sendNotice('correctionRequest', ({ event }) => ({ toCorrect: event.payload.toCorrect }), { deadline: 'correction' }),
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
                      actions: [addCorrection(), completeDeadline('correction'), restartDeadline('reply')],
                      meta: { clause: ['条例2019第三十条', '第九条'] },
                    },
                    {
                      target: 'examining',
                      actions: [addCorrection(), completeDeadline('correction'), resumeDeadline('reply')],
                      meta: { clause: '第九条' },
                    },
                  ],
                  'deadline.due': [
                    // 逾期不补正的，视为放弃申请: follows from the date the notice stated.
                    {
                      target: '#disclosure-request.abandoned',
                      guard: and([deadlineDue('correction'), 'restartsOnCorrection']),
                      actions: [outcome('abandoned'), completeDeadline('correction'), cancelDeadline('reply', '逾期不补正，视为放弃申请')],
                      meta: { clause: '条例2019第三十条' },
                    },
                    // Before 2019-05-15 nothing is deemed: the clock runs on and the office answers the application as it stands.
                    {
                      target: 'examining',
                      guard: deadlineDue('correction'),
                      actions: [completeDeadline('correction'), resumeDeadline('reply')],
                      meta: { clause: ['第九条', '第八条'] },
                    },
                  ],
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

          // Third parties (第十条), each on its own period (parameter thirdPartyWorkingDays, 条例2019第三十二条):
          // `consulting` while any is within its period (the reply clock stopped, 条例2007第二十四条),
          // `answered` once every one has answered or let its period pass.
          thirdParty: {
            initial: 'none',
            on: {
              // An answer after the period is recorded all the same; the clock is not stopped again.
              'thirdParty.replied': {
                guard: 'partySilent',
                actions: recordReply(),
                meta: { clause: '第十条' },
              },
              'publicInterest.overrode': {
                guard: 'partyWithholds',
                actions: [
                  setParty(() => ({ overridden: true })),
                  sendNotice('thirdPartyOverride', ({ event }) => ({
                    party: event.payload.party,
                    content: event.payload.content,
                    reasons: event.payload.reasons,
                  })),
                ],
                meta: { clause: '第十条' },
              },
            },
            states: {
              none: {
                on: {
                  'thirdParty.consulted': consultFirstParty,
                },
              },
              consulting: {
                on: {
                  'thirdParty.consulted': {
                    guard: and(['examining', 'partyNotConsulted']),
                    actions: consultParty,
                    meta: { clause: ['第十条', '条例2019第三十二条'] },
                  },
                  'thirdParty.replied': [
                    {
                      target: 'answered',
                      guard: and(['partyPending', 'othersAnswered']),
                      actions: [recordReply(), completeNamedDeadline(partyDeadlineOf), resumeDeadline('reply')],
                      meta: { clause: ['第十条', '条例2007第二十四条'] },
                    },
                    {
                      guard: 'partyPending',
                      actions: [recordReply(), completeNamedDeadline(partyDeadlineOf)],
                      meta: { clause: '第十条' },
                    },
                  ],
                  // The period passed without an answer: the silence is recorded (not consent) and, when no
                  // other third party is pending, the reply clock runs again.
                  'deadline.due': [
                    {
                      target: 'answered',
                      guard: and(['partyPending', 'othersAnswered']),
                      actions: [setParty(() => ({ answer: 'silent' })), completeNamedDeadline(partyDeadlineOf), resumeDeadline('reply')],
                      meta: { clause: ['第十条', '条例2019第三十二条', '条例2007第二十四条'] },
                    },
                    {
                      guard: 'partyPending',
                      actions: [setParty(() => ({ answer: 'silent' })), completeNamedDeadline(partyDeadlineOf)],
                      meta: { clause: ['第十条', '条例2019第三十二条'] },
                    },
                  ],
                },
              },
              answered: {
                on: {
                  'thirdParty.consulted': consultFirstParty,
                },
              },
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

/** The fee statement of 第十三条: the items charged and their total, in fen. */
export function feeStatement(items: readonly { readonly item: FeeItem; readonly amountFen: number }[]) {
  return { items, totalFen: items.reduce((sum, i) => sum + i.amountFen, 0) };
}

function addCorrection() {
  return assign({
    corrections: ({ context, event }: { context: DisclosureRequestContext; event: AnyEvent }) => [
      ...context.corrections,
      event.payload.description,
    ],
  }) as unknown as EffectAction;
}
function recordReply() {
  return setParty((_, event) => ({ answer: event.payload.consents ? 'consented' : 'objected', opinion: event.payload.opinion ?? null }));
}
