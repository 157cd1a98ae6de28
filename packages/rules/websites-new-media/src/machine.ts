import type { CaseCounts, Instant } from '@zwgk/core';
import { and, assign } from 'xstate';
import { COUNTED_TAKEDOWN_STATES, EARLIER_TAKEDOWNS, OPENING_STEPS, type OpeningStep, reviewDefects } from './events.js';
import type { Kind, WebsitesNewMediaInput } from './input.js';
import { kit } from './kit.js';
import type { Parameters } from './parameters.js';
import { nextBeijingMidnight } from './plain-days.js';
import { quarterSpan } from './quarter.js';
import { decideTakedown, MAX_TAKEDOWNS_PER_YEAR, type TakedownDecision, type YearBasis } from './takedown-allowance.js';

/** 第四十条第二款: 原则上每周发布信息不得少于4条. */
export const MIN_POSTS_PER_WEEK = 4;

/** How a matter ended. */
export type Outcome =
  | 'answered'
  | 'opened'
  | 'refused'
  | 'restored'
  | 'removed'
  | 'closureFiled'
  | 'weekEnded'
  | 'withdrawn'
  | 'started'
  | 'published';

/** What a case of this module remembers between events (the machine's context). */
export interface WebsitesNewMediaContext {
  readonly data: WebsitesNewMediaInput;
  readonly openedAt: Instant;
  readonly answerCountedFrom: Parameters['errorAnswerCountedFrom'];
  /** How 第十五条's 每年 is read (parameter `takedownYearBasis`); the facts query of `takedown.reviewed` reads it. */
  readonly yearBasis: YearBasis;
  /** The period to file an emergency take-down (parameter `emergencyFilingWorkingDays`). */
  readonly emergencyFilingWorkingDays: number;
  /** The period to publish an inspection's results (parameter `inspectionPublicationWorkingDays`). */
  readonly inspectionPublicationWorkingDays: number;
  /** The take-down decision of 第十五条 made at opening (take-down cases only). */
  readonly takedown: TakedownDecision | null;
  readonly hostUnit: string | null;
  readonly reviews: number;
  readonly stepsDone: readonly OpeningStep[];
  readonly offlineFrom: Instant | null;
  readonly posts: number;
  readonly outcome: Outcome | null;
}

type Ctx = WebsitesNewMediaContext;

const { cancelDeadline, completeDeadline, deadlineDue, recordBreach, recordOverdue, sendNotice, startDeadline } = kit;
const outcome = (value: Outcome) => ({ type: 'setOutcome', params: { outcome: value } }) as const;
/** The site's earlier take-downs the engine holds, from the facts query of `takedown.reviewed`. */
function engineTakedowns(event: { facts?: Readonly<Record<string, unknown>> }): number {
  const counts = event.facts?.[EARLIER_TAKEDOWNS] as CaseCounts | undefined;
  return COUNTED_TAKEDOWN_STATES.reduce((sum, state) => sum + (counts?.byState[state] ?? 0), 0);
}

const dataOf = <K extends Kind>(context: unknown, _kind: K) => (context as Ctx).data as Extract<WebsitesNewMediaInput, { kind: K }>;

const machineSetup = kit.setup({
  types: { context: {} as Ctx },
  guards: {
    isKind: ({ context }, params: { kind: Kind }) => context.data.kind === params.kind,
    answerFromReceipt: ({ context }) => context.answerCountedFrom === 'receipt',
    takedownAllowed: ({ context }) => context.takedown?.allowed === true,
    reviewApproved: ({ event }) => (event.type === 'takedown.reviewed' || event.type === 'migration.reviewed') && event.payload.approved,
    reviewedAtLeastOnce: ({ context }) => context.reviews > 0,
    decisionApproves: ({ event }) =>
      (event.type === 'opening.decided' || event.type === 'takedown.decided' || event.type === 'migration.decided') &&
      event.payload.approved,
    quarterStarted: ({ context }) =>
      context.data.kind === 'inspection' && Date.parse(context.openedAt) >= Date.parse(quarterSpan(context.data.quarter).start),
    stepNotDone: ({ context, event }) => event.type === 'opening.stepDone' && !context.stepsDone.includes(event.payload.step),
    allStepsDone: ({ context }) => OPENING_STEPS.every((s) => context.stepsDone.includes(s)),
    institutionAccount: ({ context }) => context.data.kind === 'account' && context.data.holder === 'institution',
    reviewedAndApproved: ({ context, event }) => context.reviews > 0 && event.type === 'takedown.decided' && event.payload.approved,
    weekStarted: ({ context }) =>
      context.data.kind === 'week' && Date.parse(context.openedAt) >= Date.parse(`${context.data.weekStart}T00:00:00+08:00`),
    tooFewPosts: ({ context }) => context.posts < MIN_POSTS_PER_WEEK,
    takenDownBeforeThisYear: ({ context, event }) =>
      event.type === 'takedown.reviewed' && engineTakedowns(event) + (context.takedown?.countedThisYear ?? 0) >= MAX_TAKEDOWNS_PER_YEAR,
    postLacksReviews: ({ event }) => event.type === 'post.published' && reviewDefects(event.payload).length > 0,
  },
  actions: {
    setOutcome: assign((_, params: { outcome: Outcome }) => ({ outcome: params.outcome })),
    recordHostUnit: assign(({ event }) => (event.type === 'errorReport.forwarded' ? { hostUnit: event.payload.hostUnit } : {})),
    countReview: assign(({ context }) => ({ reviews: context.reviews + 1 })),
    recordStep: assign(({ context, event }) =>
      event.type === 'opening.stepDone' ? { stepsDone: [...context.stepsDone, event.payload.step] } : {},
    ),
    recordOffline: assign(({ event }) => ({ offlineFrom: event.at })),
    countPost: assign(({ context }) => ({ posts: context.posts + 1 })),
    refuseAsTakenDownBefore: assign(({ context, event }) =>
      context.takedown === null || event.type !== 'takedown.reviewed'
        ? {}
        : {
            takedown: {
              allowed: false,
              reasons: [...context.takedown.reasons, 'alreadyTakenDownThisYear' as const],
              countedThisYear: context.takedown.countedThisYear + engineTakedowns(event),
            },
          },
    ),
  },
});

/** 第四条: the competent authority closes a matter nobody pursues (an application withdrawn, an approval not used). */
const closedByAuthority = {
  'matter.closed': { target: '#websites-new-media.closed', actions: outcome('withdrawn'), meta: { clause: '第四条' } },
} as const;

/** 网民纠错 (第二十条第二款): forwarded within 1 working day, handled and answered within 2. */
const errorReport = {
  initial: 'forwarding',
  states: {
    forwarding: {
      entry: startDeadline('forwardErrorReport'),
      on: {
        'errorReport.forwarded': [
          {
            guard: 'answerFromReceipt',
            target: 'handling',
            actions: [
              'recordHostUnit',
              completeDeadline('forwardErrorReport'),
              startDeadline('answerErrorReport', { from: ({ context }) => (context as Ctx).openedAt }),
              transfer(),
            ],
            meta: { clause: '第二十条' },
          },
          {
            target: 'handling',
            actions: ['recordHostUnit', completeDeadline('forwardErrorReport'), startDeadline('answerErrorReport'), transfer()],
            meta: { clause: '第二十条' },
          },
        ],
        'deadline.due': {
          guard: deadlineDue('forwardErrorReport'),
          actions: recordOverdue('errorReportForwardLate'),
          meta: { clause: '第二十条' },
        },
      },
    },
    handling: {
      on: {
        'errorReport.answered': {
          target: '#websites-new-media.closed',
          actions: [
            completeDeadline('answerErrorReport'),
            sendNotice('errorReportReply', ({ context, event }) => {
              const d = dataOf(context, 'errorReport');
              const p = event.payload as { handling: string; reply: string };
              return { site: d.site, netizen: d.netizen, handling: p.handling, reply: p.reply };
            }),
            outcome('answered'),
          ],
          meta: { clause: '第二十条' },
        },
        'deadline.due': {
          guard: deadlineDue('answerErrorReport'),
          actions: recordOverdue('errorReportAnswerLate'),
          meta: { clause: '第二十条' },
        },
      },
    },
  },
} as const;

function transfer() {
  return sendNotice('errorReportTransfer', ({ context, event }) => {
    const d = dataOf(context, 'errorReport');
    return {
      site: d.site,
      netizen: d.netizen,
      content: d.content,
      hostUnit: (event.payload as { hostUnit: string }).hostUnit,
      answerWithinWorkingDays: 2,
    };
  });
}

/** 网站开设 (第九条、第十条): application with the head's consent, approval, six procedures, launch. */
const opening = {
  initial: 'applying',
  states: {
    applying: {
      on: { 'opening.applied': { target: 'deciding', meta: { clause: '第九条' } }, ...closedByAuthority },
    },
    deciding: {
      on: {
        'opening.decided': [
          { guard: 'decisionApproves', target: 'preparing', meta: { clause: '第九条' } },
          { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第九条' } },
        ],
      },
    },
    /** 第十条: 开通前应履行 (一)至(六) 的程序; the site may launch only when all six are done. */
    preparing: {
      on: {
        'opening.stepDone': { guard: 'stepNotDone', actions: 'recordStep', meta: { clause: '第十条' } },
        'site.launched': {
          guard: 'allStepsDone',
          target: '#websites-new-media.closed',
          actions: outcome('opened'),
          meta: { clause: '第十条' },
        },
        ...closedByAuthority,
      },
    },
  },
} as const;

/** 临时下线 (第十五条): allowed at most once a year and for at most 30 days; reviewed, approved, announced. */
const takedown = {
  initial: 'checking',
  states: {
    checking: {
      always: [
        { guard: 'takedownAllowed', target: 'reviewing', meta: { clause: '第十五条' } },
        { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第十五条' } },
      ],
    },
    /** 逐级审核, then the city disclosure office's consent. */
    reviewing: {
      on: {
        'takedown.reviewed': [
          // 每年不得超过1次: the engine's own earlier take-downs of the site (facts query), with any typed in.
          {
            guard: 'takenDownBeforeThisYear',
            target: '#websites-new-media.closed',
            actions: ['refuseAsTakenDownBefore', outcome('refused')],
            meta: { clause: '第十五条' },
          },
          { guard: 'reviewApproved', actions: 'countReview', meta: { clause: '第十五条' } },
          { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第十五条' } },
        ],
        'takedown.decided': [
          { guard: 'reviewedAndApproved', target: 'approved', meta: { clause: '第十五条' } },
          { guard: 'reviewedAtLeastOnce', target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第十五条' } },
        ],
      },
    },
    approved: {
      on: {
        'site.takenDown': {
          target: 'offline',
          actions: [
            'recordOffline',
            // 30 plain days from the next midnight, not rolled past a holiday (see plain-days.ts).
            startDeadline('takedownLimit', { from: ({ event }) => nextBeijingMidnight(event.at) }),
            sendNotice('takedownAnnouncement', ({ context, event }) => {
              const d = dataOf(context, 'takedown');
              return {
                site: d.site,
                reason: d.reason,
                offlineFrom: event.at,
                plannedDays: d.plannedDays,
                announcementUrl: (event.payload as { announcementUrl: string }).announcementUrl,
              };
            }),
          ],
          meta: { clause: '第十五条' },
        },
        ...closedByAuthority,
      },
    },
    offline: {
      on: {
        'site.restored': {
          target: '#websites-new-media.restored',
          actions: [completeDeadline('takedownLimit'), outcome('restored')],
          meta: { clause: '第十五条' },
        },
        'deadline.due': { guard: deadlineDue('takedownLimit'), actions: recordOverdue('takedownOverlong'), meta: { clause: '第十五条' } },
      },
    },
  },
} as const;

/**
 * 紧急下线 (第十五条第二款): not counted against the yearly limit, but filed in writing through the city
 * office within `emergencyFilingWorkingDays` (the text: 及时); a late filing is a breach and still recorded.
 */
const emergencyTakedown = {
  initial: 'filing',
  states: {
    filing: {
      entry: startDeadline('emergencyFiling', { length: ({ context }) => (context as Ctx).emergencyFilingWorkingDays }),
      on: {
        'emergency.filed': { target: 'offline', actions: completeDeadline('emergencyFiling'), meta: { clause: '第十五条' } },
        'deadline.due': {
          guard: deadlineDue('emergencyFiling'),
          actions: recordOverdue('emergencyFilingLate'),
          meta: { clause: '第十五条' },
        },
      },
    },
    offline: {
      on: {
        'site.restored': { target: '#websites-new-media.closed', actions: outcome('restored'), meta: { clause: '第十五条' } },
      },
    },
  },
} as const;

/**
 * 整合迁移 (第十二条): the host unit's application, reviewed level by level, approved by the city office;
 * only then may the migration start (方可启动). A start before approval is recorded with the breach.
 */
const migration = {
  initial: 'reviewing',
  states: {
    reviewing: {
      on: {
        'migration.reviewed': [
          { guard: 'reviewApproved', actions: 'countReview', meta: { clause: '第十二条' } },
          { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第十二条' } },
        ],
        'migration.decided': [
          { guard: and(['reviewedAtLeastOnce', 'decisionApproves']), target: 'approved', meta: { clause: '第十二条' } },
          { guard: 'reviewedAtLeastOnce', target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第十二条' } },
        ],
        'migration.started': {
          target: '#websites-new-media.closed',
          actions: [
            recordBreach('migrationWithoutApproval', ({ event }) => ({
              startedAt: event.at,
              plan: (event.payload as { plan: string }).plan,
            })),
            outcome('started'),
          ],
          meta: { clause: '第十二条' },
        },
      },
    },
    approved: {
      on: {
        'migration.started': { target: '#websites-new-media.closed', actions: outcome('started'), meta: { clause: '第十二条' } },
        ...closedByAuthority,
      },
    },
  },
} as const;

/**
 * 季度巡查抽检 (第三十二条): one inspection of every site each quarter, by the ways of 第三十三条, its
 * results published 及时 (parameter `inspectionPublicationWorkingDays`). Open the case within the quarter.
 */
const inspection = {
  initial: 'checking',
  states: {
    checking: {
      always: [
        { guard: 'quarterStarted', target: 'inspecting', meta: { clause: '第三十二条' } },
        { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第三十二条' } },
      ],
    },
    inspecting: {
      entry: startDeadline('quarterlyInspection', {
        from: ({ context }) => quarterSpan(dataOf(context, 'inspection').quarter).start,
        length: ({ context }) => quarterSpan(dataOf(context, 'inspection').quarter).hours,
      }),
      on: {
        'inspection.done': {
          target: 'publishing',
          actions: [
            completeDeadline('quarterlyInspection'),
            startDeadline('inspectionPublication', { length: ({ context }) => (context as Ctx).inspectionPublicationWorkingDays }),
          ],
          meta: { clause: ['第三十二条', '第三十三条'] },
        },
        'deadline.due': {
          guard: deadlineDue('quarterlyInspection'),
          actions: recordOverdue('inspectionLate'),
          meta: { clause: '第三十二条' },
        },
      },
    },
    publishing: {
      on: {
        'inspection.published': {
          target: '#websites-new-media.closed',
          actions: [completeDeadline('inspectionPublication'), outcome('published')],
          meta: { clause: '第三十二条' },
        },
        'deadline.due': {
          guard: deadlineDue('inspectionPublication'),
          actions: recordOverdue('inspectionPublicationLate'),
          meta: { clause: '第三十二条' },
        },
      },
    },
  },
} as const;

/** 年度工作报表 (第三十五条): the host unit compiles and publishes its site's table. The text gives no date. */
const yearlyTable = {
  initial: 'compiling',
  states: {
    compiling: {
      on: {
        'yearlyTable.published': { target: '#websites-new-media.closed', actions: outcome('published'), meta: { clause: '第三十五条' } },
        ...closedByAuthority,
      },
    },
  },
} as const;

/** 第四十三条第二款: the county internet publicity office's measure on an account is recorded and notified. */
const sanctioned = {
  'account.sanctioned': {
    actions: sendNotice('accountSanction', ({ context, event }) => {
      const p = event.payload as { measure: 'interview' | 'warning' | 'circulatedCriticism' | 'closureOrdered'; facts: string };
      return { accountName: dataOf(context, 'account').accountName, measure: p.measure, facts: p.facts };
    }),
    meta: { clause: '第四十三条' },
  },
} as const;

/**
 * 迁移/关停公告 (第十三条): kept at least 30 days. Removing it earlier is recorded as a breach (the
 * removal has happened; "原则上" admits exceptions that 责任追究 weighs), not refused.
 */
const migrationNotice = {
  initial: 'awaitingPosting',
  states: {
    awaitingPosting: {
      on: {
        'notice.posted': {
          target: 'posted',
          // At least 30 plain days from the next midnight: a floor is not rolled past a holiday (see plain-days.ts).
          actions: startDeadline('noticeMinimum', { from: ({ event }) => nextBeijingMidnight(event.at) }),
          meta: { clause: '第十三条' },
        },
        ...closedByAuthority,
      },
    },
    posted: {
      on: {
        'notice.removed': {
          target: '#websites-new-media.closed',
          actions: [
            cancelDeadline('noticeMinimum', '公告提前撤下'),
            recordBreach('noticeRemovedEarly', ({ event }) => ({
              removedAt: event.at,
              reason: (event.payload as { reason: string }).reason,
            })),
            outcome('removed'),
          ],
          meta: { clause: '第十三条' },
        },
        'deadline.due': { guard: deadlineDue('noticeMinimum'), target: 'kept', meta: { clause: '第十三条' } },
      },
    },
    /** The 30 days have passed: the notice may come down. */
    kept: {
      on: { 'notice.removed': { target: '#websites-new-media.closed', actions: outcome('removed'), meta: { clause: '第十三条' } } },
    },
  },
} as const;

/** 第三十九条第五款: announce the closure and start the 5 working days to file it. */
function closeAccount() {
  return [
    startDeadline('closureFiling'),
    sendNotice('accountClosureAnnouncement', ({ context, event }) => {
      const d = dataOf(context, 'account');
      return { accountName: d.accountName, platform: d.platform, announcement: (event.payload as { announcement: string }).announcement };
    }),
  ];
}

function neverFiled() {
  return recordBreach('accountNeverFiled', ({ context, event }) => ({
    accountName: dataOf(context, 'account').accountName,
    closedAt: event.at,
  }));
}

/** 政务新媒体账号 (第三十九条): filed within 10 working days of opening; closure filed within 5. */
const account = {
  initial: 'planned',
  states: {
    planned: {
      on: {
        'account.opened': [
          {
            guard: 'institutionAccount',
            target: 'awaitingFiling',
            actions: startDeadline('accountFiling'),
            meta: { clause: '第三十九条' },
          },
          // An official's account: 报所在单位同意并备案, with no period in the text.
          { target: 'awaitingFiling', meta: { clause: '第三十九条' } },
        ],
        ...closedByAuthority,
      },
    },
    awaitingFiling: {
      on: {
        'account.filed': [
          { guard: 'institutionAccount', target: 'active', actions: completeDeadline('accountFiling'), meta: { clause: '第三十九条' } },
          { target: 'active', meta: { clause: '第三十九条' } },
        ],
        'deadline.due': {
          guard: deadlineDue('accountFiling'),
          actions: recordOverdue('accountFilingLate'),
          meta: { clause: '第三十九条' },
        },
        // Closed without ever being filed: the closure happened; the missing filing is a breach.
        'account.closed': [
          {
            guard: 'institutionAccount',
            target: 'closing',
            actions: [cancelDeadline('accountFiling', '账号未备案即关闭'), neverFiled(), ...closeAccount()],
            meta: { clause: '第三十九条' },
          },
          { target: 'closing', actions: [neverFiled(), ...closeAccount()], meta: { clause: '第三十九条' } },
        ],
        ...sanctioned,
      },
    },
    active: {
      on: {
        'account.closed': { target: 'closing', actions: closeAccount(), meta: { clause: '第三十九条' } },
        ...sanctioned,
      },
    },
    closing: {
      on: {
        'account.closureFiled': {
          target: '#websites-new-media.closed',
          actions: [completeDeadline('closureFiling'), outcome('closureFiled')],
          meta: { clause: '第三十九条' },
        },
        'deadline.due': {
          guard: deadlineDue('closureFiling'),
          actions: recordOverdue('closureFilingLate'),
          meta: { clause: '第三十九条' },
        },
      },
    },
  },
} as const;

/**
 * One account-week (第四十条第二款): posts are counted until the week ends; fewer than 4 is a breach.
 * The week's deadline runs from its Monday 00:00, which must not be later than the opening: a case
 * opened before its week starts is refused at once (open it on or after the Monday).
 */
const week = {
  initial: 'checking',
  states: {
    checking: {
      always: [
        { guard: 'weekStarted', target: 'counting', meta: { clause: '第四十条' } },
        { target: '#websites-new-media.closed', actions: outcome('refused'), meta: { clause: '第四十条' } },
      ],
    },
    counting: {
      entry: startDeadline('weeklyPosts', { from: ({ context }) => `${dataOf(context, 'week').weekStart}T00:00:00+08:00` }),
      on: {
        // 第四十一条: a post that skipped 三审 or the secrecy review is recorded with the breach, and counts for 第四十条.
        'post.published': [
          {
            guard: 'postLacksReviews',
            actions: [
              'countPost',
              recordBreach('postNotReviewed', ({ event }) => {
                const post = event.payload as { title: string; reviews: { stage: string; reviewer: string }[]; secrecyReviewed: boolean };
                return { title: post.title, defects: reviewDefects(post) };
              }),
            ],
            meta: { clause: ['第四十一条', '第四十条'] },
          },
          { actions: 'countPost', meta: { clause: ['第四十一条', '第四十条'] } },
        ],
        'deadline.due': [
          {
            guard: and([deadlineDue('weeklyPosts'), 'tooFewPosts']),
            target: '#websites-new-media.closed',
            actions: [
              recordBreach('tooFewPosts', ({ context }) => ({ posts: (context as Ctx).posts, minimum: MIN_POSTS_PER_WEEK })),
              outcome('weekEnded'),
            ],
            meta: { clause: '第四十条' },
          },
          {
            guard: deadlineDue('weeklyPosts'),
            target: '#websites-new-media.closed',
            actions: outcome('weekEnded'),
            meta: { clause: '第四十条' },
          },
        ],
      },
    },
  },
} as const;

/**
 * 《西吉县政府网站及新媒体建设运营管理制度》 as one machine: a case is one matter of a `kind`, and an
 * eventless transition at opening routes it to that kind's workflow.
 */
export const websitesNewMediaMachine = machineSetup.createMachine({
  id: 'websites-new-media',
  initial: 'routing',
  context: ({ input }) => {
    const data = input.data;
    return {
      data,
      openedAt: input.openedAt,
      answerCountedFrom: input.parameters.errorAnswerCountedFrom ?? 'forwarding',
      yearBasis: input.parameters.takedownYearBasis ?? 'calendarYear',
      emergencyFilingWorkingDays: input.parameters.emergencyFilingWorkingDays ?? 3,
      inspectionPublicationWorkingDays: input.parameters.inspectionPublicationWorkingDays ?? 10,
      takedown:
        data.kind === 'takedown' ? decideTakedown(data, data.earlierTakedowns, input.parameters.takedownYearBasis ?? 'calendarYear') : null,
      hostUnit: null,
      reviews: 0,
      stepsDone: [],
      offlineFrom: null,
      posts: 0,
      outcome: null,
    };
  },
  states: {
    /** Chooses the workflow from the case input's `kind`. */
    routing: {
      always: [
        { guard: { type: 'isKind', params: { kind: 'errorReport' } }, target: 'errorReport', meta: { clause: '第二十条' } },
        { guard: { type: 'isKind', params: { kind: 'opening' } }, target: 'opening', meta: { clause: '第九条' } },
        { guard: { type: 'isKind', params: { kind: 'takedown' } }, target: 'takedown', meta: { clause: '第十五条' } },
        { guard: { type: 'isKind', params: { kind: 'emergencyTakedown' } }, target: 'emergencyTakedown', meta: { clause: '第十五条' } },
        { guard: { type: 'isKind', params: { kind: 'migration' } }, target: 'migration', meta: { clause: '第十二条' } },
        { guard: { type: 'isKind', params: { kind: 'migrationNotice' } }, target: 'migrationNotice', meta: { clause: '第十三条' } },
        { guard: { type: 'isKind', params: { kind: 'inspection' } }, target: 'inspection', meta: { clause: '第三十二条' } },
        { guard: { type: 'isKind', params: { kind: 'yearlyTable' } }, target: 'yearlyTable', meta: { clause: '第三十五条' } },
        { guard: { type: 'isKind', params: { kind: 'account' } }, target: 'account', meta: { clause: '第三十九条' } },
        { target: 'week', meta: { clause: '第四十条' } },
      ],
    },
    errorReport,
    opening,
    takedown,
    emergencyTakedown,
    migration,
    migrationNotice,
    inspection,
    yearlyTable,
    account,
    week,
    closed: { type: 'final' },
    /** A temporary take-down that happened, the site back online: the state 第十五条's yearly count reads. */
    restored: { type: 'final' },
  },
  output: ({ context }) => ({
    kind: context.data.kind,
    outcome: context.outcome ?? 'weekEnded',
    posts: context.data.kind === 'week' ? context.posts : null,
    takedownRefusals: context.takedown ? [...context.takedown.reasons] : null,
  }),
});
