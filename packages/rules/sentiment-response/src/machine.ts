import type { Instant, KitTypes } from '@zwgk/core';
import { and, assign, enqueueActions } from 'xstate';
import type { Channel } from './channels.js';
import { isMajor, type KeyCriterion, type Scope, type Severity } from './classification.js';
import type { ClauseId } from './clauses.js';
import { kit } from './kit.js';
import type { SentimentParameters } from './parameters.js';
import { type Responsibility, responsibleBody } from './responsibility.js';

/** What a sentiment case remembers. */
export interface SentimentContext {
  readonly subject: string;
  /** When the sentiment was found: the case's opening instant. */
  readonly foundAt: Instant;
  /** `null` until classified: the case then runs as 其他政务舆情 (三(二)). */
  readonly severity: Severity | null;
  readonly keyCriteria: readonly KeyCriterion[];
  readonly scope: Scope | null;
  readonly responsibility: Responsibility | null;
  readonly upgradedAt: Instant | null;
  readonly firstReleasedAt: Instant | null;
  readonly respondedAt: Instant | null;
  readonly pressConferenceAt: Instant | null;
  readonly updates: number;
  readonly rumourReferrals: number;
  readonly resultsPublishedAt: Instant | null;
  /** The 24-hour press conference deadline fell due without a conference (breach on record). */
  readonly pressConferenceMissed: boolean;
  /** Which of the module's deadlines are running (so a reclassification cancels only those). */
  readonly running: Readonly<Record<DeadlineName, boolean>>;
  /** Every reclassification after registration, with its reason (also in the audit trail). */
  readonly reclassifications: readonly Reclassification[];
  readonly parameters: SentimentParameters;
}

type DeadlineName = 'firstRelease' | 'pressConference' | 'response';

/** A change of classification (三(一) ↔ 三(二)) and why. */
export interface Reclassification {
  readonly at: Instant;
  readonly from: Severity;
  readonly to: Severity;
  readonly reason: string;
}

/** What a closed case reports (to a parent case or the OA system). */
export interface SentimentOutput {
  readonly severity: Severity;
  readonly responsibility: Responsibility | null;
  readonly foundAt: Instant;
  readonly upgradedAt: Instant | null;
  readonly firstReleasedAt: Instant | null;
  readonly respondedAt: Instant | null;
  readonly pressConferenceAt: Instant | null;
  readonly updates: number;
  readonly rumourReferrals: number;
  readonly resultsPublishedAt: Instant | null;
  readonly reclassifications: readonly Reclassification[];
}

type Event = KitTypes<typeof kit>['event'];
const { cancelDeadline, completeDeadline, sendNotice, startDeadline } = kit;
type Args = { context: SentimentContext; event: Event };
type ReleaseKind = 'firstRelease' | 'response' | 'update' | 'pressConference' | 'results';

const KEY_CLAUSES = ['二(一)', '二(二)', '二(三)', '二(四)', '二(五)'] as const satisfies readonly ClauseId[];
const RESPONSIBILITY_CLAUSES = ['一(一)', '一(三)', '一(四)', '一(五)'] as const satisfies readonly ClauseId[];

/** The public-release record of a release event (第四部分: channels and content). */
function releaseRecord(kind: ReleaseKind) {
  return ({ event }: Args): Record<string, unknown> => {
    if (event.type === 'pressConference.held') {
      const channels: Channel[] = ['pressConference', ...event.payload.alsoVia.filter((c) => c !== 'pressConference')];
      return {
        kind,
        channels: [...new Set(channels)],
        summary: event.payload.summary,
        ...(event.payload.otherChannel ? { otherChannel: event.payload.otherChannel } : {}),
      };
    }
    const p = (event as { payload: { channels: Channel[]; otherChannel?: string; summary: string } }).payload;
    return { kind, channels: p.channels, summary: p.summary, ...(p.otherChannel ? { otherChannel: p.otherChannel } : {}) };
  };
}

function referral({ context, event }: Args): Record<string, unknown> {
  if (event.type !== 'rumour.referred') return {};
  return { endangers: event.payload.endangers, situation: event.payload.situation, clues: event.payload.clues, subject: context.subject };
}

const overdue = kit.recordOverdue;

/** The moment each duty of 第三部分 was met, recorded by the action of that name. */
const MARK = { firstRelease: 'markFirstRelease', pressConference: 'markPressConference', response: 'markResponse' } as const;

/** A release that meets a duty of 第三部分: recorded, its deadline completed, and published with its channels (第四部分). */
const dutyMet = (duty: keyof typeof MARK) =>
  [MARK[duty], completeDeadline(duty), `${duty}Done` as const, sendNotice('publicRelease', releaseRecord(duty))] as const;

/** What either class of sentiment takes while its case is open: the responsible body (第一部分) and rumour referrals (第二部分). */
const whileOpen = {
  'responsibility.assigned': { actions: 'assignResponsibility', meta: { clause: RESPONSIBILITY_CLAUSES } },
  'rumour.referred': {
    actions: ['countReferral', sendNotice('policeReferral', referral), sendNotice('networkRegulatorReferral', referral)],
    meta: { clause: '二' },
  },
} as const;

const NOT_MAJOR = '重新定级为其他政务舆情，适用第三部分第(二)项';
const MAJOR = '重新定级为特别重大、重大突发事件舆情，适用第三部分第(一)项';

const classifiedAs =
  (test: (s: Severity) => boolean) =>
  ({ event }: Args) =>
    event.type === 'sentiment.classified' && test(event.payload.severity);

/** The xstate machine of 《西吉县政府政务舆情回应制度》; run it through the engine (`createEngine`), not directly. */
export const sentimentMachine = kit
  .setup({
    types: { context: {} as SentimentContext },
    guards: {
      openedAsMajor: ({ context }) => isMajor(context.severity),
      becomesMajor: classifiedAs(isMajor),
      staysMajor: classifiedAs(isMajor),
      staysOther: classifiedAs((s) => s === 'other'),
      becomesMajorAfterCountedResponse: ({ context, event }) =>
        context.parameters.earlierResponseCountsAsFirstRelease && event.type === 'sentiment.classified' && isMajor(event.payload.severity),
      becomesOther: classifiedAs((s) => s === 'other'),
      pressConferencePending: ({ context }) => context.pressConferenceAt === null,
      /**
       * 三(一): the results are a duty of their own; published while the 24-hour press conference is
       * still in time, the case waits for the conference (or its due instant).
       */
      pressConferenceStillDue: ({ context }) => context.pressConferenceAt === null && !context.pressConferenceMissed,
      resultsOut: ({ context }) => context.resultsPublishedAt !== null,
      firstReleaseMade: ({ context }) => context.firstReleasedAt !== null,
      /** The responsible body is on record (第一部分) before the case closes. */
      hasResponsibility: ({ context }) => context.responsibility !== null,
    },
    actions: {
      classify: assign(({ context, event }) => {
        if (event.type !== 'sentiment.classified') return {};
        const severity = event.payload.severity;
        const keyCriteria = [...new Set([...context.keyCriteria, ...(event.payload.keyCriteria ?? [])])];
        const from = context.severity ?? 'other';
        const reclassifications =
          from === severity
            ? context.reclassifications
            : [...context.reclassifications, { at: event.at, from, to: severity, reason: event.payload.reason }];
        return {
          severity,
          keyCriteria,
          reclassifications,
          responsibility: context.scope ? responsibleBody(context.scope, severity) : null,
        };
      }),
      /**
       * 三(一) becomes due on an upgrade: the 1-hour first release (unless an earlier answer counts as it)
       * and the 24-hour press conference (unless one was held), counted from the upgrade or, with
       * `majorDeadlinesFromFoundAt`, from the time found; the 48-hour response gives way.
       */
      startMajorDuties: enqueueActions(({ context, enqueue }) => {
        const from = context.parameters.majorDeadlinesFromFoundAt ? { from: context.foundAt } : {};
        const running = { ...context.running };
        if (running.response) {
          enqueue(cancelDeadline('response', MAJOR));
          running.response = false;
        }
        if (context.firstReleasedAt === null && !running.firstRelease) {
          enqueue(startDeadline('firstRelease', from));
          running.firstRelease = true;
        }
        if (context.pressConferenceAt === null && !running.pressConference) {
          enqueue(startDeadline('pressConference', from));
          running.pressConference = true;
        }
        enqueue(assign({ running }));
      }),
      /**
       * A major sentiment reclassified as other (三(二)): the 三(一) deadlines still running are cancelled
       * (breaches already recorded stay); the 48-hour response runs from the time found, unless a release
       * was already made, which is the response.
       */
      endMajorDuties: enqueueActions(({ context, enqueue }) => {
        const running = { ...context.running };
        for (const name of ['firstRelease', 'pressConference'] as const) {
          if (running[name]) enqueue(cancelDeadline(name, NOT_MAJOR));
          running[name] = false;
        }
        if (context.firstReleasedAt === null && context.resultsPublishedAt === null) {
          enqueue(startDeadline('response', { from: context.foundAt }));
          running.response = true;
        } else {
          enqueue(assign({ respondedAt: context.respondedAt ?? context.firstReleasedAt }));
        }
        enqueue(assign({ running }));
      }),
      firstReleaseDone: assign({ running: ({ context }) => ({ ...context.running, firstRelease: false }) }),
      pressConferenceDone: assign({ running: ({ context }) => ({ ...context.running, pressConference: false }) }),
      responseDone: assign({ running: ({ context }) => ({ ...context.running, response: false }) }),
      markPressConferenceMissed: assign({ pressConferenceMissed: true }),
      markUpgrade: assign({ upgradedAt: ({ event }) => event.at }),
      assignResponsibility: assign(({ context, event }) => {
        if (event.type !== 'responsibility.assigned') return {};
        return { scope: event.payload.scope, responsibility: responsibleBody(event.payload.scope, context.severity) };
      }),
      markFirstRelease: assign({ firstReleasedAt: ({ event }) => event.at }),
      markResponse: assign({ respondedAt: ({ event }) => event.at }),
      /** 升级前的回应视为首次信息发布 (parameter earlierResponseCountsAsFirstRelease). */
      responseAsFirstRelease: assign({ firstReleasedAt: ({ context }) => context.respondedAt }),
      markPressConference: assign({ pressConferenceAt: ({ event }) => event.at }),
      countUpdate: assign({ updates: ({ context }) => context.updates + 1 }),
      countReferral: assign({ rumourReferrals: ({ context }) => context.rumourReferrals + 1 }),
      markResults: assign({ resultsPublishedAt: ({ event }) => event.at }),
    },
  })
  .createMachine({
    id: 'sentiment-response',
    initial: 'registered',
    context: ({ input }) => ({
      subject: input.data.subject,
      foundAt: input.openedAt,
      severity: input.data.severity ?? null,
      keyCriteria: input.data.keyCriteria,
      scope: input.data.scope ?? null,
      responsibility: input.data.scope ? responsibleBody(input.data.scope, input.data.severity ?? null) : null,
      upgradedAt: null,
      firstReleasedAt: null,
      respondedAt: null,
      pressConferenceAt: null,
      updates: 0,
      rumourReferrals: 0,
      resultsPublishedAt: null,
      pressConferenceMissed: false,
      running: {
        firstRelease: isMajor(input.data.severity ?? null),
        pressConference: isMajor(input.data.severity ?? null),
        response: !isMajor(input.data.severity ?? null),
      },
      reclassifications: [],
      parameters: {
        earlierResponseCountsAsFirstRelease: input.parameters.earlierResponseCountsAsFirstRelease ?? true,
        majorDeadlinesFromFoundAt: input.parameters.majorDeadlinesFromFoundAt ?? false,
      },
    }),
    states: {
      /** 登记: the instant found; routed at once by its classification (unclassified runs as 其他). */
      registered: {
        always: [
          {
            guard: 'openedAsMajor',
            target: 'major',
            actions: [startDeadline('firstRelease'), startDeadline('pressConference')],
            meta: { clause: ['三(一)', ...KEY_CLAUSES, ...RESPONSIBILITY_CLAUSES] },
          },
          { target: 'other', actions: startDeadline('response'), meta: { clause: ['三(二)', ...KEY_CLAUSES, ...RESPONSIBILITY_CLAUSES] } },
        ],
      },

      /** 特别重大、重大突发事件的政务舆情 (三(一)). */
      major: {
        initial: 'awaitingFirstRelease',
        on: {
          'sentiment.classified': [
            { guard: 'staysMajor', actions: 'classify', meta: { clause: ['三(一)', '一(五)', ...KEY_CLAUSES] } },
            // Reclassified as other (a misregistered item): the office's decision, with its reason, audited.
            {
              guard: and(['becomesOther', 'resultsOut']),
              target: '#sentiment-response.closed',
              actions: ['classify', 'endMajorDuties'],
              meta: { clause: ['三(二)', '三(一)', ...KEY_CLAUSES] },
            },
            {
              guard: and(['becomesOther', 'firstReleaseMade']),
              target: '#sentiment-response.other.informing',
              actions: ['classify', 'endMajorDuties'],
              meta: { clause: ['三(二)', '三(一)', ...KEY_CLAUSES] },
            },
            {
              guard: 'becomesOther',
              target: '#sentiment-response.other.awaitingResponse',
              actions: ['classify', 'endMajorDuties'],
              meta: { clause: ['三(二)', '三(一)', ...KEY_CLAUSES] },
            },
          ],
          ...whileOpen,
          'deadline.due': [
            { guard: kit.deadlineDue('firstRelease'), actions: overdue('firstReleaseOverdue'), meta: { clause: '三(一)' } },
            {
              guard: kit.deadlineDue('pressConference'),
              actions: [overdue('pressConferenceOverdue'), 'markPressConferenceMissed'],
              meta: { clause: '三(一)' },
            },
          ],
        },
        states: {
          awaitingFirstRelease: {
            on: {
              'info.firstReleased': {
                target: 'informing',
                actions: dutyMet('firstRelease'),
                meta: { clause: ['三(一)', '四'] },
              },
              // A press conference within the hour is itself the first release.
              'pressConference.held': {
                target: 'informing',
                actions: [
                  'markFirstRelease',
                  'markPressConference',
                  completeDeadline('firstRelease'),
                  completeDeadline('pressConference'),
                  'firstReleaseDone',
                  'pressConferenceDone',
                  sendNotice('publicRelease', releaseRecord('pressConference')),
                ],
                meta: { clause: ['三(一)', '一(二)', '四'] },
              },
            },
          },
          /** 重要信息持续滚动发布 until the results are published. */
          informing: {
            on: {
              'info.updated': {
                actions: ['countUpdate', sendNotice('publicRelease', releaseRecord('update'))],
                meta: { clause: ['三(一)', '四'] },
              },
              'pressConference.held': [
                {
                  guard: 'pressConferencePending',
                  actions: dutyMet('pressConference'),
                  meta: { clause: ['三(一)', '一(二)', '四'] },
                },
                // A further press conference is one more rolling release.
                {
                  actions: ['countUpdate', sendNotice('publicRelease', releaseRecord('pressConference'))],
                  meta: { clause: ['三(一)', '一(二)', '四'] },
                },
              ],
              // 三(一): the results and the press conference are separate duties; neither waits for the other.
              'results.published': [
                {
                  guard: and(['hasResponsibility', 'pressConferenceStillDue']),
                  target: 'resultsPublished',
                  actions: ['markResults', sendNotice('publicRelease', releaseRecord('results'))],
                  meta: { clause: ['三(一)', '四'] },
                },
                {
                  guard: 'hasResponsibility',
                  target: '#sentiment-response.closed',
                  actions: ['markResults', sendNotice('publicRelease', releaseRecord('results'))],
                  meta: { clause: ['三(一)', '四'] },
                },
              ],
            },
          },
          /**
           * The results are out before the press conference, whose 24 hours still run: the case closes
           * when the conference is held, or when its due instant records the breach.
           */
          resultsPublished: {
            on: {
              'pressConference.held': {
                target: '#sentiment-response.closed',
                actions: dutyMet('pressConference'),
                meta: { clause: ['三(一)', '一(二)', '四'] },
              },
              'info.updated': {
                actions: ['countUpdate', sendNotice('publicRelease', releaseRecord('update'))],
                meta: { clause: ['三(一)', '四'] },
              },
              'deadline.due': {
                guard: kit.deadlineDue('pressConference'),
                target: '#sentiment-response.closed',
                actions: [overdue('pressConferenceOverdue'), 'markPressConferenceMissed', 'pressConferenceDone'],
                meta: { clause: '三(一)' },
              },
            },
          },
        },
      },

      /** 其他政务舆情 (三(二)); also an item not yet classified. */
      other: {
        initial: 'awaitingResponse',
        on: {
          'sentiment.classified': { guard: 'staysOther', actions: 'classify', meta: { clause: ['三(二)', ...KEY_CLAUSES] } },
          ...whileOpen,
          'deadline.due': { guard: kit.deadlineDue('response'), actions: overdue('responseOverdue'), meta: { clause: '三(二)' } },
        },
        states: {
          awaitingResponse: {
            on: {
              'response.given': {
                target: 'informing',
                actions: dutyMet('response'),
                meta: { clause: ['三(二)', '四'] },
              },
              // Upgraded before any answer: the 48 hours give way to 1 hour / 24 hours from now.
              'sentiment.classified': {
                guard: 'becomesMajor',
                target: '#sentiment-response.major.awaitingFirstRelease',
                actions: ['classify', 'markUpgrade', 'startMajorDuties'],
                meta: { clause: ['三(一)', '三(二)', '一(五)', ...KEY_CLAUSES] },
              },
            },
          },
          /** 根据工作进展情况，持续发布权威信息. */
          informing: {
            on: {
              'info.updated': {
                actions: ['countUpdate', sendNotice('publicRelease', releaseRecord('update'))],
                meta: { clause: ['三(二)', '四'] },
              },
              'sentiment.classified': [
                {
                  guard: 'becomesMajorAfterCountedResponse',
                  target: '#sentiment-response.major.informing',
                  actions: ['classify', 'markUpgrade', 'responseAsFirstRelease', 'startMajorDuties'],
                  meta: { clause: ['三(一)', '一(五)', ...KEY_CLAUSES] },
                },
                {
                  guard: 'becomesMajor',
                  target: '#sentiment-response.major.awaitingFirstRelease',
                  actions: ['classify', 'markUpgrade', 'startMajorDuties'],
                  meta: { clause: ['三(一)', '一(五)', ...KEY_CLAUSES] },
                },
              ],
              'results.published': {
                guard: 'hasResponsibility',
                target: '#sentiment-response.closed',
                actions: ['markResults', sendNotice('publicRelease', releaseRecord('results'))],
                meta: { clause: ['三(二)', '四'] },
              },
            },
          },
        },
      },

      /** 调查处置结果已向社会公布. */
      closed: { type: 'final' },
    },
    output: ({ context }) => ({
      severity: context.severity ?? 'other',
      responsibility: context.responsibility,
      foundAt: context.foundAt,
      upgradedAt: context.upgradedAt,
      firstReleasedAt: context.firstReleasedAt,
      respondedAt: context.respondedAt,
      pressConferenceAt: context.pressConferenceAt,
      updates: context.updates,
      rumourReferrals: context.rumourReferrals,
      resultsPublishedAt: context.resultsPublishedAt,
      reclassifications: context.reclassifications,
    }),
  });
