import type { ApplicantKind, ReportRow } from '@zwgk/rule-national-disclosure-request';

/** The applicant columns of table 三 (国办公开办函〔2021〕30号), with 总计 last. */
export const APPLICANT_COLUMNS: readonly { readonly key: ApplicantKind | 'total'; readonly label: string }[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercialEnterprise', label: '商业企业' },
  { key: 'researchInstitution', label: '科研机构' },
  { key: 'publicInterestOrganisation', label: '社会公益组织' },
  { key: 'legalServiceProvider', label: '法律服务机构' },
  { key: 'otherOrganisation', label: '其他' },
  { key: 'total', label: '总计' },
];

/** A row of table 三: its key and its words in the format. */
export type ApplicationRowKey = 'new' | 'carriedIn' | ReportRow | 'total' | 'carriedOut';

/** The rows of table 三 in the format's order; `group` is the heading a sub-row sits under. */
export const APPLICATION_ROWS: readonly { readonly key: ApplicationRowKey; readonly label: string; readonly group?: string }[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量' },
  { key: '予以公开', label: '（一）予以公开', group: '三、本年度办理结果' },
  { key: '部分公开', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果' },
  { key: '不予公开.stateSecret', label: '1.属于国家秘密', group: '（三）不予公开' },
  { key: '不予公开.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开' },
  { key: '不予公开.endangersSecurityOrStability', label: '3.危及“三安全一稳定”', group: '（三）不予公开' },
  { key: '不予公开.thirdPartyRights', label: '4.保护第三方合法权益', group: '（三）不予公开' },
  { key: '不予公开.internalAffairs', label: '5.属于三类内部事务信息', group: '（三）不予公开' },
  { key: '不予公开.processInformation', label: '6.属于四类过程性信息', group: '（三）不予公开' },
  { key: '不予公开.enforcementFile', label: '7.属于行政执法案卷', group: '（三）不予公开' },
  { key: '不予公开.administrativeQuery', label: '8.属于行政查询事项', group: '（三）不予公开' },
  { key: '无法提供.notHeld', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供' },
  { key: '无法提供.needsCreation', label: '2.没有现成信息需要另行制作', group: '（四）无法提供' },
  { key: '无法提供.stillUnclear', label: '3.补正后申请内容仍不明确', group: '（四）无法提供' },
  { key: '不予处理.petition', label: '1.信访举报投诉类申请', group: '（五）不予处理' },
  { key: '不予处理.repeated', label: '2.重复申请', group: '（五）不予处理' },
  { key: '不予处理.publication', label: '3.要求提供公开出版物', group: '（五）不予处理' },
  { key: '不予处理.unreasonableVolume', label: '4.无正当理由大量反复申请', group: '（五）不予处理' },
  { key: '不予处理.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理' },
  { key: '其他处理.notCorrected', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '（六）其他处理' },
  { key: '其他处理.feeUnpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '（六）其他处理' },
  { key: '其他处理.other', label: '3.其他', group: '（六）其他处理' },
  { key: 'total', label: '（七）总计', group: '三、本年度办理结果' },
  { key: 'carriedOut', label: '四、结转下年度继续办理' },
];

/** The columns of table 四: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each by result. */
export const REMEDY_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

/** A result column of table 四. */
export type RemedyColumn = (typeof REMEDY_RESULTS)[number]['key'];
