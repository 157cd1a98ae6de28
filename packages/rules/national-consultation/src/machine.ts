import type { KitTypes } from '@zwgk/core';
import { and, assign } from 'xstate';
import type { ClauseId } from './clauses.js';
import type { ConsulteeKind, Opinion } from './consultation.js';
import { deadlines } from './deadlines.js';
import type { ConsultationInput } from './input.js';
import { kit } from './kit.js';

const { completeDeadline, deadlineDue, restartDeadline, sendNotice, startDeadline } = kit;

/** What a consultation remembers: the party, when it received the letter, and its opinion once known. */
export interface ConsultationContext {
  readonly input: ConsultationInput;
  readonly agencyOpinionWorkingDays: number;
  readonly presumedReceiptWorkingDays: number;
  /** When the letter went out (the case's opening). */
  readonly sentAt: string;
  /** When the party received the letter: recorded, presumed, or null while unknown. */
  readonly receivedAt: string | null;
  /** Whether `receivedAt` is presumed (no receipt recorded in time) rather than recorded. */
  readonly receiptPresumed: boolean;
  readonly opinion: Opinion | null;
  readonly reasons: string | null;
}

type OpinionDeadline = 'thirdPartyOpinion' | 'coMakerOpinion' | 'agencyOpinion';

type Event = KitTypes<typeof kit>['event'];

/**
 * One row per kind of party: its guard, the deadline it answers by, the clause that gives it, and
 * what its silence means (第三十二条: the agency decides; 第三十四条: deemed consent).
 */
interface KindRow {
  readonly guard: 'isThirdParty' | 'isCoMaker' | 'isAgency';
  readonly deadline: OpinionDeadline;
  readonly clause: ClauseId;
  readonly silence: Opinion;
}
const KIND: Readonly<Record<ConsulteeKind, KindRow>> = {
  thirdParty: { guard: 'isThirdParty', deadline: 'thirdPartyOpinion', clause: '第三十二条', silence: 'silent' },
  coMaker: { guard: 'isCoMaker', deadline: 'coMakerOpinion', clause: '第三十四条', silence: 'deemedConsent' },
  agency: { guard: 'isAgency', deadline: 'agencyOpinion', clause: '第三十三条', silence: 'noReply' },
};
const KINDS = Object.values(KIND);

/** The deadline each kind of party answers by. */
export const OPINION_DEADLINE: Readonly<Record<ConsulteeKind, OpinionDeadline>> = {
  thirdParty: KIND.thirdParty.deadline,
  coMaker: KIND.coMaker.deadline,
  agency: KIND.agency.deadline,
};

/** The opinion period's length: 15 working days (第三十二条, 第三十四条), another agency's from the parameter. */
const opinionLength =
  (deadline: OpinionDeadline) =>
  ({ context }: { context: ConsultationContext }): number =>
    deadline === 'agencyOpinion' ? context.agencyOpinionWorkingDays : deadlines[deadline].length;

/** The receipt the event records: its `receivedAt`, or the moment it is recorded. */
const receiptOf = (event: Event): string | null =>
  event.type === 'letter.received' ? (event.payload.receivedAt ?? event.at) : event.type === 'deadline.due' ? event.payload.dueAt : null;

const ms = (instant: string) => Date.parse(instant);

const recordOpinion = assign<ConsultationContext, Event, undefined, Event, never>({
  opinion: ({ event }) => (event.type === 'opinion.received' ? (event.payload.consents ? 'consents' : 'objects') : null),
  reasons: ({ event }) => (event.type === 'opinion.received' ? (event.payload.reasons ?? null) : null),
});
const recordReceipt = assign<ConsultationContext, Event, undefined, Event, never>({
  receivedAt: ({ event }) => receiptOf(event),
  receiptPresumed: ({ event }) => event.type === 'deadline.due',
});
/** The letter received (recorded or presumed): the presumption ends and the party's period runs from the receipt. */
const received = (deadline: OpinionDeadline) => [
  recordReceipt,
  completeDeadline('receiptPresumed'),
  startDeadline(deadline, { from: ({ event }) => receiptOf(event as Event)!, length: opinionLength(deadline) }),
];
const receivedOnSending = assign<ConsultationContext, Event, undefined, Event, never>({ receivedAt: ({ context }) => context.sentAt });
const concludeBySilence = (silence: Opinion) => assign<ConsultationContext, Event, undefined, Event, never>({ opinion: silence });
const isKind =
  (kind: ConsulteeKind) =>
  ({ context }: { context: ConsultationContext }) =>
    context.input.kind === kind;

/**
 * One written consultation, opened by an application as a child case, so that several parties
 * each run on their own clock. The letter goes out (the application's clock stops, 第三十三条第二款);
 * the party's time runs from its receipt of the letter (第三十二条, 第三十四条: 自收到征求意见书之日起):
 * the day it is sent when handed over or sent online, the day it is signed for when posted, or,
 * when no receipt is recorded, the presumed receipt (parameter `presumedReceiptWorkingDays`). The
 * party answers within 15 working days, or its silence ends the consultation as the text says.
 */
export const consultationMachine = kit
  .setup({
    types: { context: {} as ConsultationContext },
    guards: {
      isThirdParty: isKind('thirdParty'),
      isCoMaker: isKind('coMaker'),
      isAgency: isKind('agency'),
      /** In person or online: the party has the letter the day it is sent. */
      receivedOnSending: ({ context }) => context.input.delivery !== 'post',
      /** A receipt is dated between the sending and the moment it is recorded. */
      receiptDateValid: ({ context, event }) => {
        if (event.type !== 'letter.received') return false;
        const at = receiptOf(event);
        return at !== null && ms(at) >= ms(context.sentAt) && ms(at) <= ms(event.at);
      },
      receiptWasPresumed: ({ context }) => context.receiptPresumed,
    },
  })
  .createMachine({
    id: 'national-consultation',
    initial: 'sending',
    context: ({ input }) => ({
      input: input.data,
      agencyOpinionWorkingDays: input.parameters.agencyOpinionWorkingDays,
      presumedReceiptWorkingDays: input.parameters.presumedReceiptWorkingDays,
      sentAt: input.openedAt,
      receivedAt: null,
      receiptPresumed: false,
      opinion: null,
      reasons: null,
    }),
    states: {
      sending: {
        always: [
          // Handed over or sent online: received the day it is sent, the party's period runs at once.
          ...KINDS.map(({ guard, deadline, clause }) => ({
            guard: and([guard, 'receivedOnSending']),
            target: 'awaitingOpinion' as const,
            actions: [
              receivedOnSending,
              sendNotice('consultationLetter', ({ context }) => ({ ...context.input })),
              startDeadline(deadline, { length: opinionLength(deadline) }),
            ],
            meta: { clause },
          })),
          // Posted: the period waits for the party's receipt, recorded or presumed.
          {
            target: 'awaitingReceipt',
            actions: [
              sendNotice('consultationLetter', ({ context }) => ({ ...context.input })),
              startDeadline('receiptPresumed', { length: ({ context }) => (context as ConsultationContext).presumedReceiptWorkingDays }),
            ],
            meta: { clause: '第三十二条' },
          },
        ],
      },
      awaitingReceipt: {
        on: {
          // The receipt recorded: the party's period runs from it.
          'letter.received': KINDS.map(({ guard, deadline, clause }) => ({
            guard: and([guard, 'receiptDateValid']),
            target: 'awaitingOpinion' as const,
            actions: received(deadline),
            meta: { clause },
          })),
          // No receipt recorded in time: presumed received when the presumption fell due; the period runs from then.
          'deadline.due': KINDS.map(({ guard, deadline, clause }) => ({
            guard: and([guard, deadlineDue('receiptPresumed')]),
            target: 'awaitingOpinion' as const,
            actions: received(deadline),
            meta: { clause },
          })),
          // The opinion itself shows the letter arrived: recorded, the presumption no longer needed.
          'opinion.received': KINDS.map(({ guard, clause }) => ({
            guard,
            target: 'done' as const,
            actions: [recordOpinion, completeDeadline('receiptPresumed')],
            meta: { clause },
          })),
        },
      },
      awaitingOpinion: {
        on: {
          // A real receipt recorded after one was presumed replaces the presumption: the party's
          // period runs from the day it really received the letter (earlier or later than presumed).
          'letter.received': KINDS.map(({ guard, deadline, clause }) => ({
            guard: and([guard, 'receiptWasPresumed', 'receiptDateValid']),
            actions: [
              recordReceipt,
              restartDeadline(deadline, { from: ({ event }) => receiptOf(event as Event)!, length: opinionLength(deadline) }),
            ],
            meta: { clause },
          })),
          // Each kind completes its own deadline (the names are fixed in the manifest).
          'opinion.received': KINDS.map(({ guard, deadline, clause }) => ({
            guard,
            target: 'done' as const,
            actions: [recordOpinion, completeDeadline(deadline)],
            meta: { clause },
          })),
          // Silence: 第三十二条 leaves the decision to the agency, 第三十四条 deems consent. A case runs
          // only the deadline of its party's kind, so the deadline's name says whose silence it is.
          'deadline.due': KINDS.map(({ deadline, clause, silence }) => ({
            guard: deadlineDue(deadline),
            target: 'done' as const,
            actions: concludeBySilence(silence),
            meta: { clause },
          })),
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => ({
      kind: context.input.kind,
      party: context.input.party,
      opinion: context.opinion ?? KIND[context.input.kind].silence,
      reasons: context.reasons,
      receivedAt: context.receivedAt,
      receiptPresumed: context.receiptPresumed,
    }),
  });
