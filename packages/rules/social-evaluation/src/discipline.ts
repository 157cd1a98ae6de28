import { z } from 'zod';

/** The eight prohibitions of 第十一条, in the text's order. */
export const disciplineRules = {
  fabricateOrDestroyMaterials: '1 严禁编造、隐匿或违规销毁评议资料',
  tamperWithResults: '2 严禁篡改统计数据或评议名次',
  canvassVotes: '3 严禁用不正当手段拉票买票',
  acceptHospitality: '4 严禁接受被评者安排的请客送礼、娱乐活动和旅游考察等',
  seekBenefit: '5 严禁利用评议之便向被评者谋取不正当利益',
  revealComplainants: '6 严禁违规向被评者提供投诉举报问题的单位或人员情况',
  retaliate: '7 严禁刁难或报复投诉举报单位或人员',
  otherHarm: '8 严禁其他故意损害评议工作的行为',
} as const;
/** One rule of the discipline of 第十一条 (the keys of `disciplineRules`). */
export type DisciplineRule = keyof typeof disciplineRules;

/** Validates a discipline rule name. */
export const disciplineRuleSchema = z.enum(Object.keys(disciplineRules) as [DisciplineRule, ...DisciplineRule[]]);
