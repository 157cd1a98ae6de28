import type { RulePreset } from '@zwgk/core';
import { accountability } from '@zwgk/rule-accountability';
import { annualReport } from '@zwgk/rule-annual-report';
import { assessment } from '@zwgk/rule-assessment';
import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { jointMeeting } from '@zwgk/rule-joint-meeting';
import { policyInterpretation } from '@zwgk/rule-policy-interpretation';
import { proactiveDisclosure } from '@zwgk/rule-proactive-disclosure';
import { publicParticipation } from '@zwgk/rule-public-participation';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { sentimentResponse } from '@zwgk/rule-sentiment-response';
import { socialEvaluation } from '@zwgk/rule-social-evaluation';
import { spokesperson } from '@zwgk/rule-spokesperson';
import { supervision } from '@zwgk/rule-supervision';
import { websitesNewMedia } from '@zwgk/rule-websites-new-media';

export type { RulePreset } from '@zwgk/core';

/**
 * 西吉县人民政府办公室关于印发政务公开相关制度的通知（西政办发〔2018〕47号）: all fifteen
 * regulations, in the order the notice lists them.
 *
 * @example
 * const engine = createEngine({ modules: xiji2018No47.modules, calendar: china, clock: systemClock, store });
 */
export const xiji2018No47: RulePreset = {
  id: 'xiji-2018-47',
  documentNumber: '西政办发〔2018〕47号',
  title: '西吉县人民政府办公室关于印发政务公开相关制度的通知',
  issuer: '西吉县人民政府办公室',
  issuedOn: '2018-03-22',
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  modules: [
    proactiveDisclosure, // 《西吉县政府政务公开制度》
    confidentialityReview, // 《西吉县政务公开保密审查制度》
    disclosureRequest, // 《西吉县政府信息依申请公开制度》
    policyInterpretation, // 《西吉县政府政务公开政策解读制度》
    sentimentResponse, // 《西吉县政府政务舆情回应制度》
    publicParticipation, // 《西吉县政务公开公众参与制度》
    websitesNewMedia, // 《西吉县政府网站及政务新媒体建设运营管理制度》
    assessment, // 《西吉县政务公开考核制度》
    annualReport, // 《西吉县政府政务公开工作年度报告制度》
    spokesperson, // 《西吉县政务公开新闻发言人制度》
    jointMeeting, // 《西吉县政务公开联席会议制度》
    releaseCoordination, // 《西吉县政府政务信息发布协调制度》
    supervision, // 《西吉县政务公开监督检查制度》
    accountability, // 《西吉县政务公开责任追究制度》
    socialEvaluation, // 《西吉县政务公开社会评议制度》
  ],
};
