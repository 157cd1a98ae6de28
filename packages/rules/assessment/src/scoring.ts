import { AREAS, type Area, type AreaScores } from './areas.js';
import { type Grade, type GradeScale, SCALES } from './grades.js';

/** Facts measured by the engine rather than judged by the team. */
export interface MeasuredFacts {
  /** Share of reply deadlines met, 0…1 ({@link onTimeReplyRate}); null when there were none. */
  readonly onTimeReplyRate?: number | null;
}

/** How area scores become a total and a grade (第五条 量化标准): the scale, thresholds and weights. */
export interface ScoringRules {
  readonly scale: GradeScale;
  /** The lowest total of the first three grades of the scale, best first; below the third is 不合格. */
  readonly thresholds: readonly [number, number, number];
  /** Relative weight of each area; the total is the weighted mean. */
  readonly weights: Readonly<Record<Area, number>>;
}

/** An assessed unit's score: area scores, weighted total and grade. */
export interface ScoreResult {
  /** The area scores used, after the measured facts were applied. */
  readonly areas: AreaScores;
  /** The weighted mean, 0–100, rounded to one decimal. */
  readonly total: number;
  readonly grade: Grade;
}

/** Equal weights, thresholds 90 / 80 / 60, the scale the text defines. */
export const DEFAULT_RULES: ScoringRules = {
  scale: 'defined',
  thresholds: [90, 80, 60],
  weights: { organisation: 1, institutions: 1, content: 1, forms: 1, procedureAndTimeliness: 1, effect: 1 },
};

/**
 * Scores an assessment (第四条, 第五条 量化标准): the team's scores of the six areas, with the
 * measured facts applied, weighted into a total and graded on the scale. A measured on-time reply
 * rate caps the score of 第四条第(五)项 (程序和时限) at 100 × the rate: no team judgement may rate
 * the keeping of time limits higher than the record shows. Pure.
 *
 * @param scores - the team's scores, 0–100 per area
 * @param measured - facts measured from the cases
 * @param rules - scale, thresholds and weights (the module's parameters)
 * @returns the areas used, the total and the grade
 * @example
 * scoreAssessment({ organisation: 95, institutions: 92, content: 90, forms: 94, procedureAndTimeliness: 96, effect: 93 }, { onTimeReplyRate: 0.8 })
 * //=> { areas: { …, procedureAndTimeliness: 80, … }, total: 90.7, grade: 'excellent' }
 */
export function scoreAssessment(scores: AreaScores, measured: MeasuredFacts = {}, rules: ScoringRules = DEFAULT_RULES): ScoreResult {
  const [top, second, third] = rules.thresholds;
  if (!(top >= second && second >= third)) throw new RangeError(`thresholds must not increase: ${rules.thresholds.join(' / ')}`);
  const weightSum = AREAS.reduce((s, a) => s + rules.weights[a], 0);
  if (!(weightSum > 0) || AREAS.some((a) => rules.weights[a] < 0)) throw new RangeError('weights must be non-negative and not all zero');
  const rate = measured.onTimeReplyRate;
  const areas: AreaScores = {
    ...scores,
    procedureAndTimeliness:
      rate === undefined || rate === null ? scores.procedureAndTimeliness : Math.min(scores.procedureAndTimeliness, 100 * rate),
  };
  const total = Math.round((AREAS.reduce((s, a) => s + areas[a] * rules.weights[a], 0) / weightSum) * 10) / 10;
  const [g1, g2, g3, g4] = SCALES[rules.scale];
  const grade = total >= top ? g1 : total >= second ? g2 : total >= third ? g3 : g4;
  return { areas, total, grade };
}
