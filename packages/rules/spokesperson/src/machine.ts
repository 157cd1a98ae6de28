import { china, toBeijingDate } from '@zwgk/calendar';
import type { Instant, KitTypes } from '@zwgk/core';
import { assign, enqueueActions } from 'xstate';
import { meetsAdvanceNotice } from './advance-notice.js';
import type { ClauseId } from './clauses.js';
import { emergencySpeaker, type Impact } from './emergency-level.js';
import type { SpokespersonInput } from './events.js';
import { kit } from './kit.js';
import type { SpokespersonParameters } from './parameters.js';
import type { EventPlan } from './plan.js';
import { categoriesApprovedBy, type PressAuthority, requiredPressApprovals } from './press.js';

/** What a spokesperson case remembers. */
export interface SpokespersonContext {
  readonly input: SpokespersonInput;
  readonly plan: EventPlan | null;
  readonly appliedAt: Instant | null;
  /** The approvals of 第五条(七) recorded so far. */
  readonly pressApprovals: readonly PressAuthority[];
  readonly repliedAt: Instant | null;
  readonly consentedAt: Instant | null;
  readonly releasedAt: Instant | null;
  readonly outcome: SpokespersonOutput['outcome'] | null;
  readonly parameters: SpokespersonParameters;
}

/** What a finished case reports. */
export interface SpokespersonOutput {
  readonly kind: SpokespersonInput['kind'];
  readonly outcome: 'held' | 'refused' | 'withdrawn' | 'released';
  readonly conferenceDate: string | null;
  readonly appliedAt: Instant | null;
  readonly repliedAt: Instant | null;
  readonly releasedAt: Instant | null;
}

type Event = KitTypes<typeof kit>['event'];
const { cancelDeadline, completeDeadline, recordBreach, sendNotice, startDeadline } = kit;
type Args = { context: SpokespersonContext; event: Event };

const impactOf = (context: SpokespersonContext): Impact | null => (context.input.kind === 'emergency' ? context.input.impact : null);

function reply(decision: 'approved' | 'refused') {
  return ({ context, event }: Args): Record<string, unknown> => {
    if (event.type !== 'application.approved' && event.type !== 'application.refused') return {};
    return {
      decision,
      organizer: context.input.kind === 'application' ? context.input.organizer : '',
      replyReference: event.payload.replyReference,
      conferenceDate: context.plan?.date ?? '',
      ...(event.type === 'application.refused' ? { reason: event.payload.reason } : {}),
    };
  };
}

/** The breach data of a conference or release made before the consent the text requires. */
function heldWithout({ context, event }: Args): Record<string, unknown> {
  const spokesperson = 'spokesperson' in event.payload ? (event.payload as { spokesperson: string }).spokesperson : '';
  return { subject: context.input.subject, spokesperson, at: event.at };
}

/**
 * 第五条(四) 经批准后方可举行 and 第五条(七): a conference held without the approval, on another day
 * than the approved one, or with invited press not approved is a fact: the breaches that apply.
 */
function heldAnyway(context: SpokespersonContext, event: Event, approved: boolean) {
  if (event.type !== 'conference.held') return [];
  const heldOn = toBeijingDate(event.at);
  const breaches = [];
  if (!approved || context.plan?.date !== heldOn) {
    const data = { ...heldWithout({ context, event }), approved, plannedFor: context.plan?.date ?? null, heldOn };
    breaches.push(recordBreach('heldWithoutApproval', data));
  }
  const categories = context.plan?.invitedPress.categories ?? [];
  const missing = requiredPressApprovals(categories).filter((a) => !context.pressApprovals.includes(a));
  if (missing.length > 0) breaches.push(recordBreach('pressInvitedWithoutApproval', { missing, categories: [...categories] }));
  return breaches;
}

const PRESS_APPROVAL = {
  guard: 'approvesInvitedPress',
  actions: 'recordPressApproval',
  meta: { clause: '第五条(七)' as ClauseId },
} as const;

/** The xstate machine of 《西吉县政务公开新闻发言人制度》; run it through the engine (`createEngine`), not directly. */
export const spokespersonMachine = kit
  .setup({
    types: { context: {} as SpokespersonContext },
    guards: {
      isEmergency: ({ context }) => context.input.kind === 'emergency',
      isAdHoc: ({ context }) => context.input.kind === 'adHocConference',
      isHotTopic: ({ context }) => context.input.kind === 'hotTopic',
      /** 第五条(四): 提前3个工作日, counted from the day the application reaches the office. */
      givesAdvanceNotice: ({ context, event }) =>
        event.type === 'application.submitted' &&
        meetsAdvanceNotice(china, toBeijingDate(event.at), event.payload.plan.date, context.parameters.conferenceDayCounts),
      /** 第五条(七): the sender is the authority for press the plan invites. */
      approvesInvitedPress: ({ context, event }) => {
        if (event.type !== 'press.approved' || context.plan === null) return false;
        const authority = event.actor.role as PressAuthority;
        const invited = categoriesApprovedBy(authority, context.plan.invitedPress.categories);
        return (
          invited.length > 0 &&
          event.payload.categories.every((c) => invited.includes(c)) &&
          invited.every((c) => (event.payload.categories as readonly string[]).includes(c))
        );
      },
      /** 第五条(四) 经批准后方可举行 on the approved date; 第五条(七) every press approval recorded. */
      mayHold: ({ context, event }) =>
        context.plan !== null &&
        toBeijingDate(event.at) === context.plan.date &&
        requiredPressApprovals(context.plan.invitedPress.categories).every((a) => context.pressApprovals.includes(a)),
      needsConsent: ({ context }) => {
        const impact = impactOf(context);
        return impact !== null && emergencySpeaker(impact).needsGovernmentConsent;
      },
      /** 第五条(五): the spokesperson of the level the impact calls for. */
      rightLevel: ({ context, event }) => {
        const impact = impactOf(context);
        return impact !== null && (emergencySpeaker(impact).speakers as readonly string[]).includes(event.actor.role);
      },
    },
    actions: {
      recordPlan: assign(({ event }) => (event.type === 'application.submitted' ? { plan: event.payload.plan, appliedAt: event.at } : {})),
      recordReply: assign({ repliedAt: ({ event }) => event.at }),
      recordPressApproval: assign({
        pressApprovals: ({ context, event }) => [...new Set([...context.pressApprovals, event.actor.role as PressAuthority])],
      }),
      recordConsent: assign({ consentedAt: ({ event }) => event.at }),
      recordRelease: assign({ releasedAt: ({ event }) => event.at }),
      recordHeldWithoutApproval: enqueueActions(({ context, event, enqueue }) => {
        for (const breach of heldAnyway(context, event, false)) enqueue(breach);
      }),
      recordHeldOffPlan: enqueueActions(({ context, event, enqueue }) => {
        for (const breach of heldAnyway(context, event, true)) enqueue(breach);
      }),
      /** 第五条(四) 提前3个工作日: a late application is recorded with its breach; the office still answers it. */
      recordLateApplication: recordBreach('applicationLate', ({ event }: Args) =>
        event.type === 'application.submitted' ? { submittedOn: toBeijingDate(event.at), conferenceDate: event.payload.plan.date } : {},
      ),
      replyOverdue: recordBreach('replyOverdue', ({ event }: Args) =>
        event.type === 'deadline.due' ? { deadline: event.payload.name, dueAt: event.payload.dueAt } : {},
      ),
    },
  })
  .createMachine({
    id: 'spokesperson',
    initial: 'routing',
    context: ({ input }) => ({
      input: input.data,
      plan: null,
      appliedAt: null,
      pressApprovals: [],
      repliedAt: null,
      consentedAt: null,
      releasedAt: null,
      outcome: null,
      parameters: input.parameters,
    }),
    states: {
      routing: {
        always: [
          { guard: 'isEmergency', target: 'emergency', meta: { clause: '第五条(五)' } },
          { guard: 'isAdHoc', target: 'adHoc', meta: { clause: '第五条(二)' } },
          { guard: 'isHotTopic', target: 'hotTopic', meta: { clause: '第五条(三)' } },
          { target: 'application', meta: { clause: '第五条(四)' } },
        ],
      },

      /** A department's press conference or press reception (第五条(四), (七)). */
      application: {
        initial: 'drafting',
        states: {
          drafting: {
            on: {
              'application.submitted': [
                {
                  guard: 'givesAdvanceNotice',
                  target: 'underReview',
                  actions: ['recordPlan', startDeadline('writtenReply')],
                  meta: { clause: '第五条(四)' },
                },
                {
                  target: 'underReview',
                  actions: ['recordPlan', startDeadline('writtenReply'), 'recordLateApplication'],
                  meta: { clause: '第五条(四)' },
                },
              ],
              'conference.held': {
                target: '#spokesperson.held',
                actions: 'recordHeldWithoutApproval',
                meta: { clause: ['第五条(四)', '第五条(七)'] },
              },
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(四)' } },
            },
          },
          /** 政府办公室审批 (第二条(二)), answering in writing within 2 working days. */
          underReview: {
            on: {
              'application.approved': {
                target: 'approved',
                actions: ['recordReply', completeDeadline('writtenReply'), sendNotice('writtenReply', reply('approved'))],
                meta: { clause: ['第五条(四)', '第二条(二)'] },
              },
              'application.refused': {
                target: '#spokesperson.refused',
                actions: ['recordReply', completeDeadline('writtenReply'), sendNotice('writtenReply', reply('refused'))],
                meta: { clause: ['第五条(四)', '第二条(二)'] },
              },
              'press.approved': PRESS_APPROVAL,
              'deadline.due': { guard: kit.deadlineDue('writtenReply'), actions: 'replyOverdue', meta: { clause: '第五条(四)' } },
              'conference.held': {
                target: '#spokesperson.held',
                actions: 'recordHeldWithoutApproval',
                meta: { clause: ['第五条(四)', '第五条(七)'] },
              },
              'application.withdrawn': {
                target: '#spokesperson.withdrawn',
                actions: cancelDeadline('writtenReply', '主办单位撤回申请'),
                meta: { clause: '第五条(四)' },
              },
            },
          },
          /** 经批准后方可举行. */
          approved: {
            on: {
              'press.approved': PRESS_APPROVAL,
              'conference.held': [
                { guard: 'mayHold', target: '#spokesperson.held', meta: { clause: ['第五条(四)', '第五条(七)'] } },
                {
                  target: '#spokesperson.held',
                  actions: 'recordHeldOffPlan',
                  meta: { clause: ['第五条(四)', '第五条(七)'] },
                },
              ],
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(四)' } },
            },
          },
        },
      },

      /**
       * 第五条(二): a conference called at short notice, 经有关领导同意后举行. Held without the consent, it
       * is recorded (it happened) with the breach.
       */
      adHoc: {
        initial: 'awaitingConsent',
        states: {
          awaitingConsent: {
            on: {
              'leader.consented': { target: 'leaderConsented', actions: 'recordConsent', meta: { clause: '第五条(二)' } },
              'leader.declined': { target: '#spokesperson.refused', meta: { clause: '第五条(二)' } },
              'conference.held': {
                target: '#spokesperson.held',
                actions: recordBreach('adHocHeldWithoutConsent', heldWithout),
                meta: { clause: '第五条(二)' },
              },
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(二)' } },
            },
          },
          leaderConsented: {
            on: {
              'conference.held': { target: '#spokesperson.held', meta: { clause: '第五条(二)' } },
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(二)' } },
            },
          },
        },
      },
      /**
       * 第五条(三): on the government office's opinion (the case's input), 经有关领导同意后 the county or a
       * department spokesperson releases. Released without the consent, it is recorded with the breach.
       */
      hotTopic: {
        initial: 'awaitingConsent',
        states: {
          awaitingConsent: {
            on: {
              'leader.consented': { target: 'awaitingRelease', actions: 'recordConsent', meta: { clause: '第五条(三)' } },
              'leader.declined': { target: '#spokesperson.refused', meta: { clause: '第五条(三)' } },
              'hotTopic.released': {
                target: '#spokesperson.released',
                actions: ['recordRelease', recordBreach('hotTopicReleasedWithoutConsent', heldWithout)],
                meta: { clause: '第五条(三)' },
              },
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(三)' } },
            },
          },
          awaitingRelease: {
            on: {
              'hotTopic.released': { target: '#spokesperson.released', actions: 'recordRelease', meta: { clause: '第五条(三)' } },
              'application.withdrawn': { target: '#spokesperson.withdrawn', meta: { clause: '第五条(三)' } },
            },
          },
        },
      },
      /** News of an emergency, released at any time by the spokesperson of the right level (第五条(五)). */
      emergency: {
        initial: 'routing',
        states: {
          routing: {
            always: [
              { guard: 'needsConsent', target: 'awaitingConsent', meta: { clause: '第五条(五)' } },
              { target: 'awaitingRelease', meta: { clause: '第五条(五)' } },
            ],
          },
          awaitingConsent: {
            on: {
              'emergency.consented': { target: 'awaitingRelease', actions: 'recordConsent', meta: { clause: '第五条(五)' } },
              // 第五条(五) 经政府同意后: a release made before it is recorded, with the breach.
              'emergency.released': {
                guard: 'rightLevel',
                target: '#spokesperson.released',
                actions: ['recordRelease', recordBreach('emergencyReleasedWithoutConsent', heldWithout)],
                meta: { clause: '第五条(五)' },
              },
            },
          },
          awaitingRelease: {
            on: {
              'emergency.released': {
                guard: 'rightLevel',
                target: '#spokesperson.released',
                actions: 'recordRelease',
                meta: { clause: '第五条(五)' },
              },
            },
          },
        },
      },

      held: { type: 'final', entry: assign({ outcome: 'held' as const }) },
      refused: { type: 'final', entry: assign({ outcome: 'refused' as const }) },
      withdrawn: { type: 'final', entry: assign({ outcome: 'withdrawn' as const }) },
      released: { type: 'final', entry: assign({ outcome: 'released' as const }) },
    },
    output: ({ context }) => ({
      kind: context.input.kind,
      outcome: context.outcome ?? 'withdrawn',
      conferenceDate: context.plan?.date ?? null,
      appliedAt: context.appliedAt,
      repliedAt: context.repliedAt,
      releasedAt: context.releasedAt,
    }),
  });
