import type { Instant } from '@zwgk/core';
import { and, assign, enqueueActions, not, stateIn } from 'xstate';
import type { DisclosureBasis } from './basis.js';
import { type Channel, OFFLINE_CHANNELS } from './channels.js';
import {
  COORDINATION_KEY,
  type CoordinationOutcome,
  coordinationOutcomeSchema,
  REVIEW_KEY,
  type ReviewOutcome,
  reviewOutcomeSchema,
} from './children.js';
import type { ViolationSituation } from './events.js';
import type { ProactiveDisclosureInput } from './input.js';
import { kit } from './kit.js';

/** How a case ended. */
export type Outcome = 'published' | 'withheld' | 'notReleased';

/** What a finished case returns (to a parent, or to the OA system). */
export interface ProactiveDisclosureOutput {
  readonly outcome: Outcome;
  readonly channels: Channel[];
  readonly pressConference: boolean;
  /** Partial disclosure: what the confidentiality review withheld. */
  readonly withheld?: string;
  /** Withheld: the review's ground (第九条). */
  readonly ground?: string;
  /** Not released: the consulted agencies' disagreements (第十条). */
  readonly disagreements?: string[];
}

/** What a case of this module remembers between events (the machine's context). */
export interface ProactiveDisclosureContext {
  readonly input: ProactiveDisclosureInput;
  readonly openedAt: Instant;
  /**
   * Whether the 20-working-day clock of 第六条 runs: not when another law sets the period, and no
   * longer once a publication before clearance already met 第十一条 (the clock was completed then).
   */
  readonly clockRuns: boolean;
  readonly pressConferenceCompletesPublication: boolean;
  readonly review: ReviewOutcome | null;
  readonly coordination: CoordinationOutcome | null;
  readonly channels: readonly Channel[];
  readonly location: string | null;
  readonly pressConferenceAt: Instant | null;
  readonly publishedAt: Instant | null;
  /** 第十条第二句: when the approval the item needs was given (null: not yet, or none needed). */
  readonly approvedAt: Instant | null;
  /** A publication before the approval was recorded as a breach already (once per case). */
  readonly unapprovedPublicationRecorded: boolean;
  /** 第八条 / 第十条第一句: a publication before the review or the agencies' confirmation was recorded already (once each). */
  readonly unreviewedPublicationRecorded: boolean;
  readonly unconfirmedPublicationRecorded: boolean;
}

const { completeDeadline, deadlineDue, openChild, recordBreach, sendNotice, startDeadline } = kit;

const BREACH_OF_SITUATION: Readonly<Record<ViolationSituation, 'dutyNotPerformed' | 'improperDisclosure' | 'contentNotUpdated'>> = {
  dutyNotPerformed: 'dutyNotPerformed',
  improperDisclosure: 'improperDisclosure',
  contentNotUpdated: 'contentNotUpdated',
};

/** The basis as one line for the catalogue: `第四条 statistics`. */
export function describeBasis(basis: DisclosureBasis): string {
  return basis.article === '第三条' ? `第三条 ${basis.criterion}` : `${basis.article} ${basis.item}`;
}

/** Whether the channels used so far meet 第十一条: the portal, and an offline medium for a county department. */
export function channelsSuffice(channels: readonly Channel[], level: ProactiveDisclosureInput['publisher']['level']): boolean {
  if (!channels.includes('portal')) return false;
  return level !== 'countyDepartment' || channels.some((c) => OFFLINE_CHANNELS.includes(c));
}

/** Every channel the item needs: 第十一条's media, and the press conference of a major item when it counts. */
function publicationComplete(context: ProactiveDisclosureContext, channels: readonly Channel[]): boolean {
  return (
    channelsSuffice(channels, context.input.publisher.level) &&
    (!context.input.major || !context.pressConferenceCompletesPublication || context.pressConferenceAt !== null)
  );
}

const catalogueEntry = () =>
  sendNotice('catalogueEntry', ({ context, event }) => {
    const c = context as ProactiveDisclosureContext;
    return {
      title: c.input.item.title,
      documentNumber: c.input.item.documentNumber,
      change: c.input.change,
      basis: describeBasis(c.input.basis),
      publisher: c.input.publisher.name,
      channels: [...c.channels],
      pressConference: c.pressConferenceAt !== null,
      ...(c.review?.withheld ? { withheld: c.review.withheld } : {}),
      publishedAt: c.publishedAt ?? (event as { at: string }).at,
    };
  });

const machineSetup = kit.setup({
  types: { context: {} as ProactiveDisclosureContext },
  guards: {
    basisIs: ({ context }, params: { article: DisclosureBasis['article'] }) => context.input.basis.article === params.article,
    noAgencies: ({ context }) => context.input.agencies.length === 0,
    reviewDone: ({ event }) =>
      event.type === 'child.done' && event.payload.key === REVIEW_KEY && reviewOutcomeSchema.safeParse(event.payload.output).success,
    coordinationDone: ({ event }) =>
      event.type === 'child.done' &&
      event.payload.key === COORDINATION_KEY &&
      coordinationOutcomeSchema.safeParse(event.payload.output).success,
    reviewRefused: ({ context }) => context.review?.decision === 'notDisclosable',
    releaseRefused: ({ context }) => context.coordination?.release === false,
    clockRuns: ({ context }) => context.clockRuns,
    isChange: ({ context }) => context.input.change === 'changed',
    pressConferenceNotYetHeld: ({ context }) => context.pressConferenceAt === null,
    /** Every channel the item needs: 第十一条's media, and the press conference of a major item when it counts. */
    complete: ({ context }) => publicationComplete(context, context.channels),
    majorWithoutConference: ({ context }) => context.input.major && context.pressConferenceAt === null,
    approvalPending: ({ context }) => context.input.approval !== undefined && context.approvedAt === null,
  },
  actions: {
    addChannels: assign(({ context, event }) =>
      event.type === 'item.published'
        ? { channels: [...new Set([...context.channels, ...event.payload.channels])], location: event.payload.location ?? context.location }
        : {},
    ),
    recordPressConference: assign(({ event }) => (event.type === 'pressConference.held' ? { pressConferenceAt: event.at } : {})),
    markPublished: assign(({ context, event }) => ({ publishedAt: context.publishedAt ?? event.at })),
    recordApproval: assign(({ event }) => (event.type === 'approval.granted' ? { approvedAt: event.at } : {})),
    /** 第十条第二句 未经批准不得发布: a publication before the approval is recorded (not refused), once. */
    checkApproval: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'item.published' || context.input.approval === undefined) return;
      if (context.approvedAt !== null || context.unapprovedPublicationRecorded) return;
      enqueue(
        recordBreach('publishedWithoutApproval', {
          channels: [...event.payload.channels],
          law: context.input.approval.law,
          authority: context.input.approval.authority,
        }),
      );
      enqueue.assign({ unapprovedPublicationRecorded: true });
    }),
    /**
     * 第八条 (审查后公开) and 第十条第一句 (沟通、确认): a publication while the review or the agencies'
     * confirmation is still open is a fact, recorded with its breach (once each), not refused. If it
     * already meets 第十一条, the item is public: the 20 working days of 第六条 were met then.
     */
    publishBeforeClearance: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'item.published') return;
      const channels = [...event.payload.channels];
      if (context.review === null && !context.unreviewedPublicationRecorded) {
        enqueue(recordBreach('publishedBeforeReview', { channels }));
        enqueue.assign({ unreviewedPublicationRecorded: true });
      }
      const agenciesOpen = context.input.agencies.length > 0 && context.coordination === null;
      if (agenciesOpen && !context.unconfirmedPublicationRecorded) {
        enqueue(recordBreach('publishedBeforeCoordination', { channels, agencies: [...context.input.agencies] }));
        enqueue.assign({ unconfirmedPublicationRecorded: true });
      }
      const all = [...new Set([...context.channels, ...channels])];
      if (context.publishedAt === null && publicationComplete(context, all)) {
        if (context.clockRuns) enqueue(completeDeadline('publication'));
        enqueue.assign({ publishedAt: event.at, clockRuns: false });
      }
    }),
    /** 第九条, 第十二条第2项: the review refused an item that was published before it ended. */
    recordDisclosedDespiteRefusal: enqueueActions(({ context, enqueue }) => {
      if (context.channels.length > 0)
        enqueue(recordBreach('improperDisclosure', { channels: [...context.channels], ground: context.review?.ground ?? null }));
    }),
    startClock: enqueueActions(({ context, enqueue }) => {
      if (context.clockRuns) enqueue(startDeadline('publication'));
    }),
    completeClock: enqueueActions(({ context, enqueue }) => {
      if (context.clockRuns) enqueue(completeDeadline('publication'));
    }),
    recordViolation: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'violation.recorded') return;
      const { situation, facts } = event.payload;
      enqueue(recordBreach(BREACH_OF_SITUATION[situation], { facts, recordedBy: event.actor.role }));
      if (event.actor.role === 'supervisor') {
        enqueue(
          sendNotice('correctionOrder', { title: context.input.item.title, publisher: context.input.publisher.name, situation, facts }),
        );
      }
    }),
  },
});

/**
 * 《西吉县政府政务公开制度》: an item of government information, once formed or changed, is
 * published within 20 working days (第六条) on the portal and the other channels of 第十一条 (major
 * items also at a press conference), after a confidentiality review (第八条, 第九条) and after the
 * agencies it touches agree (第十条); the situations of 第十二条 are recorded as breaches.
 */
export const proactiveDisclosureMachine = machineSetup.createMachine({
  id: 'proactive-disclosure',
  initial: 'classifying',
  context: ({ input }) => ({
    input: input.data,
    openedAt: input.openedAt,
    clockRuns: input.data.otherPeriod === undefined,
    pressConferenceCompletesPublication: input.parameters.pressConferenceCompletesPublication !== false,
    review: null,
    coordination: null,
    channels: [],
    location: null,
    pressConferenceAt: null,
    publishedAt: null,
    approvedAt: null,
    unapprovedPublicationRecorded: false,
    unreviewedPublicationRecorded: false,
    unconfirmedPublicationRecorded: false,
  }),
  on: {
    'deadline.due': [
      {
        guard: and([deadlineDue('publication'), 'clockRuns', 'isChange']),
        actions: recordBreach('updateOverdue', ({ event }) => ({ dueAt: (event.payload as { dueAt: string }).dueAt })),
        meta: { clause: ['第十二条', '第六条'] },
      },
      {
        guard: and([deadlineDue('publication'), 'clockRuns']),
        actions: recordBreach('publicationOverdue', ({ event }) => ({ dueAt: (event.payload as { dueAt: string }).dueAt })),
        meta: { clause: ['第十二条', '第六条'] },
      },
    ],
    'violation.recorded': { actions: 'recordViolation', meta: { clause: '第十二条' } },
    'approval.granted': { guard: 'approvalPending', actions: 'recordApproval', meta: { clause: '第十条' } },
  },
  states: {
    /**
     * Which article makes the item proactive-disclosure content (the input's basis); the 20 working
     * days of 第六条 start, unless a law sets another period (第六条第二句).
     */
    classifying: {
      always: [
        {
          guard: { type: 'basisIs', params: { article: '第四条' } },
          target: 'preparing',
          actions: 'startClock',
          meta: { clause: ['第三条', '第四条', '第六条'] },
        },
        {
          guard: { type: 'basisIs', params: { article: '第五条' } },
          target: 'preparing',
          actions: 'startClock',
          meta: { clause: ['第三条', '第五条', '第六条'] },
        },
        { target: 'preparing', actions: 'startClock', meta: { clause: ['第三条', '第六条'] } },
      ],
    },
    /** Before publishing: the confidentiality review and the consultation of the agencies touched, side by side. */
    preparing: {
      type: 'parallel',
      on: {
        'item.published': {
          actions: ['addChannels', 'checkApproval', 'publishBeforeClearance'],
          meta: { clause: ['第十一条', '第八条', '第十条'] },
        },
      },
      states: {
        review: {
          initial: 'none',
          states: {
            none: {
              on: {
                'review.requested': {
                  target: 'pending',
                  // 保密审查制度第七条/第十条: the co-issuing departments and the marking reach the review.
                  actions: openChild('confidentiality-review', REVIEW_KEY, ({ context, event }) => {
                    const payload = event.payload as { originatingDepartment?: string; jointlyIssuedWith?: string[]; marking?: string };
                    return {
                      subject: (context as ProactiveDisclosureContext).input.item.title,
                      originatingDepartment: payload.originatingDepartment ?? (context as ProactiveDisclosureContext).input.publisher.name,
                      ...(payload.jointlyIssuedWith === undefined ? {} : { jointlyIssuedWith: payload.jointlyIssuedWith }),
                      ...(payload.marking === undefined ? {} : { marking: payload.marking }),
                    };
                  }),
                  meta: { clause: '第八条' },
                },
              },
            },
            pending: {
              on: {
                'child.done': {
                  guard: 'reviewDone',
                  target: 'done',
                  actions: assign({
                    review: ({ event }) => reviewOutcomeSchema.parse((event as { payload: { output: unknown } }).payload.output),
                  }),
                  meta: { clause: ['第八条', '第九条'] },
                },
              },
            },
            done: {},
          },
        },
        coordination: {
          initial: 'routing',
          states: {
            routing: {
              always: [
                { guard: 'noAgencies', target: 'notNeeded', meta: { clause: '第十条' } },
                {
                  target: 'pending',
                  actions: openChild('release-coordination', COORDINATION_KEY, ({ context }) => ({
                    mode: 'proactive',
                    subject: (context as ProactiveDisclosureContext).input.item.title,
                    agencies: [...(context as ProactiveDisclosureContext).input.agencies],
                  })),
                  meta: { clause: '第十条' },
                },
              ],
            },
            pending: {
              on: {
                'child.done': {
                  guard: 'coordinationDone',
                  target: 'done',
                  actions: assign({
                    coordination: ({ event }) =>
                      coordinationOutcomeSchema.parse((event as { payload: { output: unknown } }).payload.output),
                  }),
                  meta: { clause: '第十条' },
                },
              },
            },
            notNeeded: {},
            done: {},
          },
        },
      },
      always: [
        {
          guard: 'reviewRefused',
          target: 'withheld',
          actions: 'recordDisclosedDespiteRefusal',
          meta: { clause: ['第八条', '第九条', '第十二条'] },
        },
        { guard: 'releaseRefused', target: 'notReleased', meta: { clause: '第十条' } },
        {
          guard: and([
            stateIn('#proactive-disclosure.preparing.review.done'),
            not(stateIn('#proactive-disclosure.preparing.coordination.pending')),
          ]),
          target: 'publishing',
          meta: { clause: ['第八条', '第十条'] },
        },
      ],
    },
    /** Cleared for publication: channels add up until 第十一条 is met (and the press conference of a major item). */
    publishing: {
      on: {
        'item.published': { actions: ['addChannels', 'checkApproval'], meta: { clause: ['第十一条', '第十条'] } },
        'pressConference.held': { guard: 'pressConferenceNotYetHeld', actions: 'recordPressConference', meta: { clause: '第十一条' } },
      },
      always: [
        {
          guard: and(['complete', 'majorWithoutConference']),
          target: 'published',
          actions: [
            'markPublished',
            'completeClock',
            recordBreach('pressConferenceMissing', ({ context }) => ({ title: (context as ProactiveDisclosureContext).input.item.title })),
            catalogueEntry(),
          ],
          meta: { clause: ['第十一条', '第六条', '第七条'] },
        },
        {
          guard: 'complete',
          target: 'published',
          actions: ['markPublished', 'completeClock', catalogueEntry()],
          meta: { clause: ['第十一条', '第六条', '第七条'] },
        },
      ],
    },
    published: { type: 'final' },
    /** 第九条: the review found it (wholly) not disclosable. */
    withheld: { type: 'final' },
    /** 第十条: the agencies touched (or the higher authority) did not agree to its release. */
    notReleased: { type: 'final' },
  },
  output: ({ context }): ProactiveDisclosureOutput => {
    const outcome: Outcome =
      context.review?.decision === 'notDisclosable' ? 'withheld' : context.coordination?.release === false ? 'notReleased' : 'published';
    return {
      outcome,
      channels: [...context.channels],
      pressConference: context.pressConferenceAt !== null,
      ...(context.review?.withheld ? { withheld: context.review.withheld } : {}),
      ...(outcome === 'withheld' && context.review?.ground ? { ground: context.review.ground } : {}),
      ...(outcome === 'notReleased' ? { disagreements: context.coordination?.disagreements ?? [] } : {}),
    };
  },
});
