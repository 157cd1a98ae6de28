import { z } from 'zod';

/*
 * Why an item is proactive-disclosure content: the key items of 第四条 (县人民政府 and 县直各部门),
 * the key items of 第五条 (乡(镇)人民政府), or one of the four criteria of 第三条 for anything else.
 */

/** 第四条 1–11: what 县人民政府 and 县直各部门(单位) disclose as a priority. */
export const countyItem = z.enum([
  /** 1 政府规章和规范性文件 */
  'rulesAndNormativeDocuments',
  /** 2 国民经济和社会发展规划、专项规划、区域规划及相关政策 */
  'developmentPlans',
  /** 3 国民经济和社会发展统计信息 */
  'statistics',
  /** 4 财政预算、决算报告 */
  'budgetsAndFinalAccounts',
  /** 5 行政事业性收费的项目、依据、标准 */
  'administrativeFees',
  /** 6 政府集中采购项目的目录、标准及实施情况 */
  'centralisedProcurement',
  /** 7 行政许可的事项、依据、条件、数量、程序、期限、材料目录及办理情况 */
  'administrativeLicensing',
  /** 8 重大建设项目的批准和实施情况 */
  'majorConstructionProjects',
  /** 9 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况 */
  'socialPolicies',
  /** 10 突发公共事件的应急预案、预警信息及应对情况 */
  'publicEmergencies',
  /** 11 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况 */
  'inspections',
]);

/** 第五条 1–9: what 乡(镇)人民政府 disclose as a priority. */
export const townshipItem = z.enum([
  /** 1 贯彻落实国家关于农村工作政策的情况 */
  'ruralPolicies',
  /** 2 财政收支、各类专项资金的管理和使用情况 */
  'financesAndSpecialFunds',
  /** 3 乡(镇)土地利用总体规划、宅基地使用的审核情况 */
  'landUseAndHomesteads',
  /** 4 征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况 */
  'landRequisitionAndCompensation',
  /** 5 乡(镇)的债权债务、筹资筹劳情况 */
  'debtsAndLabour',
  /** 6 抢险救灾、优抚、救济、社会捐助等款物的发放情况 */
  'reliefDistribution',
  /** 7 乡(镇)集体企业及其他乡(镇)经济实体承包、租赁、拍卖等情况 */
  'collectiveEnterprises',
  /** 8 执行计划生育政策的情况 */
  'familyPlanning',
  /** 9 法律、法规规定应当公开的重要政府信息 */
  'otherImportantInformation',
]);

/** 第三条 1–4: the criteria that make any item proactive-disclosure content. */
export const criterion = z.enum([
  /** 1 涉及公民、法人或者其他组织切身利益的 */
  'affectsVitalInterests',
  /** 2 需要社会公众广泛知晓或者参与的 */
  'needsPublicAwareness',
  /** 3 反映本行政机关机构设置、职能、办事程序等情况的 */
  'organisationAndProcedures',
  /** 4 其他依照法律、法规和国家有关规定应当主动公开的 */
  'requiredByLaw',
]);

/** The article that makes the item proactive-disclosure content, with its item or criterion. */
export const disclosureBasis = z.discriminatedUnion('article', [
  z.object({ article: z.literal('第四条'), item: countyItem }),
  z.object({ article: z.literal('第五条'), item: townshipItem }),
  z.object({ article: z.literal('第三条'), criterion }),
]);

/** 第四条 1–11: what 县人民政府 and 县直各部门(单位) disclose as a priority. (The value `countyItem` parses to.) */
export type CountyItem = z.infer<typeof countyItem>;
/** 第五条 1–9: what 乡(镇)人民政府 disclose as a priority. (The value `townshipItem` parses to.) */
export type TownshipItem = z.infer<typeof townshipItem>;
/** 第三条 1–4: the criteria that make any item proactive-disclosure content. (The value `criterion` parses to.) */
export type Criterion = z.infer<typeof criterion>;
/** The article that makes the item proactive-disclosure content, with its item or criterion. (The value `disclosureBasis` parses to.) */
export type DisclosureBasis = z.infer<typeof disclosureBasis>;
