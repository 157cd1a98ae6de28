import { china, instantToMs, toBeijingDate } from '@zwgk/calendar';
import type { EffectAction, Instant, KitTypes } from '@zwgk/core';
import { type ConsulteeKind, consultationOutputSchema, type Opinion } from '@zwgk/rule-national-consultation';
import { and, assign, enqueueActions, not } from 'xstate';
import { type Answer, type AnswerKind, type EndWithoutAnswer, type ReportRow, reportRowOf } from './answers.js';
import { type ApplicantKind, type Application, receivedAtOf } from './application.js';
import { computeProcessingFee, type ProcessingFee } from './fee/compute-processing-fee.js';
import { kit } from './kit.js';
import type { Parameters } from './parameters.js';

/** One consultation the application waits for or waited for (a child case). */
export interface Consultation {
  readonly kind: ConsulteeKind;
  readonly party: string;
  /** null while the party has not answered and its time has not run out. */
  readonly opinion: Opinion | null;
}

/** What a case remembers between events (the machine's context). */
export interface NationalDisclosureContext {
  readonly application: Application;
  /** When the application counts as received (第三十一条). */
  readonly receivedAt: Instant;
  readonly applicantKind: ApplicantKind;
  readonly parameters: Parameters;
  readonly correctionRequested: boolean;
  readonly corrected: boolean;
  readonly reasonsRequested: boolean;
  readonly reasonsGiven: boolean;
  readonly delayed: boolean;
  readonly extended: boolean;
  readonly replyOverdue: boolean;
  /** Consultations by child key. */
  readonly consultations: Readonly<Record<string, Consultation>>;
  readonly fee: (ProcessingFee & { readonly paid: boolean | null }) | null;
  readonly answer: Answer | null;
  readonly end: EndWithoutAnswer | null;
  /** The annual report row the case is counted in, once concluded. */
  readonly reportRow: ReportRow | null;
}

/** How a case ended. */
export type Outcome = 'answered' | 'deemedWithdrawn' | 'withdrawn';

/** What a finished case hands to the agency's OA system and to the annual report. */
export interface NationalDisclosureOutput {
  readonly outcome: Outcome;
  readonly answer: AnswerKind | null;
  readonly reportRow: ReportRow;
  readonly applicantKind: ApplicantKind;
  readonly receivedAt: Instant;
  readonly feeYuan: number | null;
  readonly feePaid: boolean | null;
}

type Event = KitTypes<typeof kit>['event'];
type Args = { context: NationalDisclosureContext; event: Event };

const CONSULTATION = 'national-consultation';
const pendingConsultations = (c: NationalDisclosureContext) => Object.values(c.consultations).filter((x) => x.opinion === null).length;
const answerOf = (event: Event) => (event.type === 'reply.given' ? event.payload : null);

/**
 * 第三十条: the office asks for a correction within 7 working days of receipt. Counted with the
 * shipped mainland calendar (the machine has no other): a year it cannot judge records no breach.
 */
function correctionRequestLate(receivedAt: Instant, at: Instant): boolean {
  try {
    return instantToMs(at) >= instantToMs(china.workingDayDeadline(receivedAt, 7).dueAt);
  } catch {
    return false;
  }
}

/** Opens one consultation child per party, keyed `consultation-<n>` in the order asked. */
function consult(kind: ConsulteeKind): EffectAction {
  return enqueueActions(({ context, event, enqueue }: Args & { enqueue: any }) => {
    const parties =
      event.type === 'thirdParties.consulted'
        ? event.payload.parties
        : event.type === 'coMakers.consulted' || event.type === 'agencies.consulted'
          ? event.payload.agencies
          : [];
    let n = Object.keys(context.consultations).length;
    const added: Record<string, Consultation> = {};
    for (const p of parties) {
      const key = `consultation-${++n}`;
      added[key] = { kind, party: p.party, opinion: null };
      enqueue(
        kit.openChild(CONSULTATION, key, {
          kind,
          party: p.party,
          information: p.information,
          concern: p.concern,
          ...(p.delivery === undefined ? {} : { delivery: p.delivery }),
        }),
      );
    }
    enqueue(assign({ consultations: { ...context.consultations, ...added } }));
  }) as unknown as EffectAction;
}

const concluded = (outcome: Answer | { kind: EndWithoutAnswer }) => ({ reportRow: reportRowOf(outcome) });

/**
 * The handling of one application under 《中华人民共和国政府信息公开条例》 (国务院令第711号):
 * receipt dated by channel (第三十一条); the 20-working-day reply period with one extension of
 * at most 20 (第三十三条); one correction request, the period counted afresh from the corrected
 * application, deemed withdrawal when none comes (第三十条); third parties, co-making and other
 * agencies consulted as child cases each on its own clock, with the reply clock stopped
 * (第三十二条, 第三十三条第二款, 第三十四条); reasons for many applications and a later answer
 * date (第三十五条); the information processing fee computed, its notice, the clock stopped until
 * payment and deemed withdrawal when unpaid (第四十二条, 国办函〔2020〕109号); and every answer of
 * 第三十六条–第三十九条.
 */
export const nationalDisclosureMachine = kit
  .setup({
    types: { context: {} as NationalDisclosureContext },
    guards: {
      mayRequestCorrection: ({ context }) => !context.correctionRequested,
      correctionLate: ({ context, event }) => correctionRequestLate(context.receivedAt, event.at),
      mayRequestReasons: ({ context }) => !context.reasonsRequested,
      mayDelay: ({ context }) => context.reasonsGiven && !context.delayed,
      mayExtend: ({ context }) => !context.extended && !context.delayed,
      /** 办法第六条: the fee notice goes out within the answer period, once. */
      mayNotifyFee: ({ context }) => context.fee === null && !context.replyOverdue && !context.delayed,
      consultationDone: ({ context, event }) =>
        event.type === 'child.done' &&
        event.payload.key in context.consultations &&
        consultationOutputSchema.safeParse(event.payload.output).success,
      noneLeft: ({ context }) => pendingConsultations(context) === 0,
      isDelayed: ({ context }) => context.delayed,
      /**
       * 第三十二条: a third party's reasonable objection blocks disclosure unless the office decides
       * to disclose in the public interest; the answer must then carry the decision. A partial
       * disclosure that withholds the third party's part on that ground (第三十七条, 第十五条) respects it.
       */
      answerRespectsObjections: ({ context, event }) => {
        const answer = answerOf(event);
        if (!answer || (answer.kind !== 'disclosed' && answer.kind !== 'partlyDisclosed')) return true;
        const objected = Object.values(context.consultations).some((c) => c.kind === 'thirdParty' && c.opinion === 'objects');
        if (!objected || answer.publicInterest !== undefined) return true;
        return answer.kind === 'partlyDisclosed' && answer.ground === 'thirdPartyRights';
      },
      overridesObjection: ({ context, event }) => {
        const answer = answerOf(event);
        const objected = Object.values(context.consultations).some((c) => c.kind === 'thirdParty' && c.opinion === 'objects');
        return objected && answer !== null && 'publicInterest' in answer && answer.publicInterest !== undefined;
      },
      /** 第三十条: “still unclear” only after the applicant corrected once. */
      answerFitsHistory: ({ context, event }) => {
        const answer = answerOf(event);
        if (answer?.kind === 'stillUnclear') return context.corrected;
        if (answer?.kind === 'unreasonableVolume') return context.reasonsRequested;
        return true;
      },
    },
  })
  .createMachine({
    id: 'national-disclosure-request',
    initial: 'received',
    context: ({ input }) => ({
      application: input.data,
      receivedAt: receivedAtOf(input.data),
      applicantKind: input.data.applicant.kind,
      parameters: input.parameters,
      correctionRequested: false,
      corrected: false,
      reasonsRequested: false,
      reasonsGiven: false,
      delayed: false,
      extended: false,
      replyOverdue: false,
      consultations: {},
      fee: null,
      answer: null,
      end: null,
      reportRow: null,
    }),
    on: {
      // The reply period ran out before the answer: a breach of 第三十三条 (the case stays open, and no
      // fee notice may go out any more).
      'deadline.due': [
        {
          guard: kit.deadlineDue('reply'),
          actions: [assign({ replyOverdue: true }), kit.recordBreach('replyOverdue', ({ event }) => ({ dueAt: event.payload.dueAt }))],
          meta: { clause: '第三十三条' },
        },
        {
          guard: kit.deadlineDue('delayedReply'),
          actions: [assign({ replyOverdue: true }), kit.recordBreach('replyOverdue', ({ event }) => ({ dueAt: event.payload.dueAt }))],
          meta: { clause: '第三十五条' },
        },
      ],
      'assistance.given': {
        actions: kit.sendNotice('assistanceRecord', ({ event }) => ({ ...event.payload })),
        meta: { clause: '第四十三条' },
      },
      'application.withdrawn': {
        target: '.withdrawn',
        actions: assign({ end: 'withdrawn' as const, ...concluded({ kind: 'withdrawn' }) }),
        meta: { clause: '第二十七条' },
      },
    },
    states: {
      // Opening the case registers the application (第二十九条's contents, checked by the input schema);
      // the reply period counts from the day of receipt fixed by 第三十一条, not from the data entry.
      received: {
        always: {
          target: 'examining',
          actions: kit.startDeadline('reply', { from: ({ context }) => context.receivedAt }),
          meta: { clause: ['第二十七条', '第二十九条', '第三十一条', '第三十三条'] },
        },
      },

      examining: {
        on: {
          'correction.requested': {
            target: 'awaitingCorrection',
            guard: 'mayRequestCorrection',
            actions: [
              assign({ correctionRequested: true }),
              enqueueActions(({ check, enqueue }) => {
                if (check('correctionLate')) enqueue(kit.recordBreach('correctionRequestLate', ({ event }) => ({ askedAt: event.at })));
              }),
              kit.cancelDeadline('reply', '告知补正：答复期限自收到补正的申请之日起计算'),
              kit.startDeadline('correction', { length: ({ context }) => context.parameters.correctionWorkingDays }),
              kit.sendNotice('correctionRequest', ({ context, event }) => ({
                ...event.payload,
                correctionWorkingDays: context.parameters.correctionWorkingDays,
              })),
            ],
            meta: { clause: '第三十条' },
          },
          'thirdParties.consulted': {
            target: 'consulting',
            actions: [kit.pauseDeadline('reply', '征求第三方意见所需时间不计算在答复期限内'), consult('thirdParty')],
            meta: { clause: ['第三十二条', '第三十三条'] },
          },
          'coMakers.consulted': {
            target: 'consulting',
            actions: [kit.pauseDeadline('reply', '征求共同制作机关意见所需时间不计算在答复期限内'), consult('coMaker')],
            meta: { clause: ['第三十四条', '第三十三条'] },
          },
          'agencies.consulted': {
            target: 'consulting',
            actions: [kit.pauseDeadline('reply', '征求其他机关意见所需时间不计算在答复期限内'), consult('agency')],
            meta: { clause: '第三十三条' },
          },
          'reasons.requested': {
            target: 'awaitingReasons',
            guard: 'mayRequestReasons',
            actions: [
              assign({ reasonsRequested: true }),
              kit.startDeadline('reasons', { length: ({ context }) => context.parameters.reasonsWorkingDays }),
              kit.sendNotice('reasonsRequest', ({ context, event }) => ({
                ...event.payload,
                reasonsWorkingDays: context.parameters.reasonsWorkingDays,
              })),
            ],
            meta: { clause: '第三十五条' },
          },
          'reply.delayed': {
            guard: 'mayDelay',
            actions: [
              assign({ delayed: true }),
              kit.cancelDeadline('reply', '第三十五条：确定延迟答复的合理期限'),
              kit.startDeadline('delayedReply', {
                length: ({ event }) => (event.type === 'reply.delayed' ? event.payload.workingDays : 20),
              }),
              kit.sendNotice('delay', ({ event }) => ({ ...event.payload })),
            ],
            meta: { clause: '第三十五条' },
          },
          'reply.extended': {
            guard: 'mayExtend',
            actions: [
              assign({ extended: true }),
              kit.extendDeadline('reply', ({ event }) => event.payload.workingDays ?? 20),
              kit.sendNotice('extension', ({ event }) => ({ reason: event.payload.reason, workingDays: event.payload.workingDays ?? 20 })),
            ],
            meta: { clause: '第三十三条' },
          },
          'fee.notified': {
            target: 'awaitingPayment',
            guard: 'mayNotifyFee',
            actions: [
              assign({ fee: ({ event }) => ({ ...computeProcessingFee(event.payload), paid: null }) }),
              kit.pauseDeadline('reply', '发出收费通知至缴费的时间不计算在办理期限内（国办函〔2020〕109号第六条）'),
              kit.startDeadline('feePayment'),
              kit.sendNotice('feeNotice', ({ event }) => {
                const fee = computeProcessingFee(event.payload);
                return {
                  basis: fee.basis,
                  standard: fee.basis === 'perItem' ? '国办函〔2020〕109号 第四条（按件计收）' : '国办函〔2020〕109号 第五条（按量计收）',
                  amountYuan: fee.amountYuan,
                  bands: fee.bands,
                  reason: event.payload.reason,
                  paymentMethod: event.payload.paymentMethod,
                  payWithinWorkingDays: 20,
                };
              }),
            ],
            meta: { clause: ['第四十二条', '办法第三条', '办法第四条', '办法第五条', '办法第六条'] },
          },
          'reply.given': [
            {
              target: 'answered',
              guard: and(['answerRespectsObjections', 'answerFitsHistory', 'isDelayed']),
              actions: [
                assign(({ event }) => ({ answer: answerOf(event), ...concluded(answerOf(event)!) })),
                kit.completeDeadline('delayedReply'),
                kit.sendNotice('answer', ({ event }) => ({ ...event.payload })),
              ],
              meta: { clause: ['第三十五条', '第三十六条'] },
            },
            {
              target: 'answered',
              guard: and(['answerRespectsObjections', 'answerFitsHistory', not('isDelayed')]),
              actions: [
                assign(({ event }) => ({ answer: answerOf(event), ...concluded(answerOf(event)!) })),
                kit.completeDeadline('reply'),
                enqueueActions(({ check, enqueue, context, event }) => {
                  const answer = answerOf(event);
                  if (answer && 'publicInterest' in answer && answer.publicInterest && check('overridesObjection')) {
                    const parties = Object.values(context.consultations)
                      .filter((c) => c.kind === 'thirdParty' && c.opinion === 'objects')
                      .map((c) => c.party);
                    enqueue(kit.sendNotice('thirdPartyDecision', { parties, ...answer.publicInterest }));
                  }
                }),
                kit.sendNotice('answer', ({ event }) => ({ ...event.payload })),
              ],
              meta: {
                clause: [
                  '第三十六条',
                  '第三十三条',
                  '第三十七条',
                  '第三十八条',
                  '第三十九条',
                  '第十四条',
                  '第十五条',
                  '第十六条',
                  '年报格式',
                ],
              },
            },
          ],
        },
      },

      awaitingCorrection: {
        on: {
          'application.corrected': {
            target: 'examining',
            actions: [assign({ corrected: true }), kit.completeDeadline('correction'), kit.restartDeadline('reply')],
            meta: { clause: ['第三十条', '第三十三条'] },
          },
          'deadline.due': {
            target: 'deemedWithdrawn',
            guard: kit.deadlineDue('correction'),
            actions: assign({ end: 'notCorrected' as const, ...concluded({ kind: 'notCorrected' }) }),
            meta: { clause: '第三十条' },
          },
        },
      },

      consulting: {
        always: { guard: 'noneLeft', target: 'examining', actions: kit.resumeDeadline('reply'), meta: { clause: '第三十三条' } },
        on: {
          'child.done': {
            guard: 'consultationDone',
            actions: assign({
              consultations: ({ context, event }) => {
                if (event.type !== 'child.done') return context.consultations;
                const out = consultationOutputSchema.parse(event.payload.output);
                return {
                  ...context.consultations,
                  [event.payload.key]: { ...context.consultations[event.payload.key]!, opinion: out.opinion },
                };
              },
            }),
            meta: { clause: ['第三十二条', '第三十四条'] },
          },
          'thirdParties.consulted': { actions: consult('thirdParty'), meta: { clause: '第三十二条' } },
          'coMakers.consulted': { actions: consult('coMaker'), meta: { clause: '第三十四条' } },
          'agencies.consulted': { actions: consult('agency'), meta: { clause: '第三十三条' } },
        },
      },

      awaitingReasons: {
        on: {
          'reasons.given': {
            target: 'examining',
            actions: [assign({ reasonsGiven: true }), kit.completeDeadline('reasons')],
            meta: { clause: '第三十五条' },
          },
          // No reasons within the time given: the office may answer that it will not handle the applications.
          'deadline.due': { target: 'examining', guard: kit.deadlineDue('reasons'), meta: { clause: '第三十五条' } },
        },
      },

      awaitingPayment: {
        on: {
          'fee.paid': {
            target: 'examining',
            actions: [
              assign({ fee: ({ context }) => (context.fee ? { ...context.fee, paid: true } : null) }),
              kit.completeDeadline('feePayment'),
              kit.resumeDeadline('reply'),
            ],
            meta: { clause: ['办法第六条', '第三十三条'] },
          },
          'deadline.due': {
            target: 'deemedWithdrawn',
            guard: kit.deadlineDue('feePayment'),
            actions: assign({
              fee: ({ context }) => (context.fee ? { ...context.fee, paid: false } : null),
              end: 'feeUnpaid' as const,
              ...concluded({ kind: 'feeUnpaid' }),
            }),
            meta: { clause: '办法第六条' },
          },
        },
      },

      answered: { type: 'final' },
      deemedWithdrawn: { type: 'final' },
      withdrawn: { type: 'final' },
    },
    output: ({ context }) => ({
      outcome: context.answer ? 'answered' : context.end === 'withdrawn' ? 'withdrawn' : 'deemedWithdrawn',
      answer: context.answer?.kind ?? null,
      reportRow: context.reportRow ?? '其他处理.other',
      applicantKind: context.applicantKind,
      receivedAt: context.receivedAt,
      feeYuan: context.fee?.amountYuan ?? null,
      feePaid: context.fee?.paid ?? null,
    }),
  });

/** The Beijing date an application counts as received (第三十一条), for reports. */
export const receivedDateOf = (context: Pick<NationalDisclosureContext, 'receivedAt'>) => toBeijingDate(context.receivedAt);
