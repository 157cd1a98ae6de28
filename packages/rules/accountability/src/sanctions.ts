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
/** The measures 第七条 names. (The value `measureSchema` parses to.) */
export type Measure = z.output<typeof measureSchema>;

const ORDINARY: readonly Measure[] = measureSchema.options.filter((m) => m !== 'criminalReferral');

/** By severity: the clause, its rank and the measures it allows. */
export const SANCTIONS = {
  minor: { clause: '第七条(一)', rank: 1, measures: ['warning', 'criticismAndEducation', 'correctionWithinTime'] },
  harmful: {
    clause: '第七条(二)',
    rank: 2,
    measures: ['unitCriticised', 'circulatedCriticism', 'writtenSelfExamination', 'disqualifiedFromAwards'],
  },
  serious: {
    clause: '第七条(三)',
    rank: 3,
    measures: [
      'unitCirculatedCriticism',
      'rectificationWithinTime',
      'disqualifiedFromAwards',
      'circulatedCriticism',
      'disciplinarySanction',
    ],
  },
  // (四) says only 依法追究有关人员的责任: any measure short of a criminal referral.
  reversed: { clause: '第七条(四)', rank: 4, measures: ORDINARY },
  criminal: { clause: '第七条(五)', rank: 5, measures: ['criminalReferral', 'disciplinarySanction'] },
} as const satisfies Record<Severity, { clause: Extract<ClauseId, `第七条${string}`>; rank: number; measures: readonly Measure[] }>;

/**
 * The measures a decision names that its severity does not allow (empty when all fit). Pure.
 *
 * @example
 * disallowedMeasures('minor', ['warning', 'disciplinarySanction'])
 * //=> ['disciplinarySanction']
 */
export function disallowedMeasures(severity: Severity, measures: readonly Measure[]): Measure[] {
  const allowed: readonly Measure[] = SANCTIONS[severity].measures;
  return measures.filter((m) => !allowed.includes(m));
}

/** Whether the decision must go to the 纪检监察机关 (政纪处分, 第八条) — proposed by the disclosure office. */
export const needsDisciplinaryReferral = (measures: readonly Measure[]) => measures.includes('disciplinarySanction');
/** Whether the decision must go to the judicial organs (第七条第(五)项). */
export const needsJudicialReferral = (measures: readonly Measure[]) => measures.includes('criminalReferral');
