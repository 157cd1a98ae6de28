import type { KitTypes } from '@zwgk/core';
import { assign } from 'xstate';
import {
  allItemsReported,
  isItemReported,
  mayReport,
  outstandingReports,
  recordReport,
  type TrackedItem,
  trackItems,
} from './follow-up.js';
import type { JointMeetingInput } from './input.js';
import { kit } from './kit.js';
import { DEFAULT_MEMBER_UNITS, type ItemReportedWhen } from './parameters.js';

const { completeDeadline, deadlineDue, recordOverdue, restartDeadline, sendNotice, startDeadline } = kit;

/** Whether the case is a meeting or a complaint. */
export type Kind = JointMeetingInput['kind'];
/** How the case ended: a meeting with no agreed items or with every item reported back, a complaint resolved, or one passed to the joint meeting to deliberate. */
export type Outcome = 'noItems' | 'itemsReported' | 'resolved' | 'deliberated' | 'reportPublished' | 'unfounded';

/** One department's inspection in an evaluation round (第二条(四)). */
export interface Inspection {
  readonly unit: string;
  readonly findings: string;
  readonly result: string;
}

/** One responsible unit of a complaint and its report. */
export interface ComplaintUnit {
  readonly unit: string;
  readonly result: string | null;
}

/** What a case of this module remembers between events (the machine's context). */
export interface JointMeetingContext {
  readonly kind: Kind;
  readonly input: JointMeetingInput;
  readonly memberUnits: readonly string[];
  readonly itemReportedWhen: ItemReportedWhen;
  /** The report-back and complaint-handling period in working days (parameter `followUpWorkingDays`). */
  readonly followUpWorkingDays: number;
  /** Meeting: the agreed items of the minutes and each unit's report (第四条(一)3). */
  readonly items: readonly TrackedItem[];
  /** Complaint: the responsible units ordered to handle it (第五条(三)). */
  readonly complaintUnits: readonly ComplaintUnit[];
  /** Evaluation: the departments inspected so far (第二条(四)). */
  readonly inspections: readonly Inspection[];
  /** Evaluation: the summary of the evaluation, once concluded. */
  readonly evaluation: string | null;
  /** The period to publish the disclosure report, in working days (parameter `evaluationReportWorkingDays`). */
  readonly evaluationReportWorkingDays: number;
  readonly outcome: Outcome | null;
  /** Complaint: how it ended (the office's opinion or the joint meeting's decision). */
  readonly conclusion: string | null;
}

type Event = KitTypes<typeof kit>['event'];
type Ctx = JointMeetingContext;

const complaintOf = (c: Ctx) => (c.input.kind === 'complaint' ? c.input : null);
const evaluationOf = (c: Ctx) => (c.input.kind === 'evaluation' ? c.input : null);
const violationOf = (c: Ctx) => (c.input.kind === 'violation' ? c.input : null);
const FOUND_BY: Readonly<Record<string, string>> = {
  inspection: '检查发现',
  evaluation: '评价发现',
  supervision: '监督检查发现',
  report: '举报反映',
  office: '联席会议办公室发现',
  other: '其他途径发现',
};
const pendingUnits = (c: Ctx) => c.complaintUnits.filter((u) => u.result === null).map((u) => u.unit);
const isMember = (c: Ctx, unit: string) => c.memberUnits.includes(unit);

const machineSetup = kit.setup({
  types: { context: {} as Ctx },
  guards: {
    isMeeting: ({ context }) => context.kind === 'meeting',
    isEvaluation: ({ context }) => context.kind === 'evaluation',
    isViolation: ({ context }) => context.kind === 'violation',
    /** A department of the round not yet inspected. */
    inspectable: ({ context, event }) =>
      event.type === 'inspection.recorded' &&
      (evaluationOf(context)?.targets.includes(event.payload.unit) ?? false) &&
      !context.inspections.some((i) => i.unit === event.payload.unit),
    allInspected: ({ context }) => (evaluationOf(context)?.targets.length ?? 0) === context.inspections.length,
    investigatedAs: ({ event }, params: { outcome: 'violation' | 'unfounded' }) =>
      event.type === 'violation.investigated' && event.payload.outcome === params.outcome,
    /** 出席的须是成员单位；列席的（第四条(一)1）不限。 */
    attendeesAreMembers: ({ context, event }) =>
      event.type === 'meeting.held' && event.payload.attendees.every((u) => isMember(context, u)),
    /** 议定事项由成员单位落实（第四条(一)3）. */
    assigneesAreMembers: ({ context, event }) =>
      event.type === 'minutes.issued' && event.payload.items.every((i) => i.units.every((u) => isMember(context, u))),
    mayReport: ({ context, event }) =>
      (event.type === 'item.reported' || event.type === 'item.urged') && mayReport(context.items, event.payload.itemId, event.payload.unit),
    noItems: ({ context }) => context.items.length === 0,
    allItemsReported: ({ context }) => allItemsReported(context.items, context.itemReportedWhen),
    complaintUnitPending: ({ context, event }) =>
      (event.type === 'complaint.handled' || event.type === 'complaint.urged') &&
      context.complaintUnits.some((u) => u.unit === event.payload.unit && u.result === null),
    allComplaintUnitsReported: ({ context }) => context.complaintUnits.length > 0 && pendingUnits(context).length === 0,
    checkedAs: ({ event }, params: { outcome: 'resolved' | 'redo' | 'violation' }) =>
      event.type === 'complaint.checked' && event.payload.outcome === params.outcome,
  },
  actions: {
    recordMinutes: assign(({ event }) => (event.type === 'minutes.issued' ? { items: trackItems(event.payload.items) } : {})),
    recordItemReport: assign(({ context, event }) =>
      event.type === 'item.reported' ? { items: recordReport(context.items, event.payload) } : {},
    ),
    recordAssignment: assign(({ event }) =>
      event.type === 'complaint.assigned' ? { complaintUnits: event.payload.units.map((unit) => ({ unit, result: null })) } : {},
    ),
    recordHandling: assign(({ context, event }) =>
      event.type === 'complaint.handled'
        ? {
            complaintUnits: context.complaintUnits.map((u) =>
              u.unit === event.payload.unit ? { unit: u.unit, result: event.payload.result } : u,
            ),
          }
        : {},
    ),
    recordInspection: assign(({ context, event }) =>
      event.type === 'inspection.recorded'
        ? {
            inspections: [
              ...context.inspections,
              { unit: event.payload.unit, findings: event.payload.findings, result: event.payload.result },
            ],
          }
        : {},
    ),
    recordEvaluation: assign(({ event }) => (event.type === 'evaluation.concluded' ? { evaluation: event.payload.summary } : {})),
    reopenHandling: assign(({ context }) => ({ complaintUnits: context.complaintUnits.map((u) => ({ unit: u.unit, result: null })) })),
    conclude: assign(({ context, event }, params: { outcome: Outcome }) => ({
      outcome: params.outcome,
      conclusion:
        event.type === 'complaint.checked' && event.payload.outcome === 'resolved'
          ? event.payload.opinion
          : event.type === 'violation.deliberated'
            ? event.payload.decision
            : event.type === 'violation.investigated'
              ? event.payload.findings
              : event.type === 'report.published'
                ? `${event.payload.title} ${event.payload.url}`
                : context.conclusion,
    })),
  },
});

/** Ends the case with its outcome (the `conclude` action). */
const conclude = (outcome: Outcome) => ({ type: 'conclude', params: { outcome } }) as const;

/**
 * The joint meeting deliberates the office's proposal (报联席会议审议, 第五条(四)): the last step both of
 * a complaint that found a breach and of a breach found otherwise.
 */
const deliberation = {
  on: {
    'violation.deliberated': { target: '#joint-meeting.closed', actions: conclude('deliberated'), meta: { clause: '第五条(四)' } },
  },
} as const;

const itemUrge = (reason: 'office' | 'periodElapsed') =>
  sendNotice('itemUrge', ({ context, event }) => {
    const c = context as Ctx;
    const e = event as Event;
    if (e.type === 'item.urged') {
      const item = c.items.find((i) => i.id === e.payload.itemId)!;
      return {
        reason,
        outstanding: [{ itemId: item.id, matter: item.matter, unit: e.payload.unit }],
        ...(e.payload.note ? { note: e.payload.note } : {}),
      };
    }
    return { reason, outstanding: outstandingReports(c.items, c.itemReportedWhen) };
  });

const complaintUrge = (reason: 'office' | 'periodElapsed') =>
  sendNotice('complaintUrge', ({ context, event }) => {
    const c = context as Ctx;
    const e = event as Event;
    const matter = complaintOf(c)?.matter ?? '';
    if (e.type === 'complaint.urged')
      return { reason, matter, units: [e.payload.unit], ...(e.payload.note ? { note: e.payload.note } : {}) };
    return { reason, matter, units: pendingUnits(c) };
  });

/**
 * 《西吉县政务公开联席会议制度》: one case per joint meeting or per complaint, chosen by the input's
 * `kind` and routed at opening. A meeting is held (第四条(一)1), its minutes state the agreed items,
 * each assigned to member units (第四条(一)3, issued per 第五条(五)); the case stays open until every
 * item is reported back, then the office reports to the joint meeting and the government. A complaint
 * is received, assigned to the responsible units, urged and checked (第五条(三)); a breach found is
 * investigated and proposed to the joint meeting, which deliberates it (第五条(四)).
 */
export const jointMeetingMachine = machineSetup.createMachine({
  id: 'joint-meeting',
  initial: 'routing',
  context: ({ input }) => ({
    kind: input.data.kind,
    input: input.data,
    memberUnits: input.parameters.memberUnits ?? [...DEFAULT_MEMBER_UNITS],
    itemReportedWhen: input.parameters.itemReportedWhen ?? 'everyUnit',
    followUpWorkingDays: input.parameters.followUpWorkingDays ?? 15,
    items: [],
    complaintUnits: [],
    inspections: [],
    evaluation: null,
    evaluationReportWorkingDays: input.parameters.evaluationReportWorkingDays ?? 20,
    outcome: null,
    conclusion: null,
  }),
  states: {
    /** Chooses the workflow from the case input. */
    routing: {
      always: [
        { guard: 'isMeeting', target: 'meeting', meta: { clause: '第四条(一)1' } },
        { guard: 'isEvaluation', target: 'evaluation', meta: { clause: '第二条(四)' } },
        { guard: 'isViolation', target: 'violation', meta: { clause: '第五条(四)' } },
        { target: 'complaint', meta: { clause: '第五条(三)' } },
      ],
    },
    meeting: {
      initial: 'convened',
      states: {
        /** The convening unit has called the meeting on its topics (第四条(一)1、2). */
        convened: {
          on: {
            'meeting.held': {
              guard: 'attendeesAreMembers',
              target: 'minuting',
              meta: { clause: ['第四条(一)1', '第四条(一)2', '第一条(一)'] },
            },
          },
        },
        /** The office drafts and issues the minutes (第五条(五)) stating the agreed items (第四条(一)3). */
        minuting: {
          on: {
            'minutes.issued': {
              guard: 'assigneesAreMembers',
              target: 'followingUp',
              actions: [
                'recordMinutes',
                sendNotice('minutes', ({ context, event }) => {
                  const e = event as Extract<Event, { type: 'minutes.issued' }>;
                  const input = (context as Ctx).input;
                  return {
                    ...(e.payload.documentNumber ? { documentNumber: e.payload.documentNumber } : {}),
                    topics: input.kind === 'meeting' ? input.topics : [],
                    items: e.payload.items,
                  };
                }),
              ],
              meta: { clause: ['第四条(一)3', '第五条(五)', '第一条(一)'] },
            },
          },
        },
        /** The units carry the items out and report; the office tracks, urges and circulates (第四条(一)3, 第五条(二)). */
        followingUp: {
          entry: startDeadline('reportBack', { length: ({ context }) => context.followUpWorkingDays }),
          on: {
            'item.reported': { guard: 'mayReport', actions: 'recordItemReport', meta: { clause: '第四条(一)3' } },
            'item.urged': { guard: 'mayReport', actions: itemUrge('office'), meta: { clause: '第四条(一)3' } },
            'progress.circulated': {
              actions: sendNotice('progressBulletin', ({ context, event }) => {
                const c = context as Ctx;
                const e = event as Extract<Event, { type: 'progress.circulated' }>;
                return {
                  items: c.items.map((item) => ({
                    itemId: item.id,
                    matter: item.matter,
                    reported: isItemReported(item, c.itemReportedWhen),
                    pendingUnits: item.units.filter((u) => !u.done).map((u) => u.unit),
                  })),
                  ...(e.payload.note ? { note: e.payload.note } : {}),
                };
              }),
              meta: { clause: '第五条(二)' },
            },
            'deadline.due': { guard: deadlineDue('reportBack'), actions: itemUrge('periodElapsed'), meta: { clause: '第四条(一)3' } },
          },
          always: [
            {
              guard: 'noItems',
              target: '#joint-meeting.closed',
              actions: [completeDeadline('reportBack'), conclude('noItems')],
              meta: { clause: '第四条(一)3' },
            },
            {
              guard: 'allItemsReported',
              target: '#joint-meeting.closed',
              actions: [
                completeDeadline('reportBack'),
                conclude('itemsReported'),
                sendNotice('implementationReport', ({ context }) => ({
                  items: (context as Ctx).items.map((item) => ({
                    itemId: item.id,
                    matter: item.matter,
                    reports: item.units.filter((u) => u.report !== null).map((u) => ({ unit: u.unit, report: u.report! })),
                  })),
                })),
              ],
              meta: { clause: '第四条(一)3' },
            },
          ],
        },
      },
    },
    complaint: {
      initial: 'received',
      states: {
        /** The office has received (受理) the complaint. */
        received: {
          on: {
            'complaint.assigned': {
              target: 'handling',
              actions: [
                'recordAssignment',
                sendNotice('complaintAssignment', ({ context, event }) => {
                  const e = event as Extract<Event, { type: 'complaint.assigned' }>;
                  const complaint = complaintOf(context as Ctx)!;
                  return {
                    complainant: complaint.complainant,
                    matter: complaint.matter,
                    units: e.payload.units,
                    instructions: e.payload.instructions,
                  };
                }),
              ],
              meta: { clause: '第五条(三)' },
            },
          },
        },
        /** The responsible units handle it; the office urges (第五条(三)). */
        handling: {
          entry: restartDeadline('complaintHandling', { length: ({ context }) => context.followUpWorkingDays }),
          on: {
            'complaint.handled': { guard: 'complaintUnitPending', actions: 'recordHandling', meta: { clause: '第五条(三)' } },
            'complaint.urged': { guard: 'complaintUnitPending', actions: complaintUrge('office'), meta: { clause: '第五条(三)' } },
            'deadline.due': {
              guard: deadlineDue('complaintHandling'),
              actions: complaintUrge('periodElapsed'),
              meta: { clause: '第五条(三)' },
            },
          },
          always: {
            guard: 'allComplaintUnitsReported',
            target: 'checking',
            actions: completeDeadline('complaintHandling'),
            meta: { clause: '第五条(三)' },
          },
        },
        /** The office checks the handling (检查, 第五条(三)). */
        checking: {
          on: {
            'complaint.checked': [
              {
                guard: { type: 'checkedAs', params: { outcome: 'resolved' } } as const,
                target: '#joint-meeting.closed',
                actions: conclude('resolved'),
                meta: { clause: '第五条(三)' },
              },
              {
                guard: { type: 'checkedAs', params: { outcome: 'redo' } } as const,
                target: 'handling',
                actions: 'reopenHandling',
                meta: { clause: '第五条(三)' },
              },
              {
                guard: { type: 'checkedAs', params: { outcome: 'violation' } } as const,
                target: 'deliberation',
                actions: sendNotice('violationReport', ({ context, event }) => {
                  const e = event as Extract<Event, { type: 'complaint.checked' }>;
                  const complaint = complaintOf(context as Ctx)!;
                  const p = e.payload as Extract<typeof e.payload, { outcome: 'violation' }>;
                  return { matter: complaint.matter, complainant: complaint.complainant, findings: p.findings, proposal: p.proposal };
                }),
                meta: { clause: '第五条(四)' },
              },
            ],
          },
        },
        deliberation,
      },
    },
    /**
     * 第二条(四): 定期对政府部门政务公开情况实施检查和评价,并向社会公布政务公开情况报告. The office
     * inspects each department of the round, the evaluation is concluded, and the report is published
     * within `evaluationReportWorkingDays` (late: breach, and the case waits for it).
     */
    evaluation: {
      initial: 'inspecting',
      states: {
        inspecting: {
          on: {
            'inspection.recorded': { guard: 'inspectable', actions: 'recordInspection', meta: { clause: '第二条(四)' } },
            'evaluation.concluded': {
              guard: 'allInspected',
              target: 'reporting',
              actions: 'recordEvaluation',
              meta: { clause: '第二条(四)' },
            },
          },
        },
        reporting: {
          entry: startDeadline('evaluationReport', { length: ({ context }) => context.evaluationReportWorkingDays }),
          on: {
            'report.published': {
              target: '#joint-meeting.closed',
              actions: [
                completeDeadline('evaluationReport'),
                conclude('reportPublished'),
                sendNotice('disclosureReport', ({ context, event }) => {
                  const c = context as Ctx;
                  const e = event as Extract<Event, { type: 'report.published' }>;
                  return {
                    period: evaluationOf(c)?.period ?? '',
                    title: e.payload.title,
                    url: e.payload.url,
                    summary: c.evaluation ?? '',
                    inspections: c.inspections.map((i) => ({ unit: i.unit, result: i.result })),
                  };
                }),
              ],
              meta: { clause: '第二条(四)' },
            },
            'deadline.due': {
              guard: deadlineDue('evaluationReport'),
              actions: recordOverdue('evaluationReportLate'),
              meta: { clause: '第二条(四)' },
            },
          },
        },
      },
    },
    /**
     * 第五条(四): a breach found otherwise than through a complaint (an inspection, supervision, a
     * report, the office itself) is investigated; a breach found goes to the joint meeting with a proposal.
     */
    violation: {
      initial: 'investigating',
      states: {
        investigating: {
          on: {
            'violation.investigated': [
              {
                guard: { type: 'investigatedAs', params: { outcome: 'violation' } } as const,
                target: 'deliberation',
                actions: sendNotice('violationReport', ({ context, event }) => {
                  const e = event as Extract<Event, { type: 'violation.investigated' }>;
                  const v = violationOf(context as Ctx)!;
                  const p = e.payload as Extract<typeof e.payload, { outcome: 'violation' }>;
                  return { matter: v.matter, complainant: FOUND_BY[v.foundBy] ?? v.foundBy, findings: p.findings, proposal: p.proposal };
                }),
                meta: { clause: '第五条(四)' },
              },
              {
                guard: { type: 'investigatedAs', params: { outcome: 'unfounded' } } as const,
                target: '#joint-meeting.closed',
                actions: conclude('unfounded'),
                meta: { clause: '第五条(四)' },
              },
            ],
          },
        },
        deliberation,
      },
    },
    closed: { type: 'final' },
  },
  output: ({ context }) => ({ kind: context.kind, outcome: context.outcome ?? 'noItems', conclusion: context.conclusion }),
});
