import { z } from 'zod';

const text = z.string().trim().min(1);

/** Where representatives come from (第八条). */
export const representativeSources = [
  'npcDeputy', // 人大代表
  'cppccMember', // 政协委员
  'partyOrGovernmentStaff', // 党政机关工作人员
  'democraticParty', // 民主党派
  'peopleOrganisation', // 人民团体
  'newsOrganisation', // 新闻单位
  'industryOrganisation', // 行业组织
  'serviceRecipient', // 被评部门和行业的监管或服务对象
] as const;

/** The five conditions of 第九条, each stated for the candidate. */
export const conditionLabels = {
  enthusiastic: '热心政务公开工作',
  policyCompetence: '具有一定的政策水平和工作经验',
  factualAndClose: '实事求是，联系群众',
  lawAbidingAndFair: '遵纪守法，公道正派',
  healthyAndAvailable: '身体健康，能够保证一定的时间参加社会评议活动',
} as const;
/** One condition a representative must meet (第八条). */
export type Condition = keyof typeof conditionLabels;

/** A candidate representative, as the office records the selection (第八条, 第九条). */
export const representativeSchema = z.object({
  name: text,
  /** 所在单位 (第八条: it should support the representative's work; 第十二条: it may be asked to discipline). */
  employer: text,
  source: z.enum(representativeSources),
  conditions: z.object({
    enthusiastic: z.boolean(),
    policyCompetence: z.boolean(),
    factualAndClose: z.boolean(),
    lawAbidingAndFair: z.boolean(),
    healthyAndAvailable: z.boolean(),
  }),
  /** Roles held for evaluated units: 自聘的评议代表, 政风行风监督员. */
  sideRoles: z.array(z.object({ unit: text, role: z.enum(['selfAppointedEvaluator', 'conductSupervisor']) })).default([]),
});
/** A candidate representative, as the office records the selection (第八条, 第九条). (The value `representativeSchema` parses to.) */
export type Representative = z.output<typeof representativeSchema>;

/** Whether a candidate representative may serve, and why not. */
export interface Eligibility {
  readonly eligible: boolean;
  /** Why not, each naming its clause. Empty when eligible. */
  readonly problems: readonly string[];
}

/**
 * Whether a candidate may be appointed a representative for the year: every condition of 第九条 met,
 * and no role as a self-appointed evaluator or conduct supervisor of a unit being evaluated (第八条).
 * Pure: reads its arguments only.
 *
 * @example
 * checkEligibility(candidate, ['县教育局']).eligible //=> true
 */
export function checkEligibility(candidate: Representative, targets: readonly string[]): Eligibility {
  const problems: string[] = [];
  for (const [condition, label] of Object.entries(conditionLabels) as [Condition, string][]) {
    if (!candidate.conditions[condition]) problems.push(`第九条: 不具备"${label}"`);
  }
  for (const side of candidate.sideRoles) {
    if (targets.includes(side.unit)) {
      problems.push(`第八条: 兼任被评单位${side.unit}${side.role === 'selfAppointedEvaluator' ? '自聘的评议代表' : '的政风行风监督员'}`);
    }
  }
  return { eligible: problems.length === 0, problems };
}
