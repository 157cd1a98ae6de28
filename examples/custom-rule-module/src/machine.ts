import { assign } from 'xstate';
import type { AnswerKind } from './events.js';
import type { Application, ThirdPartyOpinion } from './input.js';
import { kit } from './kit.js';

const {
  cancelDeadline,
  completeDeadline,
  deadlineDue,
  extendDeadline,
  pauseDeadline,
  recordBreach,
  restartDeadline,
  resumeDeadline,
  sendNotice,
  startDeadline,
} = kit;

/** What a case remembers between events (the machine's context). */
export interface NationalDisclosureContext {
  readonly application: Application;
  readonly correctionWorkingDays: number;
  /** The applicant may be asked to correct only once (第三十条 “一次性告知”). */
  readonly correctionRequested: boolean;
  readonly thirdPartyOpinion: ThirdPartyOpinion | null;
  readonly answer: AnswerKind | null;
}

/**
 * The handling of one application under the 2019 national regulation. Opening the case is the
 * receipt of the application (第二十七条, 第二十九条) and starts the 20-working-day reply period
 * (第三十三条). While examining, the office may ask once for a correction (第三十条: the period
 * then counts afresh from the corrected application; no correction in time means the application
 * is deemed withdrawn), consult a third party (第三十二条) or other agencies with the clock
 * stopped (第三十三条), extend once by up to 20 working days, and answer in one of the seven
 * ways of 第三十六条.
 */
export const nationalDisclosureMachine = kit
  .setup({
    types: { context: {} as NationalDisclosureContext },
    guards: {
      mayRequestCorrection: ({ context }) => !context.correctionRequested,
    },
  })
  .createMachine({
    id: 'national-disclosure-request-2019',
    initial: 'received',
    context: ({ input }) => ({
      application: input.data,
      correctionWorkingDays: input.parameters.correctionWorkingDays,
      correctionRequested: false,
      thirdPartyOpinion: null,
      answer: null,
    }),
    on: {
      // The reply period ran out before the answer: a breach of 第三十三条 (the case stays open).
      'deadline.due': {
        guard: deadlineDue('reply'),
        actions: recordBreach('replyOverdue', ({ event }) => ({ dueAt: event.payload.dueAt })),
        meta: { clause: '第三十三条' },
      },
    },
    states: {
      // Opening the case is the receipt: the input schema admits only an application with the
      // contents of 第二十九条, made to an agency that 第二十七条 allows.
      received: {
        entry: startDeadline('reply'),
        always: { target: 'examining', meta: { clause: ['第二十七条', '第二十九条', '第三十三条'] } },
      },

      examining: {
        on: {
          'correction.requested': {
            target: 'awaitingCorrection',
            guard: 'mayRequestCorrection',
            actions: [
              assign({ correctionRequested: true }),
              cancelDeadline('reply', '告知补正：答复期限自收到补正的申请之日起计算'),
              startDeadline('correction', { length: ({ context }) => context.correctionWorkingDays }),
              sendNotice('correctionRequest', ({ context, event }) => ({
                toCorrect: event.payload.toCorrect,
                guidance: event.payload.guidance,
                correctionWorkingDays: context.correctionWorkingDays,
              })),
            ],
            meta: { clause: '第三十条' },
          },
          'thirdParty.consulted': {
            target: 'consultingThirdParty',
            actions: [
              pauseDeadline('reply', '征求第三方意见所需时间不计算在答复期限内'),
              startDeadline('thirdPartyOpinion'),
              sendNotice('thirdPartyConsultation', ({ event }) => ({ ...event.payload })),
            ],
            meta: { clause: ['第三十二条', '第三十三条'] },
          },
          'agencies.consulted': {
            target: 'consultingAgencies',
            actions: pauseDeadline('reply', '征求其他机关意见所需时间不计算在答复期限内'),
            meta: { clause: '第三十三条' },
          },
          'reply.extended': {
            actions: [
              extendDeadline('reply', ({ event }) => event.payload.workingDays ?? 20),
              sendNotice('extension', ({ event }) => ({ reason: event.payload.reason, workingDays: event.payload.workingDays ?? 20 })),
            ],
            meta: { clause: '第三十三条' },
          },
          'reply.given': {
            target: 'answered',
            actions: [
              assign({ answer: ({ event }) => event.payload.kind }),
              completeDeadline('reply'),
              sendNotice('answer', ({ event }) => ({ ...event.payload })),
            ],
            meta: { clause: ['第三十六条', '第三十三条'] },
          },
        },
      },

      awaitingCorrection: {
        on: {
          'application.corrected': {
            target: 'examining',
            actions: [completeDeadline('correction'), restartDeadline('reply')],
            meta: { clause: ['第三十条', '第三十三条'] },
          },
          'deadline.due': {
            target: 'deemedWithdrawn',
            guard: deadlineDue('correction'),
            meta: { clause: '第三十条' },
          },
        },
      },

      consultingThirdParty: {
        on: {
          'thirdParty.replied': {
            target: 'examining',
            actions: [
              assign({ thirdPartyOpinion: ({ event }) => (event.payload.consents ? 'consents' : 'objects') }),
              completeDeadline('thirdPartyOpinion'),
              resumeDeadline('reply'),
            ],
            meta: { clause: ['第三十二条', '第三十三条'] },
          },
          // Silence for 15 working days: the agency decides itself (第三十二条); the clock runs again.
          'deadline.due': {
            target: 'examining',
            guard: deadlineDue('thirdPartyOpinion'),
            actions: [assign({ thirdPartyOpinion: 'silent' }), resumeDeadline('reply')],
            meta: { clause: ['第三十二条', '第三十三条'] },
          },
        },
      },

      consultingAgencies: {
        on: {
          'agencies.replied': {
            target: 'examining',
            actions: resumeDeadline('reply'),
            meta: { clause: '第三十三条' },
          },
        },
      },

      answered: { type: 'final' },
      deemedWithdrawn: { type: 'final' },
    },
    output: ({ context }) => ({
      outcome: context.answer === null ? 'deemedWithdrawn' : 'answered',
      answer: context.answer,
      thirdPartyOpinion: context.thirdPartyOpinion,
    }),
  });
