import {
  type Clause,
  defineRegulation,
  type IssuedRegulation,
  type KitRole,
  type Regulation,
  type RegulationNotice,
  ruleKitFor,
} from '@zwgk/core';
import { decree711Articles, processingFeeArticles } from './articles.js';

export { decree711Articles, processingFeeArticles } from './articles.js';

/**
 * 中华人民共和国国务院令第711号: the 2019 revision of 《中华人民共和国政府信息公开条例》, published
 * 2019-04-03, in force from 2019-05-15 (its end date is open: 2099-12-31 stands for “until revised”).
 */
export const stateCouncilDecree711: RegulationNotice & { readonly issuedOn: string } = Object.freeze({
  title: '中华人民共和国国务院令第711号（公布修订后的《中华人民共和国政府信息公开条例》）',
  documentNumber: '国务院令第711号',
  issuer: '国务院',
  jurisdiction: '中华人民共和国',
  issuedOn: '2019-04-03',
  inForce: Object.freeze({ from: '2019-05-15', to: '2099-12-31' }),
});

/** 《中华人民共和国政府信息公开条例》 as revised by 国务院令第711号: the source of every national-* module. */
export const informationDisclosureRegulation: IssuedRegulation = defineRegulation({
  name: '中华人民共和国政府信息公开条例',
  notice: stateCouncilDecree711,
});

/** 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), cited as 办法第X条 by the fee rules. */
export const processingFeeRules: Regulation = defineRegulation({ name: '政府信息公开信息处理费管理办法', edition: '国办函〔2020〕109号' });

/** Where the texts are stored, relative to this package: one article a line, 第X条 first. */
export const REGULATION_TEXT_FILES = Object.freeze({ decree711: 'regulation/711.txt', processingFee: 'regulation/fee-109.txt' });

/** 《中华人民共和国行政复议法》 (2023 revision): 第二十条 gives the 60 days to apply for reconsideration. */
export const administrativeReconsiderationLaw: Regulation = defineRegulation({ name: '中华人民共和国行政复议法', edition: '2023年修订' });

/** 《中华人民共和国行政诉讼法》: 第四十六条 gives the six months to sue directly. */
export const administrativeLitigationLaw: Regulation = defineRegulation({ name: '中华人民共和国行政诉讼法' });

/** 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号): the tables an annual report fills in; cited by section (三, 四). */
export const annualReportFormat: Regulation = defineRegulation({
  name: '中华人民共和国政府信息公开工作年度报告格式',
  edition: '国办公开办函〔2021〕30号',
});

/** An article of 国务院令第711号 stored in this package. */
export type Decree711Article = keyof typeof decree711Articles;
/** An article of 国办函〔2020〕109号 stored in this package. */
export type ProcessingFeeArticle = keyof typeof processingFeeArticles;

/**
 * A clause table of articles of 国务院令第711号, quoted word for word from this package: the
 * modules that cite the same article cannot quote it differently.
 *
 * @example
 * export const clauses = decree711Clauses('第三十条', '第三十三条');
 * // { 第三十条: { citation: '《中华人民共和国政府信息公开条例》第三十条', text: '政府信息公开申请内容不明确的，…' }, … }
 */
export function decree711Clauses<const K extends Decree711Article>(...articles: readonly K[]): { readonly [P in K]: Clause } {
  return informationDisclosureRegulation.clauses(Object.fromEntries(articles.map((a) => [a, decree711Articles[a]])) as Record<K, string>);
}

/**
 * A clause table of articles of the fee rules (国办函〔2020〕109号), keyed `办法第X条` so that they
 * sit beside the regulation's own articles in one table.
 *
 * @example
 * processingFeeClauses('第三条').办法第三条.citation //=> '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条'
 */
export function processingFeeClauses<const K extends ProcessingFeeArticle>(
  ...articles: readonly K[]
): { readonly [P in K as `办法${P}`]: Clause } {
  return Object.fromEntries(articles.map((a) => [`办法${a}`, processingFeeRules.clause(a, processingFeeArticles[a])])) as never;
}

/**
 * `createRuleKit` bound to 国务院令第711号: a national module passes only its declarations, and its
 * `source` and `inForce` come from the regulation.
 *
 * @example
 * export const kit = nationalRuleKit({ clauses, roles, input, output, events, deadlines, notices, breaches, parameters });
 */
export const nationalRuleKit = ruleKitFor(informationDisclosureRegulation);

/**
 * The staff of the 政府信息公开工作机构 (第四条) every national module names: the clerk who handles a
 * case and the head who approves (an extension, a withholding). Both are inside the agency.
 */
export const disclosureOfficeRoles = {
  clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
  officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
} as const satisfies Record<string, KitRole>;

/**
 * The grounds on which information is withheld under 第十四条 (state secrets, prohibited by law,
 * endangering security or stability), 第十五条 (a third party's rights) and 第十六条 (internal
 * affairs, process information, enforcement files), in the order the annual report counts them
 * (国办公开办函〔2021〕30号 三(三)1–7).
 */
export const withholdingGrounds = [
  'stateSecret',
  'prohibitedByLaw',
  'endangersSecurityOrStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFile',
] as const;
