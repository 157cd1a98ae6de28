import { defineRegulation, type IssuedRegulation, type RegulationNotice } from '@zwgk/core';

/**
 * 西吉县人民政府办公室关于印发政务公开相关制度的通知（西政办发〔2018〕47号）: the notice that
 * issues the fifteen regulations, declared once. Every module's `source` and `inForce` derive from it.
 */
export const xiji2018No47Notice: RegulationNotice & { readonly issuedOn: string } = Object.freeze({
  title: '西吉县人民政府办公室关于印发政务公开相关制度的通知',
  documentNumber: '西政办发〔2018〕47号',
  issuer: '西吉县人民政府办公室',
  jurisdiction: '宁夏回族自治区固原市西吉县',
  issuedOn: '2018-03-22',
  // 第十四条 and its like in every regulation: 本制度自2018年4月1日起施行,有效期至2022年4月30日。
  inForce: Object.freeze({ from: '2018-04-01', to: '2022-04-30' }),
});

const issued = (name: string): IssuedRegulation => defineRegulation({ name, notice: xiji2018No47Notice });

/** 《西吉县政府政务公开制度》 (proactive-disclosure). */
export const proactiveDisclosureRegulation = issued('西吉县政府政务公开制度');
/** 《西吉县政务公开保密审查制度》 (confidentiality-review). */
export const confidentialityReviewRegulation = issued('西吉县政务公开保密审查制度');
/** 《西吉县政府信息依申请公开制度》 (disclosure-request). */
export const disclosureRequestRegulation = issued('西吉县政府信息依申请公开制度');
/** 《西吉县政府政务公开政策解读制度》 (policy-interpretation). */
export const policyInterpretationRegulation = issued('西吉县政府政务公开政策解读制度');
/** 《西吉县政府政务舆情回应制度》 (sentiment-response). */
export const sentimentResponseRegulation = issued('西吉县政府政务舆情回应制度');
/** 《西吉县政务公开公众参与制度》 (public-participation). */
export const publicParticipationRegulation = issued('西吉县政务公开公众参与制度');
/**
 * 《西吉县政府网站及新媒体建设运营管理制度》 (websites-new-media): the regulation's own heading; the
 * notice lists it as 《西吉县政府网站及政务新媒体建设运营管理制度》.
 */
export const websitesNewMediaRegulation = issued('西吉县政府网站及新媒体建设运营管理制度');
/** 《西吉县政务公开考核制度》 (assessment). */
export const assessmentRegulation = issued('西吉县政务公开考核制度');
/** 《西吉县政府政务公开工作年度报告制度》 (annual-report). */
export const annualReportRegulation = issued('西吉县政府政务公开工作年度报告制度');
/** 《西吉县政务公开新闻发言人制度》 (spokesperson). */
export const spokespersonRegulation = issued('西吉县政务公开新闻发言人制度');
/** 《西吉县政务公开联席会议制度》 (joint-meeting). */
export const jointMeetingRegulation = issued('西吉县政务公开联席会议制度');
/** 《西吉县政府政务信息发布协调制度》 (release-coordination). */
export const releaseCoordinationRegulation = issued('西吉县政府政务信息发布协调制度');
/** 《西吉县政务公开监督检查制度》 (supervision). */
export const supervisionRegulation = issued('西吉县政务公开监督检查制度');
/** 《西吉县政务公开责任追究制度》 (accountability). */
export const accountabilityRegulation = issued('西吉县政务公开责任追究制度');
/** 《西吉县政务公开社会评议制度》 (social-evaluation). */
export const socialEvaluationRegulation = issued('西吉县政务公开社会评议制度');

/** 《中华人民共和国政府信息公开条例》 (2007, 国务院令第492号), which the Xiji texts implement; cited where they are silent. */
export const nationalRegulation2007 = defineRegulation({ name: '中华人民共和国政府信息公开条例', edition: '2007' });
/** 《中华人民共和国政府信息公开条例》 (2019 revision, 国务院令第711号, in force from 2019-05-15). */
export const nationalRegulation2019 = defineRegulation({ name: '中华人民共和国政府信息公开条例', edition: '2019' });
