import { z } from 'zod';
import { MAX_CONSULTED_AGENCIES } from './agencies.js';

/**
 * The case input. Another module (依申请公开) opens this one as a child with it: keep it compatible.
 * Proactive information: the case is opened when the information is formed or changed, and the
 * 5 working days for the letter run from the opening (第七条). An application: they run from the
 * day the application was received (第八条 收到申请之日起), which the parent passes as
 * `applicationReceivedAt` because it opens the consultation later; without it, from the opening.
 */
export const input = z
  .object({
    mode: z.enum(['proactive', 'application']),
    subject: z.string().min(1),
    agencies: z
      .array(z.string().min(1))
      .min(1)
      .refine((agencies) => new Set(agencies).size <= MAX_CONSULTED_AGENCIES, {
        message: `at most ${MAX_CONSULTED_AGENCIES} agencies per consultation: each has its own reply deadline (第七条, 第八条); consult more in a second case`,
      }),
    /** 收到申请之日: the instant the application was received (application mode only, 第八条). */
    applicationReceivedAt: z.iso.datetime({ offset: true }).optional(),
    /**
     * 第四条第二款: information (农产品质量安全状况, 重大疫情, 重要地理信息数据, 统计数据…) that a law or
     * rule says is published only after approval: the rule and the approving organ.
     */
    approval: z.object({ law: z.string().min(1), authority: z.string().min(1) }).optional(),
  })
  .refine((input) => input.mode === 'application' || input.applicationReceivedAt === undefined, {
    path: ['applicationReceivedAt'],
    message: 'only an application (mode application) has a receipt of the application (第八条)',
  });

/** The contract a parent reads from child.done (see ReleaseCoordinationOutput). */
export const output = z.object({
  release: z.boolean(),
  settledBy: z.enum(['consent', 'deemedConsent', 'higherAuthority', 'withdrawn']),
  disagreements: z.array(z.string()),
  /** 第四条第二款: the information may be published only after approval, and whether it was given before closing. */
  approvalRequired: z.boolean().optional(),
  approved: z.boolean().optional(),
});
