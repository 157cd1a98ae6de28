import { z } from 'zod';
import { secrecyLevel } from './grounds.js';

/**
 * The data a review is opened with, on receipt of the review request (第四条). Other modules open
 * a review as a child case with `{ subject, originatingDepartment, jointlyIssuedWith }`: keep these.
 */
export const reviewInput = z.object({
  /** The information to be reviewed (its title or file number). */
  subject: z.string().min(1),
  /** The department that produced the information (第二条 谁主管谁负责, 第六条(一)). */
  originatingDepartment: z.string().min(1),
  /** The other departments that formed the information jointly (第七条): each must consent in writing. */
  jointlyIssuedWith: z.array(z.string().min(1)).default([]),
  /** The marking given when the information was produced or signed (第十条), when known. */
  marking: z.union([z.literal('非密'), secrecyLevel]).optional(),
});

/** The data a case of this module is opened with. */
export type ReviewInput = z.output<typeof reviewInput>;

/**
 * The final state's output. Other modules read it from `child.done`: keep it exactly.
 * `partlyDisclosable` = the classified part withheld, the rest disclosed (第十一条);
 * `declassified` = a secret past its term, declassified before disclosure (第九条).
 */
export const reviewOutput = z.object({
  decision: z.enum(['disclosable', 'partlyDisclosable', 'notDisclosable']),
  ground: z.string().optional(),
  withheld: z.string().optional(),
  declassified: z.boolean().optional(),
  /** Why it is not disclosed (or what of it is withheld): kept so 第十二条's explanation can be given after closure. */
  reason: z.string().optional(),
});

/** What a finished case of this module hands to its parent case. */
export type ReviewOutput = z.output<typeof reviewOutput>;
