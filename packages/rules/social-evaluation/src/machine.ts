import type { Instant, KitTypes } from '@zwgk/core';
import { assign } from 'xstate';
import { checkEligibility, type Representative } from './eligibility.js';
import type { ViolationRecorded } from './events.js';
import { kit } from './kit.js';
import { yearDeadlineFrom, yearStart } from './year.js';

const { completeDeadline, deadlineDue, recordBreach, sendNotice, startDeadline } = kit;
type Event = KitTypes<typeof kit>['event'];
/** The grade an evaluated target gets. */
export type Grade = 'excellent' | 'good' | 'qualified' | 'unqualified';
/** An evaluated target's score and grade. */
export interface TargetResult {
  readonly target: string;
  readonly score: number;
  readonly grade: Grade;
}

/** What a yearly case remembers. */
export interface SocialEvaluationContext {
  readonly year: number;
  readonly openedAt: Instant;
  readonly targets: readonly string[];
  /** The representatives in office (a disqualified one is removed, 第十二条). */
  readonly panel: readonly Representative[];
  readonly disqualified: readonly string[];
  readonly rectified: readonly string[];
  readonly results: readonly TargetResult[];
  /** Targets that broke the discipline: unqualified for the year whatever their score (第十二条). */
  readonly unqualifiedByViolation: readonly string[];
  readonly yearMissed: boolean;
  readonly minimumRepresentatives: number;
}

type Ctx = SocialEvaluationContext;
type Args = { context: Ctx; event: Event };

/** The results with 第十二条 applied: a target that broke the discipline is unqualified. */
export function finalResults(results: readonly TargetResult[], unqualifiedByViolation: readonly string[]): TargetResult[] {
  return results.map((r) => (unqualifiedByViolation.includes(r.target) ? { ...r, grade: 'unqualified' as const } : r));
}

type PayloadOf<T extends Event['type']> = Extract<Event, { type: T }>['payload'];
function payloadOf<T extends Event['type']>(event: Event, type: T): PayloadOf<T> | undefined {
  return event.type === type ? ((event as { payload: unknown }).payload as never) : undefined;
}
const violationOf = (event: Event) => payloadOf(event, 'violation.recorded') as ViolationRecorded | undefined;
const known = (context: Ctx, names: readonly string[]) => names.every((n) => context.targets.includes(n));
const covers = (context: Ctx, names: readonly string[]) => context.targets.every((t) => names.includes(t));

const machineSetup = kit.setup({
  types: { context: {} as Ctx },
  guards: {
    /**
     * The year's case is opened within the year (or after it, late); not before 1 January 0:00. (Not
     * before the deadline's anchor: in a leap year that is 2 January, and 1 January is in the year.)
     */
    openedBeforeYear: ({ context }) => Date.parse(context.openedAt) < Date.parse(yearStart(context.year)),
    eligible: ({ context, event }) => {
      const candidate = payloadOf(event, 'representative.appointed');
      return (
        candidate !== undefined &&
        checkEligibility(candidate, context.targets).eligible &&
        !context.panel.some((r) => r.name === candidate.name)
      );
    },
    prepared: ({ context, event }) => {
      const p = payloadOf(event, 'preparation.completed');
      return (
        p !== undefined &&
        context.panel.length >= context.minimumRepresentatives &&
        covers(context, p.commitmentsPublished) &&
        covers(context, p.selfInspected)
      );
    },
    surveyOfTargets: ({ context, event }) => {
      const p = payloadOf(event, 'survey.completed');
      return (
        p !== undefined &&
        known(
          context,
          p.problems.map((x) => x.target),
        )
      );
    },
    assemblyComplete: ({ context, event }) => {
      const p = payloadOf(event, 'assembly.held');
      return (
        p !== undefined &&
        covers(context, p.targetHeadsPresent) &&
        known(
          context,
          p.problems.map((x) => x.target),
        ) &&
        p.representativesPresent <= context.panel.length
      );
    },
    rectificationDue: ({ context, event }) => {
      const p = payloadOf(event, 'rectification.reported');
      return p !== undefined && context.targets.includes(p.target) && !context.rectified.includes(p.target);
    },
    allRectified: ({ context }) => covers(context, context.rectified),
    everyTargetGradedOnce: ({ context, event }) => {
      const p = payloadOf(event, 'appraisal.completed');
      if (p === undefined) return false;
      const graded = p.results.map((r) => r.target);
      return graded.length === context.targets.length && new Set(graded).size === graded.length && covers(context, graded);
    },
    byOrganiser: ({ event }) => violationOf(event)?.by === 'organiser',
    byKnownTarget: ({ context, event }) => {
      const v = violationOf(event);
      return v?.by === 'evaluatedUnit' && context.targets.includes(v.target);
    },
    bySeriousRepresentative: ({ context, event }) => {
      const v = violationOf(event);
      return v?.by === 'representative' && v.serious && context.panel.some((r) => r.name === v.representative);
    },
    byRepresentative: ({ context, event }) => {
      const v = violationOf(event);
      return v?.by === 'representative' && context.panel.some((r) => r.name === v.representative);
    },
  },
  actions: {
    recordPlan: assign(({ event }) => {
      const p = payloadOf(event, 'plan.adopted');
      return p ? { targets: p.targets.map((t) => t.name) } : {};
    }),
    appoint: assign(({ context, event }) => {
      const p = payloadOf(event, 'representative.appointed');
      return p ? { panel: [...context.panel, p] } : {};
    }),
    recordRectification: assign(({ context, event }) => {
      const p = payloadOf(event, 'rectification.reported');
      return p ? { rectified: [...context.rectified, p.target] } : {};
    }),
    recordResults: assign(({ event }) => {
      const p = payloadOf(event, 'appraisal.completed');
      return p ? { results: p.results } : {};
    }),
    markYearMissed: assign({ yearMissed: true }),
    markTargetUnqualified: assign(({ context, event }) => {
      const v = violationOf(event);
      return v?.by === 'evaluatedUnit' && !context.unqualifiedByViolation.includes(v.target)
        ? { unqualifiedByViolation: [...context.unqualifiedByViolation, v.target] }
        : {};
    }),
    disqualify: assign(({ context, event }) => {
      const v = violationOf(event);
      return v?.by === 'representative'
        ? { panel: context.panel.filter((r) => r.name !== v.representative), disqualified: [...context.disqualified, v.representative] }
        : {};
    }),
  },
});

const breachData = ({ event }: Args) => ({ ...(violationOf(event) ?? {}) });
const referral = sendNotice('accountabilityReferral', (({ context, event }: Args) => {
  const v = violationOf(event)!;
  return v.by === 'representative'
    ? {}
    : { year: context.year, unit: v.by === 'organiser' ? v.unit : v.target, persons: v.persons, rule: v.rule, facts: v.facts };
}) as never);

/**
 * 《西吉县政务公开社会评议制度》: one evaluation a year (第五条), its five steps in order, representatives
 * who meet 第八条 and 第九条, the results reported and published (第七条), and breaches of the discipline
 * of 第十一条 with the consequences of 第十二条.
 */
export const socialEvaluationMachine = machineSetup.createMachine({
  id: 'social-evaluation',
  initial: 'routing',
  context: ({ input }) => ({
    year: input.data.year,
    openedAt: input.openedAt,
    targets: [],
    panel: [],
    disqualified: [],
    rectified: [],
    results: [],
    unqualifiedByViolation: [],
    yearMissed: false,
    minimumRepresentatives: typeof input.parameters.minimumRepresentatives === 'number' ? input.parameters.minimumRepresentatives : 1,
  }),
  states: {
    routing: {
      always: [
        // A year's evaluation is the work of that year: a case opened before it starts is closed at once.
        { guard: 'openedBeforeYear', target: 'premature', meta: { clause: '第五条' } },
        { target: 'evaluation', meta: { clause: '第五条' } },
      ],
    },
    evaluation: {
      entry: startDeadline('year', { from: ({ context }) => yearDeadlineFrom((context as Ctx).year) }),
      initial: 'planning',
      on: {
        'deadline.due': {
          guard: deadlineDue('year'),
          actions: [
            'markYearMissed',
            recordBreach('notHeldInYear', (({ context, event }: Args) => ({
              year: context.year,
              dueAt: (event.payload as { dueAt: string }).dueAt,
            })) as never),
          ],
          meta: { clause: '第五条' },
        },
        'violation.recorded': [
          {
            guard: 'byOrganiser',
            actions: [recordBreach('organiserViolation', breachData as never), referral],
            meta: { clause: ['第十一条', '第十二条'] },
          },
          {
            guard: 'byKnownTarget',
            actions: ['markTargetUnqualified', recordBreach('evaluatedUnitViolation', breachData as never), referral],
            meta: { clause: ['第十一条', '第十二条'] },
          },
          {
            guard: 'bySeriousRepresentative',
            actions: [
              recordBreach('representativeViolation', breachData as never),
              sendNotice('disciplineRecommendation', (({ context, event }: Args) => {
                const v = violationOf(event) as Extract<ViolationRecorded, { by: 'representative' }>;
                const employer = context.panel.find((r) => r.name === v.representative)?.employer;
                return { year: context.year, representative: v.representative, employer, rule: v.rule, facts: v.facts };
              }) as never),
              'disqualify',
            ],
            meta: { clause: ['第十一条', '第十二条'] },
          },
          {
            guard: 'byRepresentative',
            actions: [recordBreach('representativeViolation', breachData as never), 'disqualify'],
            meta: { clause: ['第十一条', '第十二条'] },
          },
        ],
      },
      states: {
        /** Step 1, first half: working body, plan, targets (第二条) and contents (第三条). */
        planning: {
          on: { 'plan.adopted': { target: 'appointing', actions: 'recordPlan', meta: { clause: ['第五条(一)', '第二条', '第三条'] } } },
        },
        /** Step 1, second half: representatives appointed (第八条, 第九条), trained; commitments published. */
        appointing: {
          on: {
            'representative.appointed': { guard: 'eligible', actions: 'appoint', meta: { clause: ['第八条', '第九条'] } },
            'preparation.completed': { guard: 'prepared', target: 'surveying', meta: { clause: '第五条(一)' } },
          },
        },
        /** Step 2: visits and talks. */
        surveying: {
          on: { 'survey.completed': { guard: 'surveyOfTargets', target: 'assembly', meta: { clause: '第五条(二)' } } },
        },
        /** Step 3: the evaluation assembly. */
        assembly: {
          on: { 'assembly.held': { guard: 'assemblyComplete', target: 'rectification', meta: { clause: '第五条(三)' } } },
        },
        /** Step 4: every target reports its rectification. */
        rectification: {
          on: { 'rectification.reported': { guard: 'rectificationDue', actions: 'recordRectification', meta: { clause: '第五条(四)' } } },
          always: { guard: 'allRectified', target: 'appraisal', meta: { clause: '第五条(四)' } },
        },
        /** Step 5: the democratic appraisal gives the final result. */
        appraisal: {
          on: {
            'appraisal.completed': {
              guard: 'everyTargetGradedOnce',
              target: 'reporting',
              actions: 'recordResults',
              meta: { clause: '第五条(五)' },
            },
          },
        },
        /** 第七条: the results reported to the bodies it names and published. */
        reporting: {
          on: {
            'results.reported': {
              target: '#social-evaluation.concluded',
              actions: [
                completeDeadline('year'),
                sendNotice('resultReport', (({ context, event }: Args) => {
                  const p = payloadOf(event, 'results.reported')!;
                  const results = finalResults(context.results, context.unqualifiedByViolation);
                  return {
                    year: context.year,
                    recipients: ['县委', '县人民政府', '县人大常委会', p.higherJointMeetingOffice, ...p.superiorDepartments],
                    results,
                    unqualified: results.filter((r) => r.grade === 'unqualified').map((r) => r.target),
                  };
                }) as never),
                sendNotice('resultPublication', (({ context, event }: Args) => ({
                  year: context.year,
                  publishedVia: payloadOf(event, 'results.reported')!.publishedVia,
                  results: finalResults(context.results, context.unqualifiedByViolation),
                })) as never),
              ],
              meta: { clause: '第七条' },
            },
          },
        },
      },
    },
    concluded: { type: 'final' },
    premature: { type: 'final' },
  },
  output: ({ context }) => {
    const results = finalResults(context.results, context.unqualifiedByViolation);
    return {
      year: context.year,
      completedInYear: results.length > 0 && !context.yearMissed,
      results,
      unqualified: results.filter((r) => r.grade === 'unqualified').map((r) => r.target),
    };
  },
});
