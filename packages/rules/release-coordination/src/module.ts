import { defineRuleModule } from '@zwgk/core';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { MAX_CONSULTED_AGENCIES, type Mode, releaseCoordinationMachine, replyDeadlineName } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';

/**
 * The case input. Another module (依申请公开) opens this one as a child with it: keep it compatible.
 * Proactive information: the case is opened when the information is formed or changed, and the
 * 5 working days for the letter run from the opening (第七条). An application: they run from the
 * day the application was received (第八条 收到申请之日起), which the parent passes as
 * `applicationReceivedAt` because it opens the consultation later; without it, from the opening.
 */
export const releaseCoordinationInputSchema = z
  .object({
    mode: z.enum(['proactive', 'application']),
    subject: z.string().min(1),
    agencies: z
      .array(z.string().min(1))
      .min(1)
      .refine((agencies) => new Set(agencies).size <= MAX_CONSULTED_AGENCIES, {
        message: `at most ${MAX_CONSULTED_AGENCIES} agencies per consultation: each has its own reply deadline (第七条, 第八条); consult more in a second case`,
      }),
    /** 收到申请之日: the instant the application was received (application mode only, 第八条). */
    applicationReceivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((input) => input.mode === 'application' || input.applicationReceivedAt === undefined, {
    path: ['applicationReceivedAt'],
    message: 'only an application (mode application) has a receipt of the application (第八条)',
  });

const letterStart = { zh: '政府政务信息形成或变更之日（立案之时）', en: 'the day the information is formed or changed (the case opening)' };
const receiptStart = {
  zh: '该被征求意见机关收到书面征求意见公文之日（各机关分别计算）',
  en: 'this agency’s receipt of the letter (each agency its own)',
};

/**
 * One reply deadline per consulted agency (第七条, 第八条: each replies within its period from its
 * own receipt; 第十条: its own silence is its consent), up to MAX_CONSULTED_AGENCIES per kind.
 */
function replyDeadlines(mode: Mode, label: { zh: string; en: string }, length: number, clause: '第七条' | '第八条', warnDays: number) {
  return Object.fromEntries(
    Array.from({ length: MAX_CONSULTED_AGENCIES }, (_, index) => [
      replyDeadlineName(mode, index),
      {
        label:
          index === 0 ? label : { zh: `${label.zh}（第${index + 1}个被征求意见机关）`, en: `${label.en}, consulted agency ${index + 1}` },
        length,
        unit: 'workingDays' as const,
        startsOn: receiptStart,
        clause,
        warnBefore: { length: warnDays, unit: 'workingDays' as const },
        endsBy: 'deemed' as const, // 第十条: silence past the period is deemed consent, not a missed duty
      },
    ]),
  );
}

/**
 * 《西吉县政府政务信息发布协调制度》: consulting the other agencies an item of information touches
 * before it is published, with deemed consent on silence and the higher authority deciding disputes.
 *
 * @example
 * const engine = createEngine({ modules: [releaseCoordination], calendar: china, clock, store });
 * await engine.open('release-coordination', { input: { mode: 'proactive', subject: '2020年度项目清单', agencies: ['县财政局'] }, actor });
 */
export const releaseCoordination = defineRuleModule({
  id: 'release-coordination',
  version: '1.0.0',
  title: { zh: '政府政务信息发布协调', en: 'Release coordination between agencies' },
  source: {
    name: '西吉县政府政务信息发布协调制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '定义"政府政务信息"；本模块以立案时的 subject 指明所涉信息',
    第二条: '确定发布主体（谁负责公开）；立案的机关即为拟公开机关，由接入系统判断',
    第三条: '指向主动公开和依申请公开制度的程序，由相应模块实现',
    第四条: '新闻发布会和须报批发布的信息，属于新闻发言人制度和各专门规定',
    第五条: '联合发文的公开义务和申请渠道，不是协调流程',
    第十三条: '责任追究由《西吉县政务公开责任追究制度》处理；本模块记录的违规是其依据',
    第十四条: '解释机关，不是工作流程',
    第十五条: '施行日期和有效期，由 inForce 表示',
  },
  roles: {
    releasingAgency: { zh: '拟公开政府政务信息的行政机关', en: 'releasing agency', inside: true },
    consultedAgency: { zh: '被征求意见的行政机关', en: 'consulted agency', inside: false },
    higherAuthority: { zh: '上一级行政机关或政府政务信息公开工作主管部门', en: 'higher authority', inside: false },
  },
  input: releaseCoordinationInputSchema,
  // The contract a parent reads from child.done (see ReleaseCoordinationOutput).
  output: z.object({
    release: z.boolean(),
    settledBy: z.enum(['consent', 'deemedConsent', 'higherAuthority']),
    disagreements: z.array(z.string()),
  }),
  events,
  deadlines: {
    sendProactive: {
      label: { zh: '主动公开信息书面征求意见期限', en: 'consultation letter (proactive information)' },
      length: 5,
      unit: 'workingDays',
      startsOn: letterStart,
      clause: '第七条',
      warnBefore: { length: 1, unit: 'workingDays' },
    },
    ...replyDeadlines('proactive', { zh: '主动公开信息书面函复期限', en: 'written reply (proactive information)' }, 10, '第七条', 2),
    sendApplication: {
      label: { zh: '依申请公开信息书面征求意见期限', en: 'consultation letter (application)' },
      length: 5,
      unit: 'workingDays',
      startsOn: {
        zh: '收到申请之日（立案时给出的 applicationReceivedAt；未给出时为立案之时）',
        en: 'receipt of the application (applicationReceivedAt given at opening; otherwise the case opening)',
      },
      clause: '第八条',
      warnBefore: { length: 1, unit: 'workingDays' },
    },
    ...replyDeadlines('application', { zh: '依申请公开信息书面函复期限', en: 'written reply (application)' }, 5, '第八条', 1),
  },
  notices,
  breaches: {
    letterLateProactive: {
      label: { zh: '未在信息形成或变更之日起5个工作日内书面征求意见', en: 'consultation letter late (proactive information)' },
      clause: '第七条',
    },
    letterLateApplication: {
      label: { zh: '未在收到申请之日起5个工作日内书面征求意见', en: 'consultation letter late (application)' },
      clause: '第八条',
    },
    prematureRelease: {
      label: { zh: '协调未完成即发布政府政务信息', en: 'published before the consultation was settled' },
      clause: '第十二条',
    },
  },
  parameters,
  machine: releaseCoordinationMachine,
});
