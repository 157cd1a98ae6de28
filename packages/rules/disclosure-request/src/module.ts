import { defineRuleModule } from '@zwgk/core';
import { applicationSchema } from './application.js';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { disclosureRequestMachine } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';

/**
 * 《西吉县政府信息依申请公开制度》 (西政办发〔2018〕47号) as a rule module: receipt and
 * registration, the 15-working-day reply with one extension, the six answers of 第九条, the
 * third party's consultation with the clock stopped, the confidentiality review and the
 * consultation of other agencies as child cases, fees, help, and corrections of records.
 *
 * @example
 * const engine = createEngine({ modules: [disclosureRequest, confidentialityReview, releaseCoordination], calendar: china, clock });
 * await engine.open('disclosure-request', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const disclosureRequest = defineRuleModule({
  id: 'disclosure-request',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开', en: 'Government information disclosure on application' },
  source: {
    name: '西吉县政府信息依申请公开制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    第一条: '立法目的和依据，不是工作流程',
    第四条: '对所公开信息内容的实质要求（提供实际状态，不加工、统计、分析），工作流程无法检验信息内容',
    第十五条: '解释权条款，不是工作流程',
    第十六条: '施行日期和有效期，由模块的 inForce 表达',
  },
  roles: {
    clerk: { zh: '受理机构经办人', en: 'clerk of the receiving office' },
    officeHead: { zh: '政务公开办公室机构负责人', en: 'head of the government disclosure office' },
    applicant: { zh: '申请人', en: 'applicant' },
  },
  input: applicationSchema,
  events,
  deadlines: {
    reply: {
      label: { zh: '答复期限', en: 'reply' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '收到申请之日', en: 'receipt of the application' },
      clause: '第八条',
      warnBefore: { length: 3, unit: 'workingDays' },
      extension: { maxTimes: 1, maxLength: 15, clause: '第八条' },
      pause: { clause: '条例2007第二十四条' },
    },
  },
  notices,
  breaches: {
    replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第八条' },
  },
  parameters,
  children: ['confidentiality-review', 'release-coordination'],
  machine: disclosureRequestMachine,
});
