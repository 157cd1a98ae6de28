import type { Instant } from '@zwgk/core';
import { assign, enqueueActions } from 'xstate';
import { GROUND_CLAUSES, type Ground } from './grounds.js';
import type { AccountabilityInput } from './input.js';
import { kit } from './kit.js';
import { type Allocation, allocateResponsibility, type Conduct } from './responsibility.js';
import { type Measure, needsDisciplinaryReferral, needsJudicialReferral, SANCTIONS, type Severity } from './sanctions.js';

/** What the investigation found: the ground of 第五条, the facts and the evidence. */
export interface Finding {
  readonly ground: Ground;
  readonly facts: string;
  readonly evidence: readonly string[];
}

/** How the case ended: no breach found (`dismissed`), measures decided (`sanctioned`), or the decision revoked on review (`revoked`). */
export type Outcome = 'dismissed' | 'sanctioned' | 'revoked';

/** What a case of this module remembers between events (the machine's context). */
export interface AccountabilityContext {
  readonly input: AccountabilityInput;
  readonly findings: readonly Finding[];
  readonly conduct: Conduct | null;
  readonly allocation: Allocation | null;
  /** Persons heard (陈述和申辩), with the instant. */
  readonly heard: Readonly<Record<string, Instant>>;
  readonly severity: Severity | null;
  readonly measures: readonly Measure[];
  readonly appealed: boolean;
  readonly outcome: Outcome | null;
  readonly hearEveryResponsiblePerson: boolean;
}

const { completeDeadline, deadlineDue, sendNotice, startDeadline } = kit;

/** The persons who bear some responsibility (全部、主要或次要) under the allocation. */
export const responsiblePersons = (allocation: Allocation | null): string[] =>
  (allocation?.shares ?? []).filter((s) => s.share !== 'none').map((s) => s.person);

function heardEnough(context: AccountabilityContext): boolean {
  const heard = Object.keys(context.heard);
  if (heard.length === 0) return false;
  if (!context.hearEveryResponsiblePerson) return true;
  return responsiblePersons(context.allocation).every((p) => heard.includes(p));
}

const machineSetup = kit.setup({
  types: { context: {} as AccountabilityContext },
  guards: {
    ground: ({ event }, params: { ground: Ground }) => event.type === 'finding.recorded' && event.payload.ground === params.ground,
    conduct: ({ event }, params: { kind: Conduct['kind'] }) =>
      event.type === 'responsibility.assessed' && event.payload.conduct.kind === params.kind,
    /** 第八条: facts found, responsibility allocated, the responsible persons heard. */
    readyToDecide: ({ context, event }, params: { severity: Severity }) =>
      event.type === 'decision.issued' &&
      event.payload.severity === params.severity &&
      context.findings.length > 0 &&
      context.allocation !== null &&
      heardEnough(context),
    reviewOutcome: ({ event }, params: { outcome: 'upheld' | 'varied' | 'revoked' }) =>
      event.type === 'review.decided' && event.payload.outcome === params.outcome,
  },
  actions: {
    recordFinding: assign(({ context, event }) =>
      event.type === 'finding.recorded' ? { findings: [...context.findings, event.payload] } : {},
    ),
    allocate: assign(({ event }) =>
      event.type === 'responsibility.assessed'
        ? { conduct: event.payload.conduct, allocation: allocateResponsibility(event.payload.conduct) }
        : {},
    ),
    hear: assign(({ context, event }) =>
      event.type === 'statement.recorded' ? { heard: { ...context.heard, [event.payload.person]: event.at } } : {},
    ),
    decide: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'decision.issued') return;
      const d = event.payload;
      enqueue.assign({ severity: d.severity, measures: d.measures, outcome: 'sanctioned' as const });
      enqueue(
        sendNotice('decisionNotice', {
          unit: context.input.unit,
          decidedBy: context.input.investigatingBody,
          grounds: context.findings.map((f) => ({ ground: f.ground, clause: GROUND_CLAUSES[f.ground], facts: f.facts })),
          responsibility: context.allocation?.shares ?? [],
          severity: d.severity,
          severityClause: SANCTIONS[d.severity].clause,
          measures: d.measures,
          reasons: d.reasons,
          ...(d.correctBy ? { correctBy: d.correctBy } : {}),
          appealWithinDays: 30,
          appealTo: context.input.investigatingBody,
        }),
      );
      const persons = responsiblePersons(context.allocation);
      if (needsDisciplinaryReferral(d.measures)) {
        enqueue(
          sendNotice('disciplinaryReferral', { unit: context.input.unit, proposedBy: '政务公开办公室', persons, reasons: d.reasons }),
        );
      }
      if (needsJudicialReferral(d.measures))
        enqueue(sendNotice('judicialReferral', { unit: context.input.unit, persons, reasons: d.reasons }));
    }),
    review: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'review.decided') return;
      const r = event.payload;
      const severity = r.outcome === 'varied' ? r.severity : r.outcome === 'revoked' ? null : context.severity;
      const measures = r.outcome === 'varied' ? r.measures : r.outcome === 'revoked' ? [] : context.measures;
      enqueue.assign({ severity, measures, outcome: r.outcome === 'revoked' ? ('revoked' as const) : ('sanctioned' as const) });
      const correctBy = r.outcome === 'varied' ? r.correctBy : undefined;
      enqueue(
        sendNotice('reviewResult', {
          outcome: r.outcome,
          reasons: r.reasons,
          severity,
          measures: [...measures],
          ...(correctBy ? { correctBy } : {}),
        }),
      );
    }),
  },
});

const decisionRows = (Object.keys(SANCTIONS) as Severity[]).map((severity) => ({
  guard: { type: 'readyToDecide', params: { severity } } as const,
  target: 'decided' as const,
  actions: 'decide' as const,
  meta: { clause: [SANCTIONS[severity].clause, '第八条'] as const },
}));

const findingRows = (Object.keys(GROUND_CLAUSES) as Ground[]).map((ground) => ({
  guard: { type: 'ground', params: { ground } } as const,
  actions: 'recordFinding' as const,
  meta: { clause: [GROUND_CLAUSES[ground], '第五条', '第八条'] as const },
}));

const CONDUCT_CLAUSES = { unapproved: '第六条(一)', leaderApproved: '第六条(二)', collective: '第六条(三)' } as const;
const conductRows = (Object.keys(CONDUCT_CLAUSES) as Conduct['kind'][]).map((kind) => ({
  guard: { type: 'conduct', params: { kind } } as const,
  actions: 'allocate' as const,
  meta: { clause: [CONDUCT_CLAUSES[kind], '第六条'] as const },
}));

/**
 * A case of 《西吉县政务公开责任追究制度》: investigation by the body of 第四条, findings on the grounds of
 * 第五条, responsibility allocated by 第六条, the responsible persons heard and a written decision with the
 * measures of 第七条 (第八条); review or appeal within 30 days of receiving it (第八条); the written
 * rectification report (第九条).
 */
export const accountabilityMachine = machineSetup.createMachine({
  id: 'accountability',
  initial: 'filed',
  context: ({ input }) => ({
    input: input.data,
    findings: [],
    conduct: null,
    allocation: null,
    heard: {},
    severity: null,
    measures: [],
    appealed: false,
    outcome: null,
    hearEveryResponsiblePerson: input.parameters.hearEveryResponsiblePerson !== false,
  }),
  states: {
    /** 第四条 分级负责: the case goes to the investigating body named in the input. */
    filed: { always: { target: 'investigating', meta: { clause: '第四条' } } },
    /** 第八条: investigate, find the facts, allocate responsibility, hear the persons responsible. */
    investigating: {
      on: {
        'finding.recorded': findingRows,
        'responsibility.assessed': conductRows,
        'statement.recorded': { actions: 'hear', meta: { clause: '第八条' } },
        'decision.issued': decisionRows,
        'case.dismissed': {
          target: 'closed',
          actions: assign({ outcome: 'dismissed' as const }),
          meta: { clause: '第三条' },
        },
      },
    },
    /** The decision is out: the review window and the rectification report run side by side. */
    decided: {
      type: 'parallel',
      states: {
        appeal: {
          initial: 'awaitingReceipt',
          states: {
            awaitingReceipt: {
              on: { 'decision.received': { target: 'window', actions: startDeadline('appeal'), meta: { clause: '第八条' } } },
            },
            /** 接到处理通知后30日内 (calendar days, the last day rolled past a holiday). */
            window: {
              on: {
                'appeal.filed': {
                  target: 'underReview',
                  actions: [completeDeadline('appeal'), assign({ appealed: true })],
                  meta: { clause: '第八条' },
                },
                'deadline.due': { guard: deadlineDue('appeal'), target: 'final', meta: { clause: '第八条' } },
              },
            },
            underReview: {
              on: {
                'review.decided': [
                  {
                    guard: { type: 'reviewOutcome', params: { outcome: 'revoked' } },
                    target: '#accountability.closed',
                    actions: 'review',
                    meta: { clause: '第八条' },
                  },
                  { actions: 'review', target: 'final', meta: { clause: '第八条' } },
                ],
              },
            },
            final: { type: 'final' },
          },
        },
        rectification: {
          initial: 'pending',
          states: {
            pending: {
              on: {
                'rectification.reported': {
                  target: 'reported',
                  actions: [
                    sendNotice('rectificationToOffice', ({ context, event }) => ({ unit: context.input.unit, ...event.payload })),
                    sendNotice('rectificationToSupervisor', ({ context, event }) => ({ unit: context.input.unit, ...event.payload })),
                  ],
                  meta: { clause: '第九条' },
                },
              },
            },
            reported: { type: 'final' },
          },
        },
      },
      onDone: { target: 'closed', meta: { clause: ['第八条', '第九条'] } },
    },
    closed: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: context.outcome ?? 'dismissed',
    grounds: [...new Set(context.findings.map((f) => f.ground))],
    severity: context.severity,
    measures: [...context.measures],
    appealed: context.appealed,
    source: context.input.source ?? null,
  }),
});
