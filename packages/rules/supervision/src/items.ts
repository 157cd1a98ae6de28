import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** The inspection items of 第二条, in the order of the text (1–8). */
export const inspectionItemSchema = z.enum([
  'organisation', // 1 组织机构和网络建设
  'leadership', // 2 领导重视程度
  'disclosurePractice', // 3 主动公开、依申请公开和不予公开情况
  'quality', // 4 公正、公平、便民并完全、及时、准确
  'feesAndWaivers', // 5 收费及减免情况
  'reconsiderationAndLitigation', // 6 行政复议、行政诉讼情况
  'rulesInPlace', // 7 制度建设情况
  'problemsAndImprovement', // 8 主要问题及改进情况
]);
/** The inspection items of 第二条, in the order of the text (1–8). (The value `inspectionItemSchema` parses to.) */
export type InspectionItem = z.output<typeof inspectionItemSchema>;

/** The item of 第二条 each inspection item cites (items 1 and 7 also check the duties of 第三条). */
export const ITEM_CLAUSES = {
  organisation: ['第二条(1)', '第三条'],
  leadership: ['第二条(2)'],
  disclosurePractice: ['第二条(3)'],
  quality: ['第二条(4)'],
  feesAndWaivers: ['第二条(5)'],
  reconsiderationAndLitigation: ['第二条(6)'],
  rulesInPlace: ['第二条(7)', '第三条'],
  problemsAndImprovement: ['第二条(8)'],
} as const satisfies Record<InspectionItem, readonly ClauseId[]>;

/** What the inspection found for one item of 第二条. */
export interface ItemFinding {
  readonly item: InspectionItem;
  readonly result: 'satisfactory' | 'deficient';
  readonly notes: string;
}

/**
 * The items of 第二条 not yet recorded, in the order of the text. Pure.
 *
 * @example
 * missingItems([{ item: 'organisation', result: 'satisfactory', notes: '' }]).length
 * //=> 7
 */
export function missingItems(findings: readonly ItemFinding[]): InspectionItem[] {
  const done = new Set(findings.map((f) => f.item));
  return inspectionItemSchema.options.filter((item) => !done.has(item));
}

/** The items whose latest finding is `deficient`, in the order of the text. Pure. */
export function deficientItems(findings: readonly ItemFinding[]): InspectionItem[] {
  const latest = new Map(findings.map((f) => [f.item, f.result]));
  return inspectionItemSchema.options.filter((item) => latest.get(item) === 'deficient');
}
