import { AREAS, type Area, type AreaScores } from './areas.js';
import { type Grade, type GradeScale, SCALES } from './grades.js';

/** Facts measured by the engine rather than judged by the team. */
export interface MeasuredFacts {
  /**
   * Share of the periods of 第四条第(五)项 kept, 0…1 (both duties, {@link timeliness}); null when
   * none was decided.
   */
  readonly timelinessRate?: number | null;
}

/** How area scores become a total and a grade (第五条 量化标准): the scale, thresholds and weights. */
export interface ScoringRules {
  readonly scale: GradeScale;
  /** The lowest total of the first three grades of the scale, best first; below the third is 不合格. */
  readonly thresholds: readonly [number, number, number];
  /** Relative weight of each area; the total is the weighted mean. */
  readonly weights: Readonly<Record<Area, number>>;
  /** Whether the measured timeliness rate caps the score of 程序和时限 (the `capTimeliness` parameter). */
  readonly capTimeliness: boolean;
}

/** An assessed unit's score: area scores, weighted total and grade. */
export interface ScoreResult {
  /** The area scores used, after the measured facts were applied. */
  readonly areas: AreaScores;
  /** The weighted mean, 0–100, rounded to one decimal. */
  readonly total: number;
  readonly grade: Grade;
}

/** Equal weights, thresholds 90 / 80 / 60, the scale the text defines, the timeliness cap on. */
export const DEFAULT_RULES: ScoringRules = {
  scale: 'defined',
  thresholds: [90, 80, 60],
  weights: { organisation: 1, institutions: 1, content: 1, forms: 1, procedureAndTimeliness: 1, effect: 1 },
  capTimeliness: true,
};

/**
 * Scores an assessment (第四条, 第五条 量化标准): the team's scores of the six areas, with the
 * measured facts applied, weighted into a total and graded on the scale. With `capTimeliness` (the
 * default) the measured timeliness rate (periods of 依申请公开 and 主动公开 kept) caps the score of
 * 第四条第(五)项 (程序和时限) at 100 × the rate: no team judgement rates the keeping of time limits
 * higher than the record shows. Pure.
 *
 * @param scores - the team's scores, 0–100 per area
 * @param measured - facts measured from the cases
 * @param rules - scale, thresholds and weights (the module's parameters)
 * @returns the areas used, the total and the grade
 * @example
 * scoreAssessment({ organisation: 95, institutions: 92, content: 90, forms: 94, procedureAndTimeliness: 96, effect: 93 }, { timelinessRate: 0.8 })
 * //=> { areas: { …, procedureAndTimeliness: 80, … }, total: 90.7, grade: 'excellent' }
 */
export function scoreAssessment(scores: AreaScores, measured: MeasuredFacts = {}, rules: ScoringRules = DEFAULT_RULES): ScoreResult {
  const [top, second, third] = rules.thresholds;
  if (!(top >= second && second >= third)) throw new RangeError(`thresholds must not increase: ${rules.thresholds.join(' / ')}`);
  const weightSum = AREAS.reduce((s, a) => s + rules.weights[a], 0);
  if (!(weightSum > 0) || AREAS.some((a) => rules.weights[a] < 0)) throw new RangeError('weights must be non-negative and not all zero');
  const rate = measured.timelinessRate;
  const areas: AreaScores = {
    ...scores,
    procedureAndTimeliness:
      !rules.capTimeliness || rate === undefined || rate === null
        ? scores.procedureAndTimeliness
        : Math.min(scores.procedureAndTimeliness, Math.round(1000 * rate) / 10),
  };
  const total = Math.round((AREAS.reduce((s, a) => s + areas[a] * rules.weights[a], 0) / weightSum) * 10) / 10;
  const [g1, g2, g3, g4] = SCALES[rules.scale];
  const grade = total >= top ? g1 : total >= second ? g2 : total >= third ? g3 : g4;
  return { areas, total, grade };
}
