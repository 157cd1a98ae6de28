import { completeDeadline as completeNamed, type Instant, type KitTypes, partyDeadline, startDeadline as startNamed } from '@zwgk/core';
import { assign, enqueueActions } from 'xstate';
import { checkEligibility, type Representative } from './eligibility.js';
import type { ViolationRecorded } from './events.js';
import type { Grade } from './grades.js';
import { kit } from './kit.js';
import { yearDeadlineFrom, yearStart } from './year.js';

const { completeDeadline, deadlineDue, recordBreach, sendNotice, startDeadline } = kit;
type Event = KitTypes<typeof kit>['event'];
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
  readonly rectificationWorkingDays: number;
  /** Each target's defaults in the steps of 第五条 (breach names), by target: recorded, never blocking. */
  readonly defaults: Readonly<Record<string, readonly string[]>>;
  /** Targets whose rectification period ran out unreported (第五条第4项); a later report is still recorded. */
  readonly rectificationDefaulted: readonly string[];
  /** Every representative who served the year, with the employer (a disqualified one stays here). */
  readonly served: readonly { readonly name: string; readonly employer: string }[];
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
const RECTIFICATION = 'rectification';
const rectificationTarget = (event: Event) =>
  event.type === 'deadline.due' && event.payload.name.startsWith(`${RECTIFICATION}:`)
    ? event.payload.name.slice(RECTIFICATION.length + 1)
    : undefined;
/** Adds one default (a breach name) of a target to the record. */
const withDefault = (defaults: Ctx['defaults'], target: string, breach: string): Ctx['defaults'] => ({
  ...defaults,
  [target]: [...(defaults[target] ?? []), breach],
});

const machineSetup = kit.setup({
  types: { context: {} as Ctx },
  guards: {
    /**
     * The year's case is opened within the year (or after it, late), or in the year before to plan
     * ahead (an evaluation of next year prepared in December); earlier than that it is premature.
     */
    openedTooEarly: ({ context }) => Date.parse(context.openedAt) < Date.parse(yearStart(context.year - 1)),
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
        known(context, p.commitmentsPublished) &&
        known(context, p.selfInspected)
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
        known(context, p.targetHeadsPresent) &&
        known(
          context,
          p.problems.map((x) => x.target),
        ) &&
        p.representativesPresent <= context.panel.length
      );
    },
    rectificationOnTime: ({ context, event }) => {
      const p = payloadOf(event, 'rectification.reported');
      return (
        p !== undefined &&
        context.targets.includes(p.target) &&
        !context.rectified.includes(p.target) &&
        !context.rectificationDefaulted.includes(p.target)
      );
    },
    lateRectification: ({ context, event }) => {
      const p = payloadOf(event, 'rectification.reported');
      return p !== undefined && context.rectificationDefaulted.includes(p.target) && !context.rectified.includes(p.target);
    },
    rectificationDue: ({ context, event }) => {
      const target = rectificationTarget(event);
      return target !== undefined && context.targets.includes(target) && !context.rectified.includes(target);
    },
    everyTargetReportedOrDefaulted: ({ context }) => covers(context, [...context.rectified, ...context.rectificationDefaulted]),
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
      return p ? { panel: [...context.panel, p], served: [...context.served, { name: p.name, employer: p.employer }] } : {};
    }),
    /** 第五条第1项: a target that did not publish its commitments or inspect itself defaulted; recorded, the evaluation goes on. */
    recordPreparationDefaults: enqueueActions(({ context, event, enqueue }) => {
      const p = payloadOf(event, 'preparation.completed');
      if (!p) return;
      let defaults = context.defaults;
      for (const target of context.targets) {
        if (!p.commitmentsPublished.includes(target)) {
          defaults = withDefault(defaults, target, 'commitmentsNotPublished');
          enqueue(recordBreach('commitmentsNotPublished', { year: context.year, target }));
        }
        if (!p.selfInspected.includes(target)) {
          defaults = withDefault(defaults, target, 'selfInspectionMissing');
          enqueue(recordBreach('selfInspectionMissing', { year: context.year, target }));
        }
      }
      enqueue.assign({ defaults });
    }),
    /** 第五条第3项: a target whose head stayed away defaulted; the assembly is held all the same. */
    recordAbsentHeads: enqueueActions(({ context, event, enqueue }) => {
      const p = payloadOf(event, 'assembly.held');
      if (!p) return;
      let defaults = context.defaults;
      for (const target of context.targets.filter((t) => !p.targetHeadsPresent.includes(t))) {
        defaults = withDefault(defaults, target, 'headAbsent');
        enqueue(recordBreach('headAbsent', { year: context.year, target }));
      }
      enqueue.assign({ defaults });
    }),
    /** 第五条第4项: one rectification period per target, each on its own clock. */
    startRectificationPeriods: enqueueActions(({ context, enqueue }) => {
      for (const target of context.targets)
        enqueue(startNamed(partyDeadline(RECTIFICATION, target), { length: context.rectificationWorkingDays }));
    }),
    recordRectification: enqueueActions(({ context, event, enqueue }) => {
      const p = payloadOf(event, 'rectification.reported');
      if (!p) return;
      enqueue.assign({ rectified: [...context.rectified, p.target] });
      if (!context.rectificationDefaulted.includes(p.target)) enqueue(completeNamed(partyDeadline(RECTIFICATION, p.target)));
    }),
    /** A target's period ran out unreported: the default is recorded and the others go on. */
    recordRectificationDefault: enqueueActions(({ context, event, enqueue }) => {
      const target = rectificationTarget(event);
      if (target === undefined || event.type !== 'deadline.due') return;
      enqueue(completeNamed(event.payload.name));
      enqueue(recordBreach('rectificationNotReported', { year: context.year, target, dueAt: event.payload.dueAt }));
      enqueue.assign({
        rectificationDefaulted: [...context.rectificationDefaulted, target],
        defaults: withDefault(context.defaults, target, 'rectificationNotReported'),
      });
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
    rectificationWorkingDays: input.parameters.rectificationWorkingDays,
    defaults: {},
    rectificationDefaulted: [],
    served: [],
  }),
  states: {
    routing: {
      always: [
        // 一年一次: a case may be opened in the year before to plan ahead; one opened earlier is closed at once.
        { guard: 'openedTooEarly', target: 'premature', meta: { clause: '第五条' } },
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
        // 第五条第4项: a unit that reports after its period ran out is recorded all the same.
        'rectification.reported': { guard: 'lateRectification', actions: 'recordRectification', meta: { clause: '第五条(四)' } },
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
            'preparation.completed': {
              guard: 'prepared',
              target: 'surveying',
              actions: 'recordPreparationDefaults',
              meta: { clause: '第五条(一)' },
            },
          },
        },
        /** Step 2: visits and talks. */
        surveying: {
          on: { 'survey.completed': { guard: 'surveyOfTargets', target: 'assembly', meta: { clause: '第五条(二)' } } },
        },
        /** Step 3: the evaluation assembly. */
        assembly: {
          on: {
            'assembly.held': {
              guard: 'assemblyComplete',
              target: 'rectification',
              actions: 'recordAbsentHeads',
              meta: { clause: '第五条(三)' },
            },
          },
        },
        /**
         * Step 4: each target reports its rectification within its own period; one that does not is
         * recorded as defaulted, and the step ends when every target has reported or defaulted.
         */
        rectification: {
          entry: 'startRectificationPeriods',
          on: {
            'rectification.reported': { guard: 'rectificationOnTime', actions: 'recordRectification', meta: { clause: '第五条(四)' } },
            'deadline.due': { guard: 'rectificationDue', actions: 'recordRectificationDefault', meta: { clause: '第五条(四)' } },
          },
          always: { guard: 'everyTargetReportedOrDefaulted', target: 'appraisal', meta: { clause: '第五条(四)' } },
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
      defaults: Object.fromEntries(Object.entries(context.defaults).map(([target, breaches]) => [target, [...breaches]])),
      representatives: [...context.served],
    };
  },
});
