import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** How the act was taken, as 第六条 distinguishes it. */
export const conductSchema = z.discriminatedUnion('kind', [
  /** (一) 未经保密审查或主管领导审核批准 */
  z.object({ kind: z.literal('unapproved'), handler: z.string().min(1) }),
  /** (二) 经主管领导审核批准或同意 */
  z.object({
    kind: z.literal('leaderApproved'),
    handler: z.string().min(1),
    leader: z.string().min(1),
    /** 领导直接授意 */
    leaderInstructed: z.boolean(),
    /** 承办人提出异议，未能改变领导意见 (the text does not require the objection in writing; record its evidence) */
    handlerObjected: z.boolean(),
    objectionEvidence: z.string().min(1).optional(),
  }),
  /** (三) 经过领导班子集体讨论决定 */
  z.object({ kind: z.literal('collective'), principalLeader: z.string().min(1), otherLeaders: z.array(z.string().min(1)) }),
]);
/** How the act was taken, as 第六条 distinguishes it. (The value `conductSchema` parses to.) */
export type Conduct = z.output<typeof conductSchema>;

/** 全部责任 / 主要责任 / 次要责任 / 不承担责任. */
export type Share = 'full' | 'main' | 'secondary' | 'none';

/** Who bears what share of the responsibility, and the paragraph of 第六条 that says so. */
export interface Allocation {
  readonly shares: readonly { readonly person: string; readonly share: Share }[];
  readonly clause: Extract<ClauseId, `第六条${string}`>;
}

/**
 * The allocation of responsibility of 第六条 as a decision table. Pure: reads only its argument.
 *
 * | conduct | shares | clause |
 * | --- | --- | --- |
 * | unapproved (no confidentiality review, no leader approval) | handler: full | 第六条(一) |
 * | approved by the leader | leader: main, handler: secondary | 第六条(二) |
 * | approved, the leader instructed it directly and the handler objected in vain | leader: main, handler: none | 第六条(二) |
 * | collective decision of the leading group | principal leader: main, other leaders: secondary | 第六条(三) |
 *
 * @example
 * allocateResponsibility({ kind: 'leaderApproved', handler: '张三', leader: '李四', leaderInstructed: true, handlerObjected: true })
 * //=> { shares: [{ person: '李四', share: 'main' }, { person: '张三', share: 'none' }], clause: '第六条(二)' }
 */
export function allocateResponsibility(conduct: Conduct): Allocation {
  switch (conduct.kind) {
    case 'unapproved':
      return { shares: [{ person: conduct.handler, share: 'full' }], clause: '第六条(一)' };
    case 'leaderApproved': {
      const exempt = conduct.leaderInstructed && conduct.handlerObjected;
      return {
        shares: [
          { person: conduct.leader, share: 'main' },
          { person: conduct.handler, share: exempt ? 'none' : 'secondary' },
        ],
        clause: '第六条(二)',
      };
    }
    case 'collective':
      return {
        shares: [
          { person: conduct.principalLeader, share: 'main' },
          ...conduct.otherLeaders.filter((p) => p !== conduct.principalLeader).map((person) => ({ person, share: 'secondary' as const })),
        ],
        clause: '第六条(三)',
      };
  }
}
