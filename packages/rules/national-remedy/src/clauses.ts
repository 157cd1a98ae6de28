import {
  administrativeLitigationLaw,
  administrativeReconsiderationLaw,
  annualReportFormat,
  decree711Clauses,
} from '@zwgk/regulation-national-2019';

/**
 * The clauses a remedy case relies on: 第五十一条 of 国务院令第711号 (quoted from
 * @zwgk/regulation-national-2019), the windows and the agency's answer periods of the two procedure
 * laws, and the row of the annual report format that counts the outcomes (the laws quoted in part;
 * see the README for which wording was checked against which source).
 */
export const clauses = {
  ...decree711Clauses('第五十一条'),
  ...administrativeReconsiderationLaw.clauses({
    行政复议法第二十条: {
      text: '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。（第一款；第二、三款关于期限耽误和未告知申请期限的情形略）',
      article: '第二十条',
    },
    行政复议法第四十八条: {
      text: '被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。（节录；此前第二十三条同此期限）',
      article: '第四十八条',
    },
    行政复议法第六十二条: {
      text: '适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定；但是法律规定的行政复议期限少于六十日的除外。情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；但是延长期限最多不得超过三十日。（第一款）',
      article: '第六十二条',
    },
    行政复议法第八十八条: {
      text: '本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，不含法定休假日。（第二款）',
      article: '第八十八条',
    },
  }),
  ...administrativeLitigationLaw.clauses({
    行政诉讼法第四十六条: {
      text: '公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。法律另有规定的除外。（第一款）',
      article: '第四十六条',
    },
    行政诉讼法第六十七条: {
      text: '人民法院应当在立案之日起五日内，将起诉状副本发送被告。被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的证据和所依据的规范性文件，并提出答辩状。人民法院应当在收到答辩状之日起五日内，将答辩状副本发送原告。　被告不提出答辩状的，不影响人民法院审理。',
      article: '第六十七条',
    },
    行政诉讼法第三十四条: {
      text: '被告对作出的行政行为负有举证责任，应当提供作出该行政行为的证据和所依据的规范性文件。　被告不提供或者无正当理由逾期提供证据，视为没有相应证据。但是，被诉行政行为涉及第三人合法权益，第三人提供证据的除外。',
      article: '第三十四条',
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
