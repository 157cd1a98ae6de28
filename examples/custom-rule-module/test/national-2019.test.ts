// The integrator's test: the suite of @zwgk/testing replays each scenario on a simulated clock
// with the working-day calendar of mainland China, and checks that together they exercise every
// clause the module cites. Every expected instant was checked against @zwgk/calendar.
import { caseSteps, describeRuleModule, type Scenario } from '@zwgk/testing';
import { type Application, nationalDisclosureRequest2019 } from '../src/index.js';

type S = Omit<Scenario, 'modules'>;

const M = 'national-disclosure-request-2019';
const clerk = { id: 'clerk-1', role: 'clerk' };
const head = { id: 'head-1', role: 'officeHead' };
const applicant = { id: 'applicant-1', role: 'applicant' };

const application: Application = {
  channel: 'letter',
  applicant: { name: '张三', identityDocument: '居民身份证', contact: '13800000000' },
  description: '2019年度本县老旧小区改造项目资金使用情况',
  form: '纸质文本，邮寄',
};
// One-line steps of the case 'app': opened and sent by the clerk unless a step names someone else.
const app = caseSteps('app', { module: M, actor: clerk });
const open = (at: string) => app.open(at, application);
/** The clerk asks, once, for the name or number of the document asked for (第三十条). */
const askToCorrectName = (at: string) =>
  app.send(at, 'correction.requested', { toCorrect: '申请公开的信息名称', guidance: '请写明文件名称或文号' });

const answers = [
  { kind: 'alreadyPublic', howToObtain: '已在本机关门户网站政府信息公开专栏公开' },
  { kind: 'disclosed', howToObtain: '随本答复书邮寄纸质文本' },
  { kind: 'refused', reasons: '属于国家秘密，依照第十四条不予公开' },
  { kind: 'nonexistent', explanation: '经检索，本机关未制作、获取该信息' },
  {
    kind: 'notThisAgency',
    reasons: '该信息由县住房和城乡建设局制作',
    responsibleAgency: { name: '县住房和城乡建设局', contact: '010-12345678' },
  },
  { kind: 'repeated', earlierReply: '本机关已于2019年10月8日作出答复' },
  { kind: 'specialProcedure', law: '《不动产登记暂行条例》' },
] as const;

/** One scenario per answer of 第三十六条: each closes the case and completes the reply period in time. */
const answerScenarios: S[] = answers.map((answer) => ({
  name: `the answer “${answer.kind}” (第三十六条) closes the case and meets the reply period`,
  steps: [
    open('2019-09-27T10:00:00+08:00'),
    {
      at: '2019-10-08T10:00:00+08:00',
      send: { case: 'app', type: 'reply.given', payload: answer, actor: clerk },
      expect: { state: 'answered', status: 'done', notices: ['answer'], deadlines: { reply: { status: 'completed', outcome: 'met' } } },
    },
  ],
}));

const scenarios: S[] = [
  {
    name: 'an application received on 2019-09-27, before the National Day holiday, is due at 24:00 on 2019-10-30, and an extension of 20 runs to 2019-11-27',
    steps: [
      {
        ...open('2019-09-27T10:00:00+08:00' /* Friday; 2019-09-29 and 2019-10-12 are 调休 working days, 2019-10-01…07 国庆 */),
        expect: {
          state: 'examining',
          status: 'open',
          deadlines: { reply: { dueAt: '2019-10-31T00:00:00+08:00', warnAt: '2019-10-26T00:00:00+08:00', status: 'running', length: 20 } },
        },
      },
      { at: '2019-10-26T00:00:00+08:00', tick: true, expect: { case: 'app', fired: ['reply:warning'], breaches: [] } },
      // Only the head of the disclosure office approves an extension, of at most 20 working days.
      {
        at: '2019-10-28T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案' }, actor: clerk },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-28T09:01:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案', workingDays: 21 }, actor: head },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-28T09:05:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案' }, actor: head },
        // 20 working days after 2019-10-30: 10-31 … 11-27.
        expect: {
          notices: ['extension'],
          deadlines: { reply: { dueAt: '2019-11-28T00:00:00+08:00', warnAt: '2019-11-23T00:00:00+08:00', extensionsUsed: 1 } },
        },
      },
      // Once only.
      {
        at: '2019-10-29T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '再次延期' }, actor: head },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      // An answer without the reasons 第三十六条(三) requires is refused.
      {
        at: '2019-11-20T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: { kind: 'refused' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-11-20T10:05:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[2], actor: clerk },
        expect: {
          state: 'answered',
          status: 'done',
          notices: ['answer'],
          deadlines: { reply: { status: 'completed', outcome: 'met', extensionsUsed: 1 } },
        },
      },
      // A closed case accepts nothing more.
      {
        at: '2019-11-21T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { rejected: 'CASE_CLOSED' },
      },
    ],
  },
  {
    name: 'a correction request stops the reply period, which restarts in full from receipt of the corrected application',
    steps: [
      {
        ...open('2019-10-08T10:00:00+08:00'),
        expect: { deadlines: { reply: { dueAt: '2019-11-05T00:00:00+08:00' /* 2019-10-12 is a 调休 working day */ } } },
      },
      {
        at: '2019-10-10T09:00:00+08:00',
        send: { case: 'app', type: 'correction.requested', payload: { toCorrect: '所需信息的年度' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-10T09:01:00+08:00',
        send: {
          case: 'app',
          type: 'correction.requested',
          payload: { toCorrect: '所需信息的年度', guidance: '请写明项目名称和年度' },
          actor: applicant,
        },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-10T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'correction.requested',
          payload: { toCorrect: '所需信息的年度', guidance: '请写明项目名称和年度' },
          actor: clerk,
        },
        // 15 working days (the default parameter) from 2019-10-10: 2019-10-12 is a 调休 working day.
        expect: {
          state: 'awaitingCorrection',
          notices: ['correctionRequest'],
          deadlines: { correction: { dueAt: '2019-10-31T00:00:00+08:00', status: 'running', length: 15 }, reply: { status: 'cancelled' } },
        },
      },
      // Nothing is answered while the application waits for its correction.
      {
        at: '2019-10-11T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-15T09:00:00+08:00',
        send: {
          case: 'app',
          type: 'application.corrected',
          payload: { description: '2019年度老旧小区改造项目资金拨付明细' },
          actor: applicant,
        },
        // 20 working days counted afresh from 2019-10-15.
        expect: {
          state: 'examining',
          deadlines: {
            correction: { status: 'completed', outcome: 'met' },
            reply: { dueAt: '2019-11-13T00:00:00+08:00', warnAt: '2019-11-08T00:00:00+08:00', status: 'running' },
          },
        },
      },
      // The applicant is asked to correct once only (一次性告知).
      {
        at: '2019-10-16T09:00:00+08:00',
        send: { case: 'app', type: 'correction.requested', payload: { toCorrect: '形式', guidance: '请写明获取方式' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-12T16:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { state: 'answered', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'an applicant who does not correct within 15 working days, across the 2020 Spring Festival, is deemed to have withdrawn the application',
    steps: [
      open('2020-01-06T10:00:00+08:00'),
      {
        ...askToCorrectName('2020-01-08T10:00:00+08:00'),
        // 2020-01-19 (Sunday) is a 调休 working day; 春节 2020-01-24…02-02 (extended).
        expect: { deadlines: { correction: { dueAt: '2020-02-06T00:00:00+08:00' } } },
      },
      {
        at: '2020-02-06T00:00:00+08:00',
        tick: true,
        expect: { case: 'app', fired: ['correction:due'], state: 'deemedWithdrawn', status: 'done', breaches: [] },
      },
      {
        at: '2020-02-06T09:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '迟到的补正' }, actor: applicant },
        expect: { rejected: 'CASE_CLOSED' },
      },
    ],
  },
  {
    name: 'a parameter gives the applicant 5 working days to correct',
    parameters: { [M]: { correctionWorkingDays: 5 } },
    steps: [
      open('2020-01-06T10:00:00+08:00'),
      {
        ...askToCorrectName('2020-01-08T10:00:00+08:00'),
        expect: { deadlines: { correction: { dueAt: '2020-01-16T00:00:00+08:00', length: 5 } } },
      },
    ],
  },
  {
    name: 'consulting a third party stops the reply clock; the third party answers within 15 working days and the 16 days left run from its answer',
    steps: [
      { ...open('2021-03-01T10:00:00+08:00'), expect: { deadlines: { reply: { dueAt: '2021-03-30T00:00:00+08:00' } } } },
      {
        at: '2021-03-05T09:00:00+08:00',
        send: { case: 'app', type: 'thirdParty.consulted', payload: { party: '某建筑公司' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-03-05T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '某建筑公司', information: '施工合同价款', harm: '可能涉及商业秘密' },
          actor: clerk,
        },
        expect: {
          state: 'consultingThirdParty',
          notices: ['thirdPartyConsultation'],
          deadlines: {
            reply: { status: 'paused', dueAt: null },
            thirdPartyOpinion: { dueAt: '2021-03-27T00:00:00+08:00', status: 'running' },
          },
        },
      },
      // No answer and no extension while the clock is stopped.
      {
        at: '2021-03-08T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-03-08T10:01:00+08:00',
        send: { case: 'app', type: 'agencies.replied', payload: { opinion: '同意' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-03-15T10:00:00+08:00',
        send: { case: 'app', type: 'thirdParty.replied', payload: { consents: false, reasons: '涉及商业秘密' }, actor: clerk },
        // 16 working days from 2021-03-15, skipping 清明 2021-04-03…05.
        expect: {
          state: 'examining',
          deadlines: {
            thirdPartyOpinion: { status: 'completed', outcome: 'met' },
            reply: { status: 'running', dueAt: '2021-04-08T00:00:00+08:00' },
          },
        },
      },
      {
        at: '2021-03-16T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[2], actor: clerk },
        expect: { state: 'answered', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'a third party silent for 15 working days, across Mid-Autumn and National Day 2021, leaves the decision to the agency and restarts the clock',
    steps: [
      { ...open('2021-09-06T10:00:00+08:00'), expect: { deadlines: { reply: { dueAt: '2021-10-10T00:00:00+08:00' } } } },
      {
        at: '2021-09-10T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '李四', information: '个人房产信息', harm: '可能涉及个人隐私' },
          actor: clerk,
        },
        // 2021-09-18 and 09-26 are 调休 working days; 中秋 09-19…21, 国庆 10-01…07.
        expect: { deadlines: { thirdPartyOpinion: { dueAt: '2021-10-09T00:00:00+08:00' }, reply: { status: 'paused' } } },
      },
      {
        at: '2021-10-09T00:00:00+08:00',
        tick: true,
        // The 16 working days left run from 2021-10-09 (a 调休 Saturday, the start day, not counted).
        expect: {
          case: 'app',
          fired: ['thirdPartyOpinion:due'],
          state: 'examining',
          deadlines: { reply: { status: 'running', dueAt: '2021-11-02T00:00:00+08:00' } },
        },
      },
      {
        at: '2021-10-11T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { state: 'answered', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'consulting other agencies stops the clock; a reply period then missed is recorded as a breach and can no longer be extended',
    steps: [
      {
        ...open('2022-01-17T10:00:00+08:00' /* 2022-01-29 and 01-30 are 调休 working days; 春节 01-31…02-06 */),
        expect: { deadlines: { reply: { dueAt: '2022-02-18T00:00:00+08:00' } } },
      },
      {
        at: '2022-01-19T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'agencies.consulted',
          payload: { agencies: ['县财政局'], question: '资金拨付信息是否可以公开' },
          actor: clerk,
        },
        expect: { state: 'consultingAgencies', deadlines: { reply: { status: 'paused' } } },
      },
      {
        at: '2022-02-10T10:00:00+08:00',
        send: { case: 'app', type: 'agencies.replied', payload: { opinion: '可以公开' }, actor: clerk },
        // 18 working days left, counted from 2022-02-10.
        expect: { state: 'examining', deadlines: { reply: { status: 'running', dueAt: '2022-03-09T00:00:00+08:00' } } },
      },
      {
        at: '2022-03-09T00:00:00+08:00',
        tick: true,
        expect: { case: 'app', fired: ['reply:warning', 'reply:due'], breaches: ['replyOverdue'], state: 'examining' },
      },
      {
        at: '2022-03-09T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '补办延期' }, actor: head },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2022-03-10T09:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: answers[1], actor: clerk },
        expect: { state: 'answered', deadlines: { reply: { status: 'completed', outcome: 'missed' } } },
      },
    ],
  },
  {
    name: 'an application must carry the contents of 第二十九条 and be received while the regulation is in force',
    steps: [
      {
        at: '2019-09-27T10:00:00+08:00',
        open: { as: 'bad', module: M, input: { ...application, description: '' }, actor: clerk },
        expect: { case: 'bad', rejected: 'INVALID_PAYLOAD' },
      },
    ],
  },
  ...answerScenarios,
];

describeRuleModule(nationalDisclosureRequest2019, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios,
});
