import type { Instant, KitTypes } from '@zwgk/core';
import { and, assign, emit, enqueueActions } from 'xstate';
import { MODES, type Mode, replyDeadlineName } from './agencies.js';
import type { ConsultationLetter } from './events.js';
import { kit } from './kit.js';

export type { Mode } from './agencies.js';
export { MAX_CONSULTED_AGENCIES, MODES, replyDeadlineName } from './agencies.js';

/** How the coordination was settled: every agency consented, consent was deemed (no reply in time), or a higher authority decided. */
export type SettledBy = 'consent' | 'deemedConsent' | 'higherAuthority' | 'withdrawn';

/** Where one consulted agency stands. */
export type AgencyStatus = 'awaitingReceipt' | 'received' | 'agreed' | 'disagreed' | 'deemedConsent';

/** Where one consulted agency stands, with the reasons of a disagreement. */
export interface AgencyPosition {
  readonly agency: string;
  readonly status: AgencyStatus;
  readonly receivedAt: Instant | null;
  /** The name of this agency's own reply deadline (see `replyDeadlineName`). */
  readonly deadline: string;
  /** The reasons of a disagreement. */
  readonly reasons: string | null;
  /** No receipt was recorded in time: receipt is presumed at `receivedAt` (parameter presumedReceiptWorkingDays). */
  readonly receiptPresumed: boolean;
}

/** The data a case is opened with (another module opens this one as a child with it). */
export interface ReleaseCoordinationInput {
  readonly mode: Mode;
  readonly subject: string;
  readonly agencies: readonly string[];
  /** When the application was received (application mode): the letter's period runs from it (第八条). */
  readonly applicationReceivedAt?: Instant;
  /** 第四条第二款: the information is published only after approval. */
  readonly approval?: { readonly law: string; readonly authority: string };
}

/** What a settled case returns (to a parent module as `child.done`). */
export interface ReleaseCoordinationOutput {
  readonly release: boolean;
  readonly settledBy: SettledBy;
  /** One entry per disagreeing agency: `机关：理由`. */
  readonly disagreements: string[];
  /** 第四条第二款: publication needs approval, and whether it was given before the case closed. */
  readonly approvalRequired?: boolean;
  readonly approved?: boolean;
}

/** What a case of this module remembers between events (the machine's context). */
export interface ReleaseCoordinationContext {
  readonly mode: Mode;
  readonly subject: string;
  readonly agencies: readonly AgencyPosition[];
  readonly letter: ConsultationLetter | null;
  /** Where the letter's 5 working days start: the information formed (第七条) or the application received (第八条). */
  readonly letterPeriodFrom: Instant;
  readonly escalateOnFirstDisagreement: boolean;
  readonly escalatedTo: string | null;
  readonly decision: { readonly authority: string; readonly release: boolean; readonly reasons: string } | null;
  readonly settledBy: SettledBy | null;
  /** The information was published before the matter was settled (第十二条). */
  readonly releasedEarly: boolean;
  readonly presumedReceiptWorkingDays: number;
  /** Whether the `receiptPresumed` deadline is running (from a letter sent until every receipt is recorded or presumed). */
  readonly receiptClockRunning: boolean;
  /** 第四条第二款: the approval publication needs (null: none needed), and when it was given. */
  readonly approval: { readonly law: string; readonly authority: string } | null;
  readonly approvedAt: Instant | null;
}

type Event = KitTypes<typeof kit>['event'];
const { cancelDeadline, completeDeadline, deadlineDue, recordBreach, sendNotice, startDeadline } = kit;
const POSITIONED: readonly AgencyStatus[] = ['agreed', 'disagreed', 'deemedConsent'];

const agencyOf = (event: Event): string | undefined =>
  event.type === 'letter.received' || event.type === 'reply.given' || event.type === 'release.objected' ? event.payload.agency : undefined;
const statusOf = (context: ReleaseCoordinationContext, agency: string | undefined): AgencyStatus | undefined =>
  context.agencies.find((a) => a.agency === agency)?.status;
const update = (context: ReleaseCoordinationContext, agency: string, change: Partial<AgencyPosition>): AgencyPosition[] =>
  context.agencies.map((a) => (a.agency === agency ? { ...a, ...change } : a));
const deadlineOf = (context: ReleaseCoordinationContext, agency: string | undefined): string =>
  context.agencies.find((a) => a.agency === agency)?.deadline ?? '';
/** The agency whose own reply deadline this `deadline.due` is. */
const dueAgency = (context: ReleaseCoordinationContext, event: Event): AgencyPosition | undefined =>
  event.type === 'deadline.due' ? context.agencies.find((a) => a.deadline === event.payload.name) : undefined;
const awaitingReceipt = (context: ReleaseCoordinationContext, event: Event) => statusOf(context, agencyOf(event)) === 'awaitingReceipt';
const allPositioned = (context: ReleaseCoordinationContext) => context.agencies.every((a) => POSITIONED.includes(a.status));
const hasDisagreement = (context: ReleaseCoordinationContext) => context.agencies.some((a) => a.status === 'disagreed');
const disagreementsOf = (context: ReleaseCoordinationContext) =>
  context.agencies.filter((a) => a.status === 'disagreed').map((a) => ({ agency: a.agency, reasons: a.reasons ?? '' }));

const machineSetup = kit.setup({
  types: { context: {} as ReleaseCoordinationContext },
  guards: {
    isProactive: ({ context }) => context.mode === 'proactive',
    /** 第十条: the period that ran out is that of an agency which signed for the letter and has not replied. */
    agencyReplyDue: ({ context, event }) => dueAgency(context, event)?.status === 'received',
    agencyAwaitingReceipt: ({ context, event }) =>
      awaitingReceipt(context, event) ||
      context.agencies.some((a) => a.agency === agencyOf(event) && a.status === 'received' && a.receiptPresumed),
    agencyMayReply: ({ context, event }) => statusOf(context, agencyOf(event)) === 'received',
    allAnsweredWithDisagreement: ({ context }) => allPositioned(context) && hasDisagreement(context),
    allConsentedSomeDeemed: ({ context }) =>
      allPositioned(context) && !hasDisagreement(context) && context.agencies.some((a) => a.status === 'deemedConsent'),
    allConsented: ({ context }) => allPositioned(context) && !hasDisagreement(context),
    mayEscalateEarly: ({ context }) => context.escalateOnFirstDisagreement && hasDisagreement(context),
    // 第十二条第二款: 其他行政机关 — any other organ, consulted or not, may object to a release made too early.
    objectionAllowed: ({ context }) => context.releasedEarly,
    approvalPending: ({ context }) => context.approval !== null && context.approvedAt === null,
    anyAwaitingReceipt: ({ context }) => context.agencies.some((a) => a.status === 'awaitingReceipt'),
  },
  actions: {
    recordReceipt: assign(({ context, event }) =>
      event.type === 'letter.received'
        ? { agencies: update(context, event.payload.agency, { status: 'received', receivedAt: event.at, receiptPresumed: false }) }
        : {},
    ),
    /** Every agency has signed: the presumption of receipt is no longer needed. */
    completeReceiptWhenAllSigned: enqueueActions(({ context, enqueue }) => {
      if (context.receiptClockRunning && !context.agencies.some((a) => a.status === 'awaitingReceipt')) {
        enqueue(completeDeadline('receiptPresumed'));
        enqueue.assign({ receiptClockRunning: false });
      }
    }),
    /**
     * No receipt recorded within the parameter's working days of sending: each agency still unsigned
     * is presumed to have received the letter at the due instant, and its own reply period runs from it
     * (so 第十条's deemed consent can follow; no case waits forever on a receipt).
     */
    presumeReceipt: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'deadline.due') return;
      const at = event.payload.dueAt;
      enqueue.assign({
        agencies: context.agencies.map((a) =>
          a.status === 'awaitingReceipt' ? { ...a, status: 'received' as const, receivedAt: at, receiptPresumed: true } : a,
        ),
      });
      for (const a of context.agencies) {
        if (a.status === 'awaitingReceipt') enqueue.emit({ type: 'zwgk.deadline', op: 'start', name: a.deadline, from: at });
      }
      enqueue(completeDeadline('receiptPresumed'));
      enqueue.assign({ receiptClockRunning: false });
    }),
    /** The releasing agency revises the information: the disagreeing agencies are consulted again on the new letter. */
    reconsultDisagreeing: assign(({ context, event }) =>
      event.type === 'letter.revised'
        ? {
            letter: event.payload,
            agencies: context.agencies.map((a) =>
              a.status === 'disagreed'
                ? { ...a, status: 'awaitingReceipt' as const, receivedAt: null, reasons: null, receiptPresumed: false }
                : a,
            ),
          }
        : {},
    ),
    /** The case ends without a release: the periods still running no longer apply. */
    cancelAllRunning: enqueueActions(({ context, enqueue }) => {
      for (const a of context.agencies) {
        if (a.status === 'received')
          enqueue.emit({ type: 'zwgk.deadline', op: 'cancel', name: a.deadline, reason: '拟公开机关决定不予发布' });
      }
      if (context.receiptClockRunning) enqueue(cancelDeadline('receiptPresumed', '拟公开机关决定不予发布'));
    }),
    startReceiptClock: assign({ receiptClockRunning: true }),
    recordApproval: assign(({ event }) => (event.type === 'approval.granted' ? { approvedAt: event.at } : {})),
    /**
     * The agency's own reply period runs from its receipt of the letter (第七条, 第八条). A receipt
     * recorded after one was presumed rebuts the presumption: the period runs again from the real receipt.
     */
    startAgencyDeadline: emit(({ context, event }) => ({
      type: 'zwgk.deadline' as const,
      op: 'restart' as const,
      name: deadlineOf(context, agencyOf(event)),
    })),
    completeAgencyDeadline: emit(({ context, event }) => ({
      type: 'zwgk.deadline' as const,
      op: 'complete' as const,
      name: deadlineOf(context, agencyOf(event)),
    })),
    /** 第十条: only the agency whose own period ran out is deemed to consent; its deadline ends deemed. */
    deemSilentConsent: enqueueActions(({ context, event, enqueue }) => {
      const agency = dueAgency(context, event);
      if (!agency) return;
      enqueue.assign({ agencies: update(context, agency.agency, { status: 'deemedConsent' }) });
      enqueue.emit({ type: 'zwgk.deadline', op: 'complete', name: agency.deadline });
    }),
    /** The higher authority's decision ends the matter: the periods still running no longer apply. */
    cancelRunningAgencyDeadlines: enqueueActions(({ context, enqueue }) => {
      for (const a of context.agencies) {
        if (a.status === 'received')
          enqueue.emit({ type: 'zwgk.deadline', op: 'cancel', name: a.deadline, reason: '已报请上一级行政机关协调' });
      }
      if (context.receiptClockRunning) enqueue(cancelDeadline('receiptPresumed', '已报请上一级行政机关协调'));
    }),
    recordReply: assign(({ context, event }) => {
      if (event.type !== 'reply.given') return {};
      const p = event.payload;
      return {
        agencies: update(context, p.agency, p.opinion === 'agree' ? { status: 'agreed' } : { status: 'disagreed', reasons: p.reasons }),
      };
    }),
    recordEscalation: assign(({ event }) => (event.type === 'matter.escalated' ? { escalatedTo: event.payload.authority } : {})),
    recordLetter: assign(({ event }) => (event.type === 'letter.sent' ? { letter: event.payload } : {})),
    recordDecision: assign(({ event }) =>
      event.type === 'authority.decided' ? { decision: event.payload, settledBy: 'higherAuthority' as const } : {},
    ),
    settle: assign((_, params: { by: SettledBy }) => ({ settledBy: params.by })),
  },
});

/** The states of one kind of consultation; the two kinds differ only in their periods and clauses. */
/**
 * The written consultation goes out to the agencies `to` selects (every one; once revised, those
 * still to receive it, 第六条): the letter states what 第九条 requires and the days to reply, and
 * until each receipt is recorded it is presumed after `presumedReceiptWorkingDays`.
 */
const sendLetter = (replyDays: number, to: (agency: AgencyPosition) => boolean) =>
  [
    startDeadline('receiptPresumed', { length: ({ context }) => (context as ReleaseCoordinationContext).presumedReceiptWorkingDays }),
    'startReceiptClock',
    sendNotice('consultationLetter', ({ context, event }) => ({
      ...(event.payload as ConsultationLetter),
      subject: (context as ReleaseCoordinationContext).subject,
      recipients: (context as ReleaseCoordinationContext).agencies.filter(to).map((a) => a.agency),
      replyWithinWorkingDays: replyDays,
    })),
  ] as const;

function consultation(mode: Mode) {
  const m = MODES[mode];
  return {
    initial: 'preparing',
    states: {
      /** The information was formed / the application received: the letter is due within 5 working days. */
      preparing: {
        entry: startDeadline(m.send, { from: ({ context }) => (context as ReleaseCoordinationContext).letterPeriodFrom }),
        on: {
          'letter.sent': {
            target: 'consulting',
            actions: ['recordLetter', completeDeadline(m.send), ...sendLetter(m.replyDays, () => true)],
            meta: { clause: [m.clause, '第九条'] },
          },
          'deadline.due': {
            guard: deadlineDue(m.send),
            actions: kit.recordOverdue(m.late),
            meta: { clause: m.clause },
          },
        },
      },
      /** The letter is out: each consulted agency signs for it and replies within its own period. */
      consulting: {
        on: {
          'letter.received': {
            guard: 'agencyAwaitingReceipt',
            actions: ['recordReceipt', 'startAgencyDeadline', 'completeReceiptWhenAllSigned'],
            meta: { clause: m.clause },
          },
          'reply.given': {
            guard: 'agencyMayReply',
            actions: ['recordReply', 'completeAgencyDeadline'],
            meta: { clause: [m.clause, '第十一条'] },
          },
          'deadline.due': [
            { guard: 'agencyReplyDue', actions: 'deemSilentConsent', meta: { clause: '第十条' } },
            {
              guard: and([deadlineDue('receiptPresumed'), 'anyAwaitingReceipt']),
              actions: 'presumeReceipt',
              meta: { clause: [m.clause, '第十条'] },
            },
          ],
          'matter.escalated': {
            guard: 'mayEscalateEarly',
            target: 'escalated',
            actions: ['recordEscalation', 'cancelRunningAgencyDeadlines', escalationReport()],
            meta: { clause: '第十一条' },
          },
        },
        always: [
          { guard: 'allAnsweredWithDisagreement', target: 'disagreed', meta: { clause: '第十一条' } },
          {
            guard: 'allConsentedSomeDeemed',
            target: '#release-coordination.settled',
            actions: { type: 'settle', params: { by: 'deemedConsent' } } as const,
            meta: { clause: '第十条' },
          },
          {
            guard: 'allConsented',
            target: '#release-coordination.settled',
            actions: { type: 'settle', params: { by: 'consent' } } as const,
            meta: { clause: m.clause },
          },
        ],
      },
      /** Every agency has answered and at least one disagrees: the releasing agency must report it up. */
      disagreed: {
        on: {
          'matter.escalated': { target: 'escalated', actions: ['recordEscalation', escalationReport()], meta: { clause: '第十一条' } },
          // 第六条: the releasing agency may instead revise the information and confirm it again with those who disagreed…
          'letter.revised': {
            target: 'consulting',
            actions: ['reconsultDisagreeing', ...sendLetter(m.replyDays, (a) => a.status === 'awaitingReceipt')],
            meta: { clause: ['第六条', m.clause, '第九条'] },
          },
          // …or not publish at all.
          'release.withdrawn': withdrawal(),
        },
      },
      /** The higher authority coordinates; its decision ends the matter. */
      escalated: {
        on: {
          // The higher authority has no period in the text; the releasing agency may still decide not to publish.
          'release.withdrawn': withdrawal(),
          'authority.decided': {
            target: '#release-coordination.settled',
            actions: 'recordDecision',
            meta: { clause: '第十一条' },
          },
        },
      },
    },
  } as const;
}

function withdrawal() {
  return {
    target: '#release-coordination.withdrawn',
    actions: ['cancelAllRunning', { type: 'settle', params: { by: 'withdrawn' } }],
    meta: { clause: ['第六条', '第十一条'] },
  } as const;
}

function escalationReport() {
  return sendNotice('escalationReport', ({ context }) => {
    const c = context as ReleaseCoordinationContext;
    return { subject: c.subject, authority: c.escalatedTo, disagreements: disagreementsOf(c), letter: c.letter };
  });
}

/**
 * The consultation of 《西吉县政府政务信息发布协调制度》第六条至第十二条: the releasing agency
 * writes to every agency the information touches (第七条/第八条, content per 第九条); each replies
 * within its period or is deemed to consent (第十条); a disagreement goes to the higher authority,
 * whose decision settles it (第十一条); publishing before that is a breach (第十二条).
 */
export const releaseCoordinationMachine = machineSetup.createMachine({
  id: 'release-coordination',
  initial: 'routing',
  context: ({ input }) => ({
    mode: input.data.mode,
    subject: input.data.subject,
    agencies: [...new Set(input.data.agencies)].map((agency, index) => ({
      agency,
      status: 'awaitingReceipt' as const,
      receivedAt: null,
      deadline: replyDeadlineName(input.data.mode, index),
      reasons: null,
      receiptPresumed: false,
    })),
    letter: null,
    // 第八条: 收到申请之日起 — the parent opens this case when it decides to consult, often days later.
    letterPeriodFrom: input.data.mode === 'application' ? (input.data.applicationReceivedAt ?? input.openedAt) : input.openedAt,
    escalateOnFirstDisagreement: input.parameters.escalateOnFirstDisagreement === true,
    escalatedTo: null,
    decision: null,
    settledBy: null,
    releasedEarly: false,
    presumedReceiptWorkingDays: input.parameters.presumedReceiptWorkingDays ?? 3,
    receiptClockRunning: false,
    approval: input.data.approval ?? null,
    approvedAt: null,
  }),
  on: {
    'release.published': {
      actions: [
        assign({ releasedEarly: true }),
        recordBreach('prematureRelease', ({ event, context }) => ({
          channel: (event.payload as { channel: string }).channel,
          unsettled: (context as ReleaseCoordinationContext).agencies
            .filter((a) => a.status !== 'agreed' && a.status !== 'deemedConsent')
            .map((a) => a.agency),
        })),
        enqueueActions(({ context, event, enqueue }) => {
          if (context.approval !== null && context.approvedAt === null && event.type === 'release.published')
            enqueue(recordBreach('publishedWithoutApproval', { channel: event.payload.channel, law: context.approval.law }));
        }),
      ],
      meta: { clause: ['第十二条', '第六条', '第四条'] },
    },
    'approval.granted': { guard: 'approvalPending', actions: 'recordApproval', meta: { clause: '第四条' } },
    'release.objected': {
      guard: 'objectionAllowed',
      actions: sendNotice('objectionReport', ({ context, event }) => ({
        subject: (context as ReleaseCoordinationContext).subject,
        agency: (event.payload as { agency: string }).agency,
        objection: (event.payload as { objection: string }).objection,
      })),
      meta: { clause: '第十二条' },
    },
  },
  states: {
    /** Chooses the kind of consultation from the case input. */
    routing: {
      always: [
        { guard: 'isProactive', target: 'proactive', meta: { clause: '第七条' } },
        { target: 'application', meta: { clause: '第八条' } },
      ],
    },
    proactive: consultation('proactive'),
    application: consultation('application'),
    settled: { type: 'final' },
    /** The releasing agency decided not to publish (from a disagreement, or while the higher authority coordinates). */
    withdrawn: { type: 'final' },
  },
  output: ({ context }) => ({
    release:
      context.settledBy === 'withdrawn' ? false : context.settledBy === 'higherAuthority' ? context.decision?.release === true : true,
    settledBy: context.settledBy ?? 'consent',
    disagreements: disagreementsOf(context).map((d) => `${d.agency}：${d.reasons}`),
    ...(context.approval === null ? {} : { approvalRequired: true, approved: context.approvedAt !== null }),
  }),
});
