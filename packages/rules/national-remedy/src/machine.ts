import type { EffectAction, KitTypes } from '@zwgk/core';
import { and, assign, enqueueActions, not } from 'xstate';
import type { RemedyInput } from './input.js';
import { kit } from './kit.js';
import { type RemedyResult, windowDays } from './remedy.js';

const { cancelDeadline, completeDeadline, deadlineDue, extendDeadline, recordOverdue, sendNotice, startDeadline } = kit;

/** What a remedy case remembers: the remedy, the agency's answer and the review body's clock, and the result. */
export interface RemedyContext {
  readonly remedy: RemedyInput;
  readonly result: RemedyResult | null;
  /** When the agency received the copy of the application or complaint (its answer period runs from it). */
  readonly copyReceivedAt: string | null;
  /** When the agency filed its written reply or defence. */
  readonly answeredAt: string | null;
  /** The day the reconsideration body accepted the application (its decision period runs from it). */
  readonly acceptedOn: string | null;
  /** Whether the reconsideration body extended its decision period (once, at most 30 days). */
  readonly decisionExtended: boolean;
}

type Event = KitTypes<typeof kit>['event'];
type Args = { context: RemedyContext; event: Event };

const withWindow =
  (kind: RemedyInput['kind']) =>
  ({ context }: { context: RemedyContext }) =>
    context.remedy.kind === kind && windowDays(context.remedy) !== null;
const ms = (instant: string) => Date.parse(instant);
/** A Beijing date's first instant: a period "from the day X" counts from the day after (《民法典》第二百零一条). */
const dayStart = (date: string) => `${date}T00:00:00+08:00`;
const windowFrom = ({ context }: { context: RemedyContext }) => dayStart(context.remedy.knewOn);

/** The receipt the copy event records: its `receivedAt`, or the moment it is recorded. */
const copyReceipt = (event: Event): string =>
  event.type === 'reconsideration.copyReceived' || event.type === 'litigation.copyReceived'
    ? (event.payload.receivedAt ?? event.at)
    : event.at;
const answerOf = (event: Event) =>
  event.type === 'reconsideration.replySubmitted' || event.type === 'litigation.defenceSubmitted'
    ? { answer: event.payload.answer, evidence: event.payload.evidence }
    : {};

const recordCopy = assign<RemedyContext, Event, undefined, Event, never>({
  copyReceivedAt: ({ event }) => copyReceipt(event),
  acceptedOn: ({ context, event }) => (event.type === 'reconsideration.copyReceived' ? event.payload.acceptedOn : context.acceptedOn),
});
const recordAnswer = assign<RemedyContext, Event, undefined, Event, never>({ answeredAt: ({ event }) => event.at });

/**
 * The decision ends the case: the review body's period is completed (met, or missed if it ran out),
 * and an answer period still running no longer applies.
 */
// biome-ignore lint/suspicious/noExplicitAny: xstate's enqueue, typed loosely as in the other national modules
const closePeriods = enqueueActions(({ context, enqueue }: Args & { enqueue: any }) => {
  const answerRunning = context.copyReceivedAt !== null && context.answeredAt === null;
  if (context.remedy.kind === 'reconsideration') {
    if (context.acceptedOn !== null) enqueue(completeDeadline('reconsiderationDecision'));
    if (answerRunning) enqueue(cancelDeadline('reconsiderationReply', '案件已作出行政复议决定'));
  }
  if (context.remedy.kind === 'litigation' && answerRunning) enqueue(cancelDeadline('litigationDefence', '案件已审结'));
}) as unknown as EffectAction;

/**
 * A remedy against the agency's disclosure work (第五十一条). Opening the case (with `occurredAt`
 * the filing) records it; the statutory window runs from the day the applicant knew of the act
 * and is completed at the filing, so the deadline shows whether it was filed in time. Once the
 * copy of a reconsideration application reaches the agency, it replies with its evidence within
 * 10 working days (复议法第四十八条, 第八十八条) and the review body decides within 60 days of
 * accepting it, once extendable by up to 30 (第六十二条); once the copy of a complaint reaches it, it
 * files its evidence and defence within 15 days (诉讼法第六十七条). The decision closes the case; a
 * case still open at the year's end is 尚未审结.
 */
export const remedyMachine = kit
  .setup({
    types: { context: {} as RemedyContext },
    guards: {
      reconsiderationWindow: withWindow('reconsideration'),
      litigationWindow: withWindow('litigation'),
      isReconsideration: ({ context }) => context.remedy.kind === 'reconsideration',
      isLitigation: ({ context }) => context.remedy.kind === 'litigation',
      copyPending: ({ context }) => context.copyReceivedAt === null,
      answerPending: ({ context }) => context.copyReceivedAt !== null && context.answeredAt === null,
      /**
       * The copy reached the agency on or after the filing and not after the moment it is recorded;
       * a reconsideration's acceptance lies between the filing and that receipt.
       */
      copyDatesValid: ({ context, event }) => {
        if (event.type !== 'reconsideration.copyReceived' && event.type !== 'litigation.copyReceived') return false;
        const at = copyReceipt(event);
        if (ms(at) > ms(event.at) || ms(at) < ms(dayStart(context.remedy.filedOn))) return false;
        if (event.type !== 'reconsideration.copyReceived') return true;
        const accepted = ms(dayStart(event.payload.acceptedOn));
        return accepted >= ms(dayStart(context.remedy.filedOn)) && accepted <= ms(at);
      },
      decisionRunning: ({ context }) => context.acceptedOn !== null,
      decisionExtended: ({ context }) => context.decisionExtended,
    },
  })
  .createMachine({
    id: 'national-remedy',
    initial: 'filed',
    context: ({ input }) => ({
      remedy: input.data,
      result: null,
      copyReceivedAt: null,
      answeredAt: null,
      acceptedOn: null,
      decisionExtended: false,
    }),
    states: {
      filed: {
        always: [
          {
            guard: 'reconsiderationWindow',
            target: 'pending',
            actions: [
              startDeadline('reconsiderationWindow', { from: windowFrom, length: ({ context }) => windowDays(context.remedy)! }),
              completeDeadline('reconsiderationWindow'),
            ],
            meta: { clause: ['第五十一条', '行政复议法第二十条'] },
          },
          {
            guard: 'litigationWindow',
            target: 'pending',
            actions: [
              startDeadline('litigationWindow', { from: windowFrom, length: ({ context }) => windowDays(context.remedy)! }),
              completeDeadline('litigationWindow'),
            ],
            meta: { clause: ['第五十一条', '行政诉讼法第四十六条'] },
          },
          { target: 'pending', meta: { clause: '第五十一条' } },
        ],
      },
      pending: {
        on: {
          // The copy of the application reaches the agency: its 10 working days to reply run from
          // the receipt, the body's 60 days to decide from its acceptance.
          'reconsideration.copyReceived': {
            guard: and(['isReconsideration', 'copyPending', 'copyDatesValid']),
            actions: [
              recordCopy,
              startDeadline('reconsiderationReply', { from: ({ event }) => copyReceipt(event as Event) }),
              startDeadline('reconsiderationDecision', {
                from: ({ event }) => dayStart((event as Extract<Event, { type: 'reconsideration.copyReceived' }>).payload.acceptedOn),
              }),
            ],
            meta: { clause: ['行政复议法第四十八条', '行政复议法第八十八条', '行政复议法第六十二条'] },
          },
          // The written reply with its evidence, on time or late (a late one is still recorded; the breach stands).
          'reconsideration.replySubmitted': {
            guard: and(['isReconsideration', 'answerPending']),
            actions: [recordAnswer, completeDeadline('reconsiderationReply'), sendNotice('writtenReply', ({ event }) => answerOf(event))],
            meta: { clause: '行政复议法第四十八条' },
          },
          'reconsideration.extended': {
            guard: and(['isReconsideration', 'decisionRunning', not('decisionExtended')]),
            actions: [
              assign({ decisionExtended: true }),
              extendDeadline('reconsiderationDecision', ({ event }) =>
                event.type === 'reconsideration.extended' ? event.payload.days : 0,
              ),
            ],
            meta: { clause: '行政复议法第六十二条' },
          },
          // The copy of the complaint reaches the agency: 15 days to file its evidence and defence.
          'litigation.copyReceived': {
            guard: and(['isLitigation', 'copyPending', 'copyDatesValid']),
            actions: [recordCopy, startDeadline('litigationDefence', { from: ({ event }) => copyReceipt(event as Event) })],
            meta: { clause: '行政诉讼法第六十七条' },
          },
          'litigation.defenceSubmitted': {
            guard: and(['isLitigation', 'answerPending']),
            actions: [recordAnswer, completeDeadline('litigationDefence'), sendNotice('defenceStatement', ({ event }) => answerOf(event))],
            meta: { clause: '行政诉讼法第六十七条' },
          },
          'deadline.due': [
            {
              guard: deadlineDue('reconsiderationReply'),
              actions: recordOverdue('reconsiderationReplyLate'),
              meta: { clause: '行政复议法第四十八条' },
            },
            {
              guard: deadlineDue('litigationDefence'),
              actions: recordOverdue('defenceLate'),
              meta: { clause: ['行政诉讼法第六十七条', '行政诉讼法第三十四条'] },
            },
          ],
          'remedy.decided': {
            target: 'decided',
            actions: [assign({ result: ({ event }) => event.payload.result }), closePeriods],
            meta: { clause: ['第五十一条', '年报格式'] },
          },
        },
      },
      decided: { type: 'final' },
    },
    output: ({ context }) => ({
      kind: context.remedy.kind,
      afterReconsideration: context.remedy.kind === 'litigation' ? context.remedy.afterReconsideration : null,
      result: context.result ?? 'other',
    }),
  });
