import { defineRuleModule } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import { applicantKindSchema, applicationSchema } from './application.js';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { nationalDisclosureMachine } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';

const answerKinds = [
  'alreadyPublic',
  'disclosed',
  'partlyDisclosed',
  'refused',
  'nonexistent',
  'notThisAgency',
  'needsProcessing',
  'stillUnclear',
  'repeated',
  'petition',
  'publication',
  'unreasonableVolume',
  'confirmation',
  'specialProcedure',
] as const;

/**
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号, in force from 2019-05-15) 第四章 依申请公开
 * as a rule module: receipt by channel, 补正, consultation of third parties and agencies as child
 * cases, extension, 第三十五条, the computed information processing fee, and every answer.
 *
 * @example
 * const engine = createEngine({ modules: national2019.modules, calendar: china, clock: systemClock, store });
 * await engine.open('national-disclosure-request', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const nationalDisclosureRequest = defineRuleModule({
  id: 'national-disclosure-request',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开（2019年条例）', en: 'Disclosure on application (2019 national regulation)' },
  source: informationDisclosureRegulation.source,
  inForce: informationDisclosureRegulation.inForce,
  clauses,
  unimplemented: {
    第二十八条: '申请渠道的建设，是机关的工作制度而非单个申请的流程',
    第四十条: '提供形式的确定写入答复的“获取方式、途径”（howToObtain），不另设状态',
    第四十一条: '更正与本人相关的政府信息记录是另一类请求，本模块不受理（待建 national-record-correction）',
    第四十四条: '依申请公开转为主动公开由 national-proactive-disclosure 立案办理，不在本案内',
    第四十五条: '登记、审核、办理、答复、归档的工作制度即本模块的流程和审计链本身',
  },
  roles: {
    clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
    officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
    applicant: { zh: '申请人', en: 'applicant', inside: false },
  },
  input: applicationSchema,
  events,
  deadlines: {
    reply: {
      label: { zh: '答复期限', en: 'reply' },
      length: 20,
      unit: 'workingDays',
      startsOn: {
        zh: '收到申请之日（第三十一条；补正的，收到补正的申请之日）',
        en: 'receipt of the application (第三十一条), or of the corrected application',
      },
      clause: '第三十三条',
      warnBefore: { length: 3, unit: 'workingDays' },
      extension: { maxTimes: 1, maxLength: 20, clause: '第三十三条' },
      pause: { clause: '第三十三条' },
    },
    delayedReply: {
      label: { zh: '延迟答复期限', en: 'later answer date' },
      length: 20,
      unit: 'workingDays',
      startsOn: { zh: '告知延迟答复之日', en: 'the notice of the later date' },
      clause: '第三十五条',
      warnBefore: { length: 3, unit: 'workingDays' },
    },
    correction: {
      label: { zh: '补正期限', en: 'correction' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '告知补正之日', en: 'the request to correct' },
      clause: '第三十条',
    },
    reasons: {
      label: { zh: '说明理由期限', en: 'reasons' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '要求说明理由之日', en: 'the request for reasons' },
      clause: '第三十五条',
    },
    feePayment: {
      label: { zh: '缴纳信息处理费期限', en: 'fee payment' },
      length: 20,
      unit: 'workingDays',
      startsOn: { zh: '收到收费通知次日起', en: 'the fee notice (counted from the next day)' },
      clause: '办法第六条',
    },
  },
  notices,
  breaches: {
    replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第三十三条' },
    correctionRequestLate: { label: { zh: '超过7个工作日告知补正', en: 'correction asked for after 7 working days' }, clause: '第三十条' },
  },
  parameters,
  children: ['national-consultation'],
  output: z.object({
    outcome: z.enum(['answered', 'deemedWithdrawn', 'withdrawn']),
    answer: z.enum(answerKinds).nullable(),
    reportRow: z.string(),
    applicantKind: applicantKindSchema,
    receivedAt: z.string(),
    feeYuan: z.number().int().nullable(),
    feePaid: z.boolean().nullable(),
  }),
  machine: nationalDisclosureMachine,
});
