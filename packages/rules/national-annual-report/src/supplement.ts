import { z } from 'zod';
import type { ReportInput } from './input.js';

const text = z.string().trim().min(1);
const count = z.number().int().min(0);

/**
 * What the office adds to the report that no case can know (国办公开办函〔2021〕30号 一, 二, 五,
 * 六): the documents in force, the licensing, penalty and compulsion decisions, the fees
 * collected, the overview, the problems and the other matters. Figures the cases give (documents
 * issued and repealed, the applications, the remedies, the processing fees) are not typed here.
 */
export const supplementSchema = z.strictObject({
  overview: text,
  regulationsInForce: count,
  normativeDocumentsInForce: count,
  licensingDecisions: count,
  penaltyDecisions: count,
  compulsionDecisions: count,
  /** 行政事业性收费 本年收费金额（单位：万元）, to two decimals. */
  administrativeFeesTenThousandYuan: z.number().min(0).multipleOf(0.01),
  problems: text,
  otherMatters: text,
  /** 各级人民政府: 工作考核、社会评议和责任追究结果情况 (第五十条（四）). */
  assessment: text.optional(),
});

/** What the office adds (the value `supplementSchema` parses to). */
export type Supplement = z.output<typeof supplementSchema>;

/**
 * Hours from 1 January 00:00 of the following year to the due instant (24:00 on 31 January or 31
 * March, Beijing time): the date is fixed, so it is counted on the clock, not in days that a
 * holiday could move.
 *
 * @example
 * hoursToDue({ year: 2025, level: 'government' })
 * //=> 2160 (1 January to 1 April 2026, 90 days)
 */
export function hoursToDue(input: Pick<ReportInput, 'year' | 'level'>): number {
  const start = Date.UTC(input.year + 1, 0, 1);
  const end = input.level === 'department' ? Date.UTC(input.year + 1, 1, 1) : Date.UTC(input.year + 1, 3, 1);
  return (end - start) / 3_600_000;
}
