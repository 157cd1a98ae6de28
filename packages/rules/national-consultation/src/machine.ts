import type { KitTypes } from '@zwgk/core';
import { assign } from 'xstate';
import type { ConsulteeKind, Opinion } from './consultation.js';
import type { ConsultationInput } from './input.js';
import { kit } from './kit.js';

const { completeDeadline, deadlineDue, sendNotice, startDeadline } = kit;

/** What a consultation remembers: the party, and its opinion once known. */
export interface ConsultationContext {
  readonly input: ConsultationInput;
  readonly agencyOpinionWorkingDays: number;
  readonly opinion: Opinion | null;
  readonly reasons: string | null;
}

/** The deadline each kind of party answers by, and the clause that sets it. */
export const OPINION_DEADLINE: Readonly<Record<ConsulteeKind, 'thirdPartyOpinion' | 'coMakerOpinion' | 'agencyOpinion'>> = {
  thirdParty: 'thirdPartyOpinion',
  coMaker: 'coMakerOpinion',
  agency: 'agencyOpinion',
};

/** What silence means, by kind (第三十二条: the agency decides; 第三十四条: deemed consent). */
const SILENCE: Readonly<Record<ConsulteeKind, Opinion>> = { thirdParty: 'silent', coMaker: 'deemedConsent', agency: 'noReply' };

type Event = KitTypes<typeof kit>['event'];

const recordOpinion = assign<ConsultationContext, Event, undefined, Event, never>({
  opinion: ({ event }) => (event.type === 'opinion.received' ? (event.payload.consents ? 'consents' : 'objects') : null),
  reasons: ({ event }) => (event.type === 'opinion.received' ? (event.payload.reasons ?? null) : null),
});
const isKind =
  (kind: ConsulteeKind) =>
  ({ context }: { context: ConsultationContext }) =>
    context.input.kind === kind;

/**
 * One written consultation, opened by an application as a child case, so that several parties
 * each run on their own clock: the letter goes out, the party answers within 15 working days
 * (第三十二条, 第三十四条), or its silence ends the consultation as the text says.
 */
export const consultationMachine = kit
  .setup({
    types: { context: {} as ConsultationContext },
    guards: { isThirdParty: isKind('thirdParty'), isCoMaker: isKind('coMaker') },
  })
  .createMachine({
    id: 'national-consultation',
    initial: 'sending',
    context: ({ input }) => ({
      input: input.data,
      agencyOpinionWorkingDays: input.parameters.agencyOpinionWorkingDays,
      opinion: null,
      reasons: null,
    }),
    states: {
      sending: {
        always: [
          {
            guard: 'isThirdParty',
            target: 'awaitingOpinion',
            actions: [startDeadline('thirdPartyOpinion'), sendNotice('consultationLetter', ({ context }) => ({ ...context.input }))],
            meta: { clause: '第三十二条' },
          },
          {
            guard: 'isCoMaker',
            target: 'awaitingOpinion',
            actions: [startDeadline('coMakerOpinion'), sendNotice('consultationLetter', ({ context }) => ({ ...context.input }))],
            meta: { clause: '第三十四条' },
          },
          {
            target: 'awaitingOpinion',
            actions: [
              startDeadline('agencyOpinion', { length: ({ context }) => context.agencyOpinionWorkingDays }),
              sendNotice('consultationLetter', ({ context }) => ({ ...context.input })),
            ],
            meta: { clause: '第三十三条' },
          },
        ],
      },
      awaitingOpinion: {
        on: {
          // Each kind completes its own deadline (the names are fixed in the manifest).
          'opinion.received': [
            {
              guard: 'isThirdParty',
              target: 'done',
              actions: [recordOpinion, completeDeadline('thirdPartyOpinion')],
              meta: { clause: '第三十二条' },
            },
            {
              guard: 'isCoMaker',
              target: 'done',
              actions: [recordOpinion, completeDeadline('coMakerOpinion')],
              meta: { clause: '第三十四条' },
            },
            { target: 'done', actions: [recordOpinion, completeDeadline('agencyOpinion')], meta: { clause: '第三十三条' } },
          ],
          // Silence: 第三十二条 leaves the decision to the agency, 第三十四条 deems consent. A case runs
          // only the deadline of its party's kind, so the deadline's name says whose silence it is.
          'deadline.due': [
            {
              guard: deadlineDue('thirdPartyOpinion'),
              target: 'done',
              actions: assign({ opinion: 'silent' as const }),
              meta: { clause: '第三十二条' },
            },
            {
              guard: deadlineDue('coMakerOpinion'),
              target: 'done',
              actions: assign({ opinion: 'deemedConsent' as const }),
              meta: { clause: '第三十四条' },
            },
            {
              guard: deadlineDue('agencyOpinion'),
              target: 'done',
              actions: assign({ opinion: 'noReply' as const }),
              meta: { clause: '第三十三条' },
            },
          ],
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => ({
      kind: context.input.kind,
      party: context.input.party,
      opinion: context.opinion ?? SILENCE[context.input.kind],
      reasons: context.reasons,
    }),
  });
