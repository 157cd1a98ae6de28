import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** The severities of 第七条, mildest first. */
export const severitySchema = z.enum([
  /** (一) 情节轻微、影响较小 */
  'minor',
  /** (二) 影响正常工作或者给群众利益造成损害 */
  'harmful',
  /** (三) 情节严重、影响较大（造成严重后果的可给予政纪处分） */
  'serious',
  /** (四) 被复议机关撤销或被司法机关判决败诉 */
  'reversed',
  /** (五) 构成犯罪 */
  'criminal',
]);
/** The severities of 第七条, mildest first. (The value `severitySchema` parses to.) */
export type Severity = z.output<typeof severitySchema>;

/** The measures 第七条 names. */
export const measureSchema = z.enum([
  'warning', // 告诫
  'criticismAndEducation', // 批评教育
  'correctionWithinTime', // 限期改正
  'unitCriticised', // 对部门或单位提出批评
  'circulatedCriticism', // 通报批评（责任人或相关领导）
  'writtenSelfExamination', // 责令做出书面检查
  'disqualifiedFromAwards', // 取消当年（年度）评先选优资格
  'unitCirculatedCriticism', // 对部门或单位通报批评
  'rectificationWithinTime', // 责令限期整改
  'disciplinarySanction', // 政纪处分
  'criminalReferral', // 提请司法机关依法追究刑事责任
]);
/** The measures 第七条 names. (The value `measureSchema` parses to.) */
export type Measure = z.output<typeof measureSchema>;

const ORDINARY: readonly Measure[] = measureSchema.options.filter((m) => m !== 'criminalReferral');

/**
 * What one item of 第七条 requires and allows. `required` is the conjunction the item writes, each
 * entry one measure or a set of alternatives (或) of which one must be named; `allowed` is every
 * measure the item names (the required ones and those it leaves to the circumstances, 视情节).
 */
export interface Sanction {
  readonly clause: Extract<ClauseId, `第七条${string}`>;
  readonly rank: number;
  readonly required: readonly (Measure | readonly Measure[])[];
  readonly allowed: readonly Measure[];
}

/** By severity: the clause, its rank, the measures it requires (as written) and those it allows. */
export const SANCTIONS = {
  // (一) 给予告诫或批评教育,并限期改正: one of the two, and always a time to correct.
  minor: {
    clause: '第七条(一)',
    rank: 1,
    required: [['warning', 'criticismAndEducation'], 'correctionWithinTime'],
    allowed: ['warning', 'criticismAndEducation', 'correctionWithinTime'],
  },
  // (二) 对部门或单位提出批评;对有关责任人给予通报批评,责令做出书面检查、取消其当年评先选优资格: all four.
  harmful: {
    clause: '第七条(二)',
    rank: 2,
    required: ['unitCriticised', 'circulatedCriticism', 'writtenSelfExamination', 'disqualifiedFromAwards'],
    allowed: ['unitCriticised', 'circulatedCriticism', 'writtenSelfExamination', 'disqualifiedFromAwards'],
  },
  // (三) the unit: 通报批评, 责令限期整改, 取消年度评先选优资格; the leaders: 通报批评, 取消…资格;
  // 造成严重后果的,视情节给予…政纪处分: the sanction is left to the circumstances.
  serious: {
    clause: '第七条(三)',
    rank: 3,
    required: ['unitCirculatedCriticism', 'rectificationWithinTime', 'disqualifiedFromAwards', 'circulatedCriticism'],
    allowed: [
      'unitCirculatedCriticism',
      'rectificationWithinTime',
      'disqualifiedFromAwards',
      'circulatedCriticism',
      'disciplinarySanction',
    ],
  },
  // (四) says only 依法追究有关人员的责任: at least one measure short of a criminal referral.
  reversed: { clause: '第七条(四)', rank: 4, required: [ORDINARY], allowed: ORDINARY },
  // (五) 提请司法机关依法追究刑事责任; a 政纪处分 (第八条) may accompany it.
  criminal: { clause: '第七条(五)', rank: 5, required: ['criminalReferral'], allowed: ['criminalReferral', 'disciplinarySanction'] },
} as const satisfies Record<Severity, Sanction>;

/** The measures that set a period (限期改正, 限期整改): a decision naming one must say by when. */
export const PERIOD_MEASURES: readonly Measure[] = ['correctionWithinTime', 'rectificationWithinTime'];

/**
 * The measures a decision names that its severity does not allow (empty when all fit). Pure.
 *
 * @example
 * disallowedMeasures('minor', ['warning', 'disciplinarySanction'])
 * //=> ['disciplinarySanction']
 */
export function disallowedMeasures(severity: Severity, measures: readonly Measure[]): Measure[] {
  const allowed: readonly Measure[] = SANCTIONS[severity].allowed;
  return measures.filter((m) => !allowed.includes(m));
}

/**
 * The parts of its item of 第七条 a decision leaves out: each missing measure, or `a|b` when one of
 * alternatives is missing (empty when the decision names every measure the item requires). Pure.
 *
 * @example
 * missingMeasures('minor', ['warning'])
 * //=> ['correctionWithinTime']
 */
export function missingMeasures(severity: Severity, measures: readonly Measure[]): string[] {
  const required: readonly (Measure | readonly Measure[])[] = SANCTIONS[severity].required;
  return required.flatMap((r) =>
    typeof r === 'string' ? (measures.includes(r) ? [] : [r]) : r.some((m) => measures.includes(m)) ? [] : [r.join('|')],
  );
}

/**
 * Why a decision's measures do not match its item of 第七条, as messages naming the item (empty
 * when they match): measures the item does not allow, measures it requires and the decision left
 * out, and a period measure without the date to correct by. Pure.
 */
export function sanctionProblems(severity: Severity, measures: readonly Measure[], correctBy: string | undefined): string[] {
  const { clause } = SANCTIONS[severity];
  const problems: string[] = [];
  const bad = disallowedMeasures(severity, measures);
  if (bad.length > 0) problems.push(`${bad.join(', ')} not allowed for severity ${severity} (${clause})`);
  const missing = missingMeasures(severity, measures);
  if (missing.length > 0) problems.push(`${missing.join(', ')} required for severity ${severity} (${clause})`);
  if (correctBy === undefined && measures.some((m) => PERIOD_MEASURES.includes(m)))
    problems.push(`限期改正/限期整改 needs correctBy, the date to correct by (${clause})`);
  return problems;
}

/** Whether the decision must go to the 纪检监察机关 (政纪处分, 第八条) — proposed by the disclosure office. */
export const needsDisciplinaryReferral = (measures: readonly Measure[]) => measures.includes('disciplinarySanction');
/** Whether the decision must go to the judicial organs (第七条第(五)项). */
export const needsJudicialReferral = (measures: readonly Measure[]) => measures.includes('criminalReferral');
