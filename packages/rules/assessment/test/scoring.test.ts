import { describe, expect, it } from 'vitest';
import { type AreaScores, DEFAULT_RULES, DEFAULT_TIMELINESS_SOURCES, scoreAssessment, timeliness } from '../src/index.js';

const all = (n: number, over: Partial<AreaScores> = {}): AreaScores => ({
  organisation: n,
  institutions: n,
  content: n,
  forms: n,
  procedureAndTimeliness: n,
  effect: n,
  ...over,
});

describe('scoreAssessment', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.9, 'good'],
    [80, 'good'],
    [79.9, 'pass'],
    [60, 'pass'],
    [59.9, 'fail'],
    [0, 'fail'],
  ] as const)('grades a total of %d on the scale the text defines as %s', (n, grade) => {
    expect(scoreAssessment(all(n)).grade).toBe(grade);
  });

  it.each([
    [95, 'excellent'],
    [85, 'pass'],
    [65, 'basicPass'],
    [40, 'fail'],
  ] as const)('grades %d on the scale the text names (优秀/合格/基本合格/不合格) as %s', (n, grade) => {
    expect(scoreAssessment(all(n), {}, { ...DEFAULT_RULES, scale: 'named' }).grade).toBe(grade);
  });

  it('caps 程序和时限 at the measured timeliness rate', () => {
    const result = scoreAssessment(all(95), { timelinessRate: 0.8 });
    expect(result.areas.procedureAndTimeliness).toBe(80);
    expect(result.total).toBe(92.5);
    expect(result.grade).toBe('excellent');
    expect(scoreAssessment(all(90), { timelinessRate: 0.5 })).toMatchObject({ total: 83.3, grade: 'good' });
  });

  it('leaves the team score alone when the rate is higher or unknown', () => {
    expect(scoreAssessment(all(70), { timelinessRate: 1 }).areas.procedureAndTimeliness).toBe(70);
    expect(scoreAssessment(all(70), { timelinessRate: null }).areas.procedureAndTimeliness).toBe(70);
  });

  it('weighs the areas as told', () => {
    const weights = { organisation: 0, institutions: 0, content: 0, forms: 0, procedureAndTimeliness: 1, effect: 1 };
    expect(scoreAssessment(all(50, { procedureAndTimeliness: 100, effect: 80 }), {}, { ...DEFAULT_RULES, weights }).total).toBe(90);
  });

  it('refuses thresholds that increase and weights that are all zero', () => {
    expect(() => scoreAssessment(all(50), {}, { ...DEFAULT_RULES, thresholds: [60, 80, 90] })).toThrow(RangeError);
    const zero = { organisation: 0, institutions: 0, content: 0, forms: 0, procedureAndTimeliness: 0, effect: 0 };
    expect(() => scoreAssessment(all(50), {}, { ...DEFAULT_RULES, weights: zero })).toThrow(RangeError);
  });

  it('does not change its input', () => {
    const scores = all(95);
    const before = JSON.stringify(scores);
    scoreAssessment(scores, { timelinessRate: 0.1 });
    expect(JSON.stringify(scores)).toBe(before);
  });
});

describe('timeliness (第四条第(五)项 measured from the unit’s cases)', () => {
  const counts = (deadlines: Record<string, Record<string, number>>) => ({ total: 1, byStatus: {}, byState: {}, deadlines });
  it.each([
    [
      'both duties, cancelled periods left out, open ones shown but not rated',
      {
        'timeliness:application:disclosure-request': counts({ reply: { met: 3, missed: 1, cancelled: 2, open: 1 } }),
        'timeliness:proactive:proactive-disclosure': counts({ publication: { met: 4, missed: 2 } }),
      },
      { application: { met: 3, missed: 1, open: 1 }, proactive: { met: 4, missed: 2, open: 0 }, rate: 0.7 },
    ],
    [
      'other deadlines of the same cases do not count',
      { 'timeliness:application:disclosure-request': counts({ correction: { missed: 5 }, reply: { met: 1 } }) },
      { application: { met: 1, missed: 0, open: 0 }, proactive: { met: 0, missed: 0, open: 0 }, rate: 1 },
    ],
    [
      'no period decided: no rate',
      {},
      { application: { met: 0, missed: 0, open: 0 }, proactive: { met: 0, missed: 0, open: 0 }, rate: null },
    ],
  ] as const)('%s', (_, facts, expected) => {
    expect(timeliness(facts, DEFAULT_TIMELINESS_SOURCES)).toEqual(expected);
  });

  it('caps 程序和时限 only while capTimeliness is on', () => {
    expect(scoreAssessment(all(95), { timelinessRate: 0.6 }).areas.procedureAndTimeliness).toBe(60);
    expect(scoreAssessment(all(95), { timelinessRate: 0.6 }, { ...DEFAULT_RULES, capTimeliness: false }).areas.procedureAndTimeliness).toBe(
      95,
    );
  });
});
