import { annualReportFormat, decree711Clauses, processingFeeClauses } from '@zwgk/regulation-national-2019';

/**
 * The clause table: the articles of 《中华人民共和国政府信息公开条例》 (国务院令第711号, in force
 * 2019-05-15) this module relies on and the fee articles of 国办函〔2020〕109号 (`办法第X条`), both
 * quoted from @zwgk/regulation-national-2019, and the national annual report format whose rows the
 * answers map to (quoted in part).
 */
export const clauses = {
  ...decree711Clauses(
    '第十四条',
    '第十五条',
    '第十六条',
    '第二十七条',
    '第二十八条',
    '第二十九条',
    '第三十条',
    '第三十一条',
    '第三十二条',
    '第三十三条',
    '第三十四条',
    '第三十五条',
    '第三十六条',
    '第三十七条',
    '第三十八条',
    '第三十九条',
    '第四十条',
    '第四十一条',
    '第四十二条',
    '第四十三条',
    '第四十四条',
    '第四十五条',
  ),
  ...processingFeeClauses('第三条', '第四条', '第五条', '第六条'),
  ...annualReportFormat.clauses({
    年报格式: {
      text: '收到和处理政府信息公开申请情况：本年度办理结果分为予以公开、部分公开（区分处理的，只计这一情形，不计其他情形）、不予公开（属于国家秘密；其他法律行政法规禁止公开；危及“三安全一稳定”；保护第三方合法权益；属于三类内部事务信息；属于四类过程性信息；属于行政执法案卷；属于行政查询事项）、无法提供（本机关不掌握相关政府信息；没有现成信息需要另行制作；补正后申请内容仍不明确）、不予处理（信访举报投诉类申请；重复申请；要求提供公开出版物；无正当理由大量反复申请；要求行政机关确认或重新出具已获取信息）、其他处理（申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；其他）。',
      article: '三',
    },
  }),
};

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
