import { assign, enqueueActions } from 'xstate';
import type { AreaScores } from './areas.js';
import { type Grade, gradeLabels, SCALES } from './grades.js';
import { kit } from './kit.js';
import type { Parameters } from './parameters.js';
import { type ScoreResult, scoreAssessment } from './scoring.js';
import { type Timeliness, timeliness } from './timeliness.js';

/** The team's proposal under review: scores, measured timeliness, opinion, the computed grade and the grade it determined. */
export interface Proposal {
  readonly scores: AreaScores;
  readonly timeliness: Timeliness;
  readonly opinion: string;
  /** The score computed from the scores and the measured facts (第五条), with its grade. */
  readonly computed: ScoreResult;
  /** The grade the team determined (确定考核等次, 第六条第(五)项): the computed one unless it set another. */
  readonly grade: Grade;
  /** Why the team set a grade other than the computed one. */
  readonly gradeReasons: string | null;
}

/** What a case of this module remembers between events (the machine's context). */
export interface AssessmentContext {
  readonly unit: string;
  readonly year: number;
  readonly parameters: Parameters;
  readonly team: readonly string[];
  /** Whether the unit inspected itself (第六条第(三)项) before the team assessed it. */
  readonly selfInspected: boolean;
  readonly proposal: Proposal | null;
}

const { recordBreach, sendNotice } = kit;

const CONTENT = [
  '第六条(五)',
  '第四条',
  '第四条(一)',
  '第四条(二)',
  '第四条(三)',
  '第四条(四)',
  '第四条(五)',
  '第四条(六)',
  '第五条',
] as const;

/**
 * The periodic assessment of one unit for one year (《西吉县政务公开考核制度》第六条): the team is
 * formed, the plan issued in advance, the unit inspects itself (or the team goes on without it, the
 * missing self-inspection recorded), the team assesses, proposes an opinion and determines the grade
 * (computed by {@link scoreAssessment} from the six areas of 第四条 and the timeliness measured from
 * the unit's cases; the team confirms it or sets another with reasons, the computed one kept beside
 * it), the office approves it and notifies the unit in writing, and 第七条's commendation, rewards or
 * criticism follow.
 */
export const assessmentMachine = kit
  .setup({
    types: { context: {} as AssessmentContext },
    guards: {
      /** A grade the team sets must be one of the scale in use (第五条). */
      gradeOnScale: ({ context, event }) =>
        event.type === 'opinion.proposed' &&
        (event.payload.grade === undefined || (SCALES[context.parameters.scale] as readonly Grade[]).includes(event.payload.grade)),
    },
  })
  .createMachine({
    id: 'assessment',
    initial: 'formingTeam',
    context: ({ input }) => ({
      unit: input.data.unit,
      year: input.data.year,
      parameters: input.parameters,
      team: [],
      selfInspected: false,
      proposal: null,
    }),
    output: ({ context }) => ({
      unit: context.unit,
      year: context.year,
      scale: context.parameters.scale,
      grade: context.proposal!.grade,
      computedGrade: context.proposal!.computed.grade,
      total: context.proposal!.computed.total,
      areas: context.proposal!.computed.areas,
      timeliness: context.proposal!.timeliness,
    }),
    states: {
      formingTeam: {
        on: {
          'team.formed': {
            target: 'planning',
            actions: assign({ team: ({ event }) => event.payload.members }),
            meta: { clause: ['第六条', '第六条(一)', '第一条'] },
          },
        },
      },
      planning: {
        on: { 'plan.issued': { target: 'selfInspecting', meta: { clause: '第六条(二)' } } },
      },
      /**
       * 第六条第(三)项: the unit inspects itself. The text sets no period; the team is not held by a
       * unit that never does: it may assess without the self-inspection, which is recorded as missing.
       */
      selfInspecting: {
        on: {
          'selfInspection.submitted': { target: 'assessing', actions: assign({ selfInspected: true }), meta: { clause: '第六条(三)' } },
          'assessment.conducted': {
            target: 'proposing',
            actions: recordBreach('selfInspectionMissing', ({ context }) => ({ unit: context.unit, year: context.year })),
            meta: { clause: ['第六条(四)', '第六条(三)'] },
          },
        },
      },
      assessing: {
        on: { 'assessment.conducted': { target: 'proposing', meta: { clause: '第六条(四)' } } },
      },
      proposing: {
        on: {
          'opinion.proposed': {
            guard: 'gradeOnScale',
            target: 'approving',
            actions: assign(({ context, event }) => {
              const measured = timeliness(event.facts, context.parameters.timelinessSources);
              const computed = scoreAssessment(event.payload.scores, { timelinessRate: measured.rate }, context.parameters);
              const grade = event.payload.grade ?? computed.grade;
              return {
                proposal: {
                  scores: event.payload.scores,
                  timeliness: measured,
                  opinion: event.payload.opinion,
                  computed,
                  grade,
                  gradeReasons: grade === computed.grade ? null : (event.payload.gradeReasons ?? null),
                },
              };
            }),
            meta: { clause: CONTENT },
          },
        },
      },
      approving: {
        on: {
          'result.returned': { target: 'proposing', actions: assign({ proposal: null }), meta: { clause: '第六条(五)' } },
          'result.approved': {
            target: 'concluded',
            actions: enqueueActions(({ context, event, enqueue }) => {
              if (event.type !== 'result.approved' || !context.proposal) return;
              const { grade, computed, gradeReasons, timeliness: measured, opinion } = context.proposal;
              const who = { unit: context.unit, year: context.year, gradeLabel: gradeLabels[grade] };
              enqueue(
                sendNotice('result', {
                  ...who,
                  grade,
                  computedGrade: computed.grade,
                  ...(gradeReasons === null ? {} : { gradeReasons }),
                  total: computed.total,
                  areas: computed.areas,
                  timeliness: measured,
                  opinion,
                }),
              );
              if (grade === 'excellent') enqueue(sendNotice('commendation', who));
              if (grade === 'fail') {
                enqueue(sendNotice('criticism', who));
                enqueue(recordBreach('failed', { grade, computedGrade: computed.grade, total: computed.total }));
              }
              const individuals = event.payload.outstandingIndividuals;
              if (individuals.length > 0) enqueue(sendNotice('individualReward', { unit: context.unit, year: context.year, individuals }));
            }),
            meta: { clause: ['第六条(五)', '第七条'] },
          },
        },
      },
      concluded: { type: 'final' },
    },
  });
