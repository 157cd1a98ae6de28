import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** The grounds of 第五条, one per item. */
export const groundSchema = z.enum([
  /** (一) 应实行公开而没有公开 */
  'notDisclosed',
  /** (二) 流于形式、承诺不践诺、暗箱操作 */
  'formalism',
  /** (三) 重点内容没有按要求公开、造成不良影响 */
  'keyContentNotDisclosed',
  /** (四) 不及时受理公开申请、不认真处理举报投诉、包庇纵容、不公开处理结果 */
  'applicationsOrComplaintsNeglected',
  /** (五) 其他应当追究责任的违规行为 */
  'otherViolation',
]);
/** The grounds of 第五条, one per item. (The value `groundSchema` parses to.) */
export type Ground = z.output<typeof groundSchema>;

/** The item of 第五条 each ground cites. */
export const GROUND_CLAUSES = {
  notDisclosed: '第五条(一)',
  formalism: '第五条(二)',
  keyContentNotDisclosed: '第五条(三)',
  applicationsOrComplaintsNeglected: '第五条(四)',
  otherViolation: '第五条(五)',
} as const satisfies Record<Ground, ClauseId>;

/**
 * The case (of another module) whose recorded breach opened this one, e.g. an overdue reply of
 * 依申请公开: `{ caseId, module: 'disclosure-request', breach: 'replyOverdue' }`.
 */
export const sourceSchema = z.object({
  caseId: z.string().min(1),
  module: z.string().min(1),
  breach: z.string().min(1),
});
/** The case (of another module) whose recorded breach opened this one, e.g. an overdue reply of 依申请公开: `{ caseId, module: 'disclosure-request', breach: 'replyOverdue' }`. (The value `sourceSchema` parses to.) */
export type Source = z.output<typeof sourceSchema>;

/**
 * The ground of 第五条 a breach recorded by another module suggests, or `null` when it suggests none.
 * Pure. An overdue reply to an application (`disclosure-request` / `replyOverdue`, 《西吉县政府信息依申请公开制度》第八条)
 * is 其他违反政府信息公开有关规定 (第五条第(五)项), as disclosure-request cites it: 第五条第(四)项 speaks of
 * 受理 (registering an application), and 依申请公开制度第二条 treats 受理, 办理 and 答复 as separate steps.
 * The suggestion is only that: the investigator records the grounds found (`finding.recorded`), and may
 * find 第五条第(四)项 where the application was also not registered in time.
 *
 * @example
 * suggestedGround({ caseId: 'case-0001', module: 'disclosure-request', breach: 'replyOverdue' })
 * //=> 'otherViolation'
 */
export function suggestedGround(source: Source): Ground | null {
  if (source.module === 'disclosure-request' && source.breach === 'replyOverdue') return 'otherViolation';
  return null;
}
