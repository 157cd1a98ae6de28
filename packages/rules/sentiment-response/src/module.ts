import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { sentimentDeadlines } from './deadlines.js';
import { sentimentEvents, sentimentInputSchema } from './events.js';
import { sentimentMachine } from './machine.js';
import { sentimentNotices } from './notices.js';
import { sentimentParameters } from './parameters.js';

/**
 * 《西吉县政府政务舆情回应制度》 (西政办发〔2018〕47号) as a rule module: a sentiment is registered
 * when found, classified and given its responsible body, answered within 1 hour (first release)
 * and 24 hours (press conference) when major, or 48 hours otherwise, updated as work goes on,
 * and closed when the results are published.
 */
export const sentimentResponse = defineRuleModule({
  id: 'sentiment-response',
  version: '1.0.0',
  title: { zh: '政务舆情回应', en: 'Response to public sentiment' },
  source: {
    name: '西吉县政府政务舆情回应制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    五: '与宣传、网信部门和媒体的联动机制建设，是常设工作机制，不是单件舆情的办理步骤',
    六: '县人民政府每年定期组织的督查，不在单件舆情的流程之内',
    七: '政务公开办公室定期通报、约谈和追责，在案件之外进行；本模块记录的违规（breaches）是其依据',
  },
  roles: {
    monitor: { zh: '舆情监测登记人员', en: 'sentiment monitor (registers the item)' },
    office: { zh: '政务公开办公室（政府办公室）', en: 'government disclosure office' },
    responsibleBody: { zh: '舆情回应责任主体（涉事部门、乡镇）', en: 'responsible body (department or township concerned)' },
    spokesperson: { zh: '新闻发言人', en: 'spokesperson' },
  },
  input: sentimentInputSchema,
  events: sentimentEvents,
  deadlines: sentimentDeadlines,
  notices: sentimentNotices,
  breaches: {
    firstReleaseOverdue: { label: { zh: '未在1小时内首次发布信息', en: 'first release not made within 1 hour' }, clause: '三(一)' },
    pressConferenceOverdue: { label: { zh: '未在24小时内举行新闻发布会', en: 'no press conference within 24 hours' }, clause: '三(一)' },
    responseOverdue: { label: { zh: '未在48小时内予以回应', en: 'no response within 48 hours' }, clause: '三(二)' },
  },
  parameters: sentimentParameters,
  machine: sentimentMachine,
});
