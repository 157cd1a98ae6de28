import {
  administrativeLitigationLaw,
  administrativeReconsiderationLaw,
  annualReportFormat,
  decree711Clauses,
} from '@zwgk/regulation-national-2019';

/**
 * The clauses a remedy case relies on: 第五十一条 of 国务院令第711号 (quoted from
 * @zwgk/regulation-national-2019), the windows of the two procedure laws and the row of the annual
 * report format that counts the outcomes (those three quoted in part).
 */
export const clauses = {
  ...decree711Clauses('第五十一条'),
  ...administrativeReconsiderationLaw.clauses({
    行政复议法第二十条: {
      text: '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。（第一款；第二、三款关于期限耽误和未告知申请期限的情形略）',
      article: '第二十条',
    },
  }),
  ...administrativeLitigationLaw.clauses({
    行政诉讼法第四十六条: {
      text: '公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。法律另有规定的除外。（第一款）',
      article: '第四十六条',
    },
  }),
  ...annualReportFormat.clauses({
    年报格式: {
      text: '政府信息公开行政复议、行政诉讼情况：行政复议（结果维持、结果纠正、其他结果、尚未审结、总计）；行政诉讼（未经复议直接起诉、复议后起诉，各分结果维持、结果纠正、其他结果、尚未审结、总计）。',
      article: '四',
    },
  }),
};

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
