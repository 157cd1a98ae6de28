import { assign, enqueueActions } from 'xstate';
import type { AreaScores } from './areas.js';
import { gradeLabels } from './grades.js';
import { kit } from './kit.js';
import type { Parameters } from './parameters.js';
import { type ScoreResult, scoreAssessment } from './scoring.js';

/** What a case of this module remembers between events (the machine's context). */
export interface AssessmentContext {
  readonly unit: string;
  readonly year: number;
  readonly parameters: Parameters;
  readonly team: readonly string[];
  /** The team's scores, the measured reply rate, the opinion: the proposal under review. */
  readonly proposal: { readonly scores: AreaScores; readonly onTimeReplyRate: number | null; readonly opinion: string } | null;
  readonly result: ScoreResult | null;
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
 * formed, the plan issued in advance, the unit inspects itself, the team assesses, proposes an
 * opinion and a grade (scored by {@link scoreAssessment} from the six areas of 第四条 and the
 * measured on-time reply rate), the office approves it and notifies the unit in writing, and
 * 第七条's commendation, rewards or criticism follow.
 */
export const assessmentMachine = kit
  .setup({
    types: { context: {} as AssessmentContext },
  })
  .createMachine({
    id: 'assessment',
    initial: 'formingTeam',
    context: ({ input }) => ({
      unit: input.data.unit,
      year: input.data.year,
      parameters: input.parameters,
      team: [],
      proposal: null,
      result: null,
    }),
    output: ({ context }) => ({
      unit: context.unit,
      year: context.year,
      scale: context.parameters.scale,
      grade: context.result!.grade,
      total: context.result!.total,
      areas: context.result!.areas,
      onTimeReplyRate: context.proposal!.onTimeReplyRate,
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
      selfInspecting: {
        on: { 'selfInspection.submitted': { target: 'assessing', meta: { clause: '第六条(三)' } } },
      },
      assessing: {
        on: { 'assessment.conducted': { target: 'proposing', meta: { clause: '第六条(四)' } } },
      },
      proposing: {
        on: {
          'opinion.proposed': {
            target: 'approving',
            actions: assign(({ context, event }) => {
              const onTimeReplyRate = event.payload.measured.onTimeReplyRate;
              return {
                proposal: { scores: event.payload.scores, onTimeReplyRate, opinion: event.payload.opinion },
                result: scoreAssessment(event.payload.scores, { onTimeReplyRate }, context.parameters),
              };
            }),
            meta: { clause: CONTENT },
          },
        },
      },
      approving: {
        on: {
          'result.returned': { target: 'proposing', actions: assign({ proposal: null, result: null }), meta: { clause: '第六条(五)' } },
          'result.approved': {
            target: 'concluded',
            actions: enqueueActions(({ context, event, enqueue }) => {
              if (event.type !== 'result.approved' || !context.result || !context.proposal) return;
              const { grade, total, areas } = context.result;
              const who = { unit: context.unit, year: context.year, gradeLabel: gradeLabels[grade] };
              enqueue(sendNotice('result', { ...who, grade, total, areas, opinion: context.proposal.opinion }));
              if (grade === 'excellent') enqueue(sendNotice('commendation', who));
              if (grade === 'fail') {
                enqueue(sendNotice('criticism', who));
                enqueue(recordBreach('failed', { grade, total }));
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
