// Scenarios of the disclosure-request module on its own (no child case is opened).
import { caseSteps, type Scenario } from '@zwgk/testing';
import { applicant, application, citizen, clerk, handling, head, M, organisation, recordCorrection } from '../fixtures.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: M });

type S = Omit<Scenario, 'modules'>;

export const deadlineScenarios: S[] = [
  {
    name: 'an application received on 2019-09-27, before the National Day holiday, must be answered by 24:00 on 2019-10-23',
    steps: [
      on('app').open(
        '2019-09-27T10:00:00+08:00' /* Friday; 2019-09-29 (Sunday) is a 调休 working day, 2019-10-01…07 国庆 */,
        application(),
        {
          actor: clerk,
          expect: {
            state: handling('examining'),
            status: 'open',
            // 15 working days: 09-29 (调休), 09-30, 10-08…10-11, 10-12 (调休 Saturday), 10-14…18, 10-21…23.
            deadlines: {
              reply: { dueAt: '2019-10-24T00:00:00+08:00', warnAt: '2019-10-19T00:00:00+08:00', status: 'running', extensionsUsed: 0 },
            },
          },
        },
      ),
      on('app').tick('2019-10-19T00:00:00+08:00', { fired: ['reply:warning'], breaches: [] }),
      on('app').send('2019-10-21T15:00:00+08:00', 'reply.refused', { reasons: '申请公开的信息属于内部事务信息' }, clerk, {
        state: 'refused',
        status: 'done',
        notices: ['refusal'],
        deadlines: { reply: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'an application received on 2020-09-29, before the National Day and Mid-Autumn holiday, is due at 24:00 on 2020-10-27',
    steps: [
      on('app').open(
        '2020-09-29T16:30:00+08:00' /* 2020-10-01…08 国庆中秋; 2020-10-10 (Saturday) is a 调休 working day */,
        application({ channel: 'electronic', applicant: organisation }),
        {
          actor: applicant,
          expect: {
            state: handling('examining'),
            deadlines: { reply: { dueAt: '2020-10-28T00:00:00+08:00', warnAt: '2020-10-23T00:00:00+08:00' } },
          },
        },
      ),
      on('app').send('2020-10-27T23:59:00+08:00', 'reply.nonexistent', { explanation: '经检索，本机关未制作或获取该信息' }, clerk, {
        state: 'nonexistent',
        status: 'done',
        notices: ['nonexistence'],
        deadlines: { reply: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'the office head extends once, before the due instant, by 15 working days counted after the first due date across the 2021 Spring Festival',
    steps: [
      on('app').open('2021-01-20T10:00:00+08:00', application(), {
        actor: clerk,
        expect: {
          deadlines: {
            reply: {
              dueAt: '2021-02-10T00:00:00+08:00',
              warnAt: '2021-02-06T00:00:00+08:00' /* 2021-02-07 (Sunday) is a 调休 working day */,
            },
          },
        },
      }),
      on('app').send('2021-02-08T09:00:00+08:00', 'reply.extended', { reason: '需调取多年档案' }, clerk, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('app').send('2021-02-08T09:01:00+08:00', 'reply.extended', { reason: '需调取多年档案', days: 16 }, head, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2021-02-08T09:02:00+08:00', 'reply.extended', { days: 15 }, head, { rejected: 'INVALID_PAYLOAD' }),
      // 2021-02-11…17 春节; 2021-02-20 (Saturday) is a 调休 working day: 15 working days after 02-09 end on 03-08.
      on('app').send('2021-02-08T09:05:00+08:00', 'reply.extended', { reason: '需调取多年档案' }, head, {
        notices: ['extension'],
        deadlines: { reply: { dueAt: '2021-03-09T00:00:00+08:00', warnAt: '2021-03-04T00:00:00+08:00', extensionsUsed: 1 } },
      }),
      on('app').send('2021-02-09T09:00:00+08:00', 'reply.extended', { reason: '再次延期' }, head, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send(
        '2021-03-01T10:00:00+08:00',
        'reply.notHeldHere',
        { holder: '西吉县住房和城乡建设局', holderContact: '0954-3011234' },
        clerk,
        { state: 'referred', status: 'done', notices: ['referral'], deadlines: { reply: { outcome: 'met', extensionsUsed: 1 } } },
      ),
    ],
  },
  {
    name: 'an application received on 2020-01-06 is due after the extended 2020 Spring Festival, and warns before the holiday',
    steps: [
      on('app').open(
        '2020-01-06T11:00:00+08:00' /* 2020-01-19 (Sunday) is a 调休 working day; 春节 2020-01-24…02-02 (extended) */,
        application(),
        { actor: clerk, expect: { deadlines: { reply: { dueAt: '2020-02-04T00:00:00+08:00', warnAt: '2020-01-22T00:00:00+08:00' } } } },
      ),
      on('app').tick('2020-01-22T08:00:00+08:00', { fired: ['reply:warning'] }),
      on('app').send('2020-02-03T17:00:00+08:00', 'reply.extended', { reason: '疫情防控期间无法调阅档案', days: 10 }, head, {
        notices: ['extension'],
        deadlines: { reply: { dueAt: '2020-02-18T00:00:00+08:00', warnAt: '2020-02-13T00:00:00+08:00', extensionsUsed: 1 } },
      }),
      on('app').send('2020-02-17T10:00:00+08:00', 'reply.refused', { reasons: '属于过程性信息' }, clerk, {
        state: 'refused',
        deadlines: { reply: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'an overdue reply is flagged on the case, an extension after the due instant is refused, and the case still goes on to an answer',
    steps: [
      on('app').open('2019-09-27T10:00:00+08:00', application(), { actor: clerk }),
      on('app').tick('2019-10-24T00:00:00+08:00', {
        fired: ['reply:warning', 'reply:due'],
        breaches: ['replyOverdue'],
        state: handling('examining'),
        deadlines: { reply: { status: 'running' } },
      }),
      on('app').send('2019-10-24T09:00:00+08:00', 'reply.extended', { reason: '补办延期' }, head, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2019-10-25T10:00:00+08:00', 'reply.nonexistent', { explanation: '该项目未在本县实施' }, clerk, {
        state: 'nonexistent',
        status: 'done',
        breaches: ['replyOverdue'],
        deadlines: { reply: { status: 'completed', outcome: 'missed' } },
      }),
    ],
  },
];

const COMPANY = '西吉县某建材有限公司';
const PERSON = '张某';
const reportApplication = application({ request: { kind: 'disclosure', description: '某企业环评报告全文', form: 'electronic' } });
const consult = (at: string, party: string, interest: 'tradeSecret' | 'privacy' = 'tradeSecret') =>
  on('app').send(at, 'thirdParty.consulted', { party, information: `环评报告中涉及${party}的部分`, interest }, clerk);

export const thirdPartyScenarios: S[] = [
  {
    name: 'the time waiting for a third party is not counted: consulted on a Friday, answered on a Monday, the reply is due a working day later',
    steps: [
      on('app').open('2019-11-04T10:00:00+08:00' /* Monday */, reportApplication, {
        actor: clerk,
        expect: { deadlines: { reply: { dueAt: '2019-11-26T00:00:00+08:00' } } },
      }),
      {
        ...consult('2019-11-08T15:00:00+08:00' /* Friday: 11 working days remain (11-11…11-25) */, COMPANY),
        // The third party has 15 working days of its own (parameter thirdPartyWorkingDays, 条例2019第三十二条): 11-11 … 11-29.
        expect: {
          state: handling('examining', { thirdParty: 'consulting' }),
          notices: ['thirdPartyConsultation'],
          deadlines: {
            reply: { status: 'paused', dueAt: null, warnAt: null },
            [`thirdParty:${COMPANY}`]: {
              status: 'running',
              dueAt: '2019-11-30T00:00:00+08:00',
              warnAt: '2019-11-27T00:00:00+08:00',
              length: 15,
            },
          },
        },
      },
      // Disclosing waits for the third party (第十条); a second letter to the same party is not a new consultation.
      on('app').send(
        '2019-11-08T16:00:00+08:00',
        'reply.partlyDisclosed',
        { howToObtain: '邮寄', form: 'electronic', withheld: '工艺', reasons: '商业秘密' },
        clerk,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      { ...consult('2019-11-08T16:05:00+08:00', COMPANY), expect: { rejected: 'EVENT_NOT_ALLOWED' } },
      on('app').send('2019-11-08T16:10:00+08:00', 'thirdParty.replied', { party: COMPANY, consents: 'yes' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-11-08T16:15:00+08:00', 'thirdParty.replied', { party: '未征求意见的公司', consents: true }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send(
        '2019-11-11T09:00:00+08:00' /* Monday: 11 working days counted from the next day, 11-12…11-26 */,
        'thirdParty.replied',
        { party: COMPANY, consents: true, opinion: '同意公开' },
        clerk,
        {
          state: handling('examining', { thirdParty: 'answered' }),
          deadlines: {
            reply: { status: 'running', dueAt: '2019-11-27T00:00:00+08:00', warnAt: '2019-11-22T00:00:00+08:00' },
            [`thirdParty:${COMPANY}`]: { status: 'completed', outcome: 'met' },
          },
        },
      ),
      on('app').send('2019-11-26T17:00:00+08:00', 'reply.refused', { reasons: '经保密审查属于国家秘密' }, clerk, {
        state: 'refused',
        deadlines: { reply: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'a silent third party: when its 15 working days pass the silence is recorded, the reply clock runs again with the days left, and the office answers',
    steps: [
      on('app').open('2019-11-04T10:00:00+08:00', reportApplication, { actor: clerk }),
      {
        ...consult('2019-11-08T15:00:00+08:00', COMPANY),
        expect: { deadlines: { reply: { status: 'paused' }, [`thirdParty:${COMPANY}`]: { dueAt: '2019-11-30T00:00:00+08:00' } } },
      },
      on('app').tick('2019-11-27T00:00:00+08:00', {
        fired: [`thirdParty:${COMPANY}:warning`],
        state: handling('examining', { thirdParty: 'consulting' }),
      }),
      // Silence is not consent and no breach: the period simply elapsed. 11 working days from 12-02: 12-02 … 12-16.
      on('app').tick('2019-11-30T00:00:00+08:00' /* Saturday, 24:00 of 11-29 */, {
        fired: [`thirdParty:${COMPANY}:due`],
        breaches: [],
        state: handling('examining', { thirdParty: 'answered' }),
        deadlines: {
          [`thirdParty:${COMPANY}`]: { status: 'completed', outcome: 'elapsed' },
          reply: { status: 'running', dueAt: '2019-12-17T00:00:00+08:00' },
        },
      }),
      // A silent party did not consent: the office may withhold (or decide to disclose in the public interest, below).
      on('app').send(
        '2019-12-02T10:00:00+08:00',
        'reply.refused',
        { reasons: '涉及第三方商业秘密，第三方逾期未提出意见，不予公开' },
        clerk,
        { state: 'refused', status: 'done', notices: ['refusal'], deadlines: { reply: { outcome: 'met' } } },
      ),
    ],
  },
  {
    name: 'several third parties each answer or default on their own: one consents, one objects late after its period, and the reply clock waits only while one is within its period',
    steps: [
      on('app').open('2019-11-04T10:00:00+08:00', reportApplication, { actor: clerk }),
      {
        ...consult('2019-11-05T10:00:00+08:00', PERSON, 'privacy'),
        expect: { notices: ['thirdPartyConsultation'], deadlines: { reply: { status: 'paused' } } },
      },
      {
        ...consult('2019-11-12T10:00:00+08:00', COMPANY),
        // A second party while the first is pending: its own letter and period; the clock is already stopped.
        expect: {
          notices: ['thirdPartyConsultation'],
          state: handling('examining', { thirdParty: 'consulting' }),
          deadlines: {
            [`thirdParty:${PERSON}`]: { dueAt: '2019-11-27T00:00:00+08:00' },
            [`thirdParty:${COMPANY}`]: { dueAt: '2019-12-04T00:00:00+08:00' },
            reply: { status: 'paused' },
          },
        },
      },
      // One answered, the other still within its period: the clock stays stopped.
      on('app').send('2019-11-13T09:00:00+08:00', 'thirdParty.replied', { party: PERSON, consents: true }, clerk, {
        state: handling('examining', { thirdParty: 'consulting' }),
        deadlines: { [`thirdParty:${PERSON}`]: { outcome: 'met' }, reply: { status: 'paused' } },
      }),
      // Only the office head decides to disclose over a silence or objection, and only for a party that withholds.
      on('app').send(
        '2019-11-13T10:00:00+08:00',
        'publicInterest.overrode',
        { party: PERSON, content: '名单', reasons: '公共资金' },
        head,
        { rejected: 'EVENT_NOT_ALLOWED' /* 张某 consented */ },
      ),
      // 14 working days were left when the clock stopped on 11-05 (11-06 … 11-25); counted from 12-05 they end on 12-24.
      on('app').tick('2019-12-04T00:00:00+08:00', {
        fired: [`thirdParty:${COMPANY}:warning`, `thirdParty:${COMPANY}:due`],
        state: handling('examining', { thirdParty: 'answered' }),
        deadlines: {
          [`thirdParty:${COMPANY}`]: { outcome: 'elapsed' },
          reply: { status: 'running', dueAt: '2019-12-25T00:00:00+08:00' },
        },
      }),
      // A late objection is recorded; it does not stop the clock again.
      on('app').send(
        '2019-12-05T09:00:00+08:00',
        'thirdParty.replied',
        { party: COMPANY, consents: false, opinion: '涉及生产工艺，不同意公开' },
        clerk,
        {
          state: handling('examining', { thirdParty: 'answered' }),
          deadlines: { reply: { status: 'running', dueAt: '2019-12-25T00:00:00+08:00' } },
        },
      ),
      on('app').send(
        '2019-12-05T10:00:00+08:00',
        'publicInterest.overrode',
        { party: COMPANY, content: '环评报告中的污染物排放数据', reasons: '涉及公众健康' },
        clerk,
        { rejected: 'ROLE_NOT_ALLOWED' },
      ),
      on('app').send(
        '2019-12-05T10:05:00+08:00',
        'publicInterest.overrode',
        { party: COMPANY, content: '环评报告中的污染物排放数据', reasons: '涉及公众健康，不公开可能对公共利益造成重大影响' },
        head,
        { notices: ['thirdPartyOverride'] },
      ),
      // A party consulted after the others answered stops the clock again.
      {
        ...consult('2019-12-06T10:00:00+08:00', '西吉县另一企业'),
        expect: { state: handling('examining', { thirdParty: 'consulting' }), deadlines: { reply: { status: 'paused' } } },
      },
      // An answer that discloses nothing needs no third party's opinion; the case closes and the open period ends with it.
      on('app').send('2019-12-09T10:00:00+08:00', 'reply.nonexistent', { explanation: '报告已由企业撤回，本机关未保存' }, clerk, {
        state: 'nonexistent',
        status: 'done',
        deadlines: { reply: { outcome: 'met' }, 'thirdParty:西吉县另一企业': { status: 'cancelled' } },
      }),
    ],
  },
  {
    name: 'the office head may extend (第八条) while the clock is stopped for a third party: the days are added to those left, counted when the clock runs again',
    steps: [
      on('app').open('2019-11-04T10:00:00+08:00', reportApplication, { actor: clerk }),
      consult('2019-11-08T15:00:00+08:00', COMPANY),
      // The notice states the working days left (11 + 15): the due date follows once the clock runs again.
      on('app').send('2019-11-08T16:05:00+08:00', 'reply.extended', { reason: '需调取企业历年环评档案' }, head, {
        notices: ['extension'],
        deadlines: { reply: { status: 'paused', dueAt: null, extensionsUsed: 1 } },
      }),
      on('app').send('2019-11-08T16:10:00+08:00', 'reply.extended', { reason: '再次延期' }, head, {
        rejected: 'EVENT_NOT_ALLOWED' /* once only */,
      }),
      // 26 working days from 11-12: 11-12 … 12-17.
      on('app').send('2019-11-11T09:00:00+08:00', 'thirdParty.replied', { party: COMPANY, consents: true }, clerk, {
        deadlines: { reply: { status: 'running', dueAt: '2019-12-18T00:00:00+08:00', extensionsUsed: 1 } },
      }),
      on('app').send('2019-12-17T17:00:00+08:00', 'reply.refused', { reasons: '属于国家秘密' }, clerk, {
        state: 'refused',
        deadlines: { reply: { outcome: 'met', extensionsUsed: 1 } },
      }),
    ],
  },
  {
    name: 'a third party’s objection blocks disclosure; only the office head may decide to disclose in the public interest, notifying the third party in writing',
    steps: [
      on('app').open('2019-11-04T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send(
        '2019-11-05T10:00:00+08:00',
        'thirdParty.consulted',
        { party: PERSON, information: '补助对象名单中的身份信息', interest: 'privacy' },
        clerk,
      ),
      on('app').send(
        '2019-11-05T11:00:00+08:00',
        'publicInterest.overrode',
        { party: PERSON, content: '补助对象名单', reasons: '涉及公共资金使用' },
        head,
        { rejected: 'EVENT_NOT_ALLOWED' /* 张某 has not answered and its period runs */ },
      ),
      on('app').send('2019-11-12T10:00:00+08:00', 'thirdParty.replied', { party: PERSON, consents: false, opinion: '不同意公开' }, clerk, {
        state: handling('examining', { thirdParty: 'answered' }),
        notices: [],
        deadlines: { reply: { status: 'running' } },
      }),
      on('app').send('2019-11-12T11:01:00+08:00', 'publicInterest.overrode', { party: PERSON, content: '补助对象名单' }, head, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send(
        '2019-11-12T11:05:00+08:00',
        'publicInterest.overrode',
        {
          party: PERSON,
          content: '补助对象名单（姓名、补助金额）',
          reasons: '补助资金属于公共资金，不公开将对公共利益造成重大影响',
        },
        head,
        { state: handling('examining', { thirdParty: 'answered' }), notices: ['thirdPartyOverride'] },
      ),
      // Disclosing still needs a confidentiality review (《西吉县政务公开保密审查制度》第二条).
      on('app').send('2019-11-13T10:00:00+08:00', 'reply.disclosed', { howToObtain: '到县政务公开办公室领取', form: 'paper' }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send('2019-11-13T10:05:00+08:00', 'reply.refused', { reasons: '申请人撤回前改为不予公开' }, clerk, {
        state: 'refused',
        notices: ['refusal'],
      }),
    ],
  },
];

export const answerScenarios: S[] = [
  {
    name: 'an answer given on the spot, on the day of receipt, closes the case at once',
    steps: [
      on('app').open(
        '2019-10-08T10:00:00+08:00',
        application({
          channel: 'oral',
          oralRecord: { filledInBy: '经办人马丽', applicantCircumstances: '申请人不识字，由经办人代为填写' },
        }),
        { actor: clerk },
      ),
      on('app').send('2019-10-08T10:20:00+08:00', 'reply.onTheSpot', { kind: 'alreadyPublic' }, clerk, { rejected: 'INVALID_PAYLOAD' }),
      on('app').send(
        '2019-10-08T10:30:00+08:00',
        'reply.onTheSpot',
        { kind: 'alreadyPublic', howToObtain: '已在西吉县人民政府网站“政府信息公开”栏目主动公开' },
        clerk,
        {
          state: 'answeredOnTheSpot',
          status: 'done',
          notices: ['onTheSpotReply'],
          deadlines: { reply: { status: 'completed', outcome: 'met' } },
        },
      ),
    ],
  },
  {
    name: 'an answer the next day is no longer on the spot; nor is one after a consultation was started',
    steps: [
      on('app').open('2019-10-08T16:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-09T09:00:00+08:00', 'reply.onTheSpot', { kind: 'nonexistent', explanation: '不存在' }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send('2019-10-09T09:05:00+08:00', 'reply.notHeldHere', { holder: '固原市生态环境局西吉分局' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send(
        '2019-10-09T09:10:00+08:00',
        'reply.notHeldHere',
        { holder: '固原市生态环境局西吉分局', holderContact: '0954-3016789' },
        clerk,
        { state: 'referred', notices: ['referral'] },
      ),
      on('app').send('2019-10-09T09:20:00+08:00', 'reply.refused', { reasons: '重复' }, clerk, { rejected: 'CASE_CLOSED' }),
    ],
  },
  {
    name: 'an unclear application stops the clock; the corrected application restarts the 15 working days (default, 2019 regulation 第三十条)',
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), {
        actor: clerk,
        expect: { deadlines: { reply: { dueAt: '2019-10-29T00:00:00+08:00' } } },
      }),
      on('app').send('2019-10-09T10:00:00+08:00', 'application.corrected', { description: '更具体的描述' }, applicant, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send('2019-10-10T10:00:00+08:00', 'reply.unclear', { toCorrect: '' }, clerk, { rejected: 'INVALID_PAYLOAD' }),
      // The notice states the 补正期限: 15 working days (parameter correctionWorkingDays), 10-11 … 10-30.
      on('app').send('2019-10-10T10:05:00+08:00', 'reply.unclear', { toCorrect: '请说明所需资金明细的年度和乡镇' }, clerk, {
        state: handling('awaitingCorrection'),
        notices: ['correctionRequest'],
        deadlines: {
          reply: { status: 'paused', dueAt: null },
          correction: { status: 'running', dueAt: '2019-10-31T00:00:00+08:00', length: 15 },
        },
      }),
      on('app').send(
        '2019-10-11T10:00:00+08:00',
        'thirdParty.consulted',
        { party: '某企业', information: '某信息', interest: 'tradeSecret' },
        clerk,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      on('app').send(
        '2019-10-21T09:00:00+08:00',
        'application.corrected',
        { description: '2019年兴隆镇农村危房改造补助资金分配明细', form: 'electronic' },
        applicant,
        {
          state: handling('examining'),
          deadlines: {
            reply: { status: 'running', dueAt: '2019-11-12T00:00:00+08:00', warnAt: '2019-11-07T00:00:00+08:00', extensionsUsed: 0 },
            correction: { status: 'completed', outcome: 'met' },
          },
        },
      ),
      on('app').send('2019-11-11T10:00:00+08:00', 'reply.nonexistent', { explanation: '兴隆镇2019年无危房改造项目' }, clerk, {
        state: 'nonexistent',
        deadlines: { reply: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'with restartOnCorrection false the days left when the correction was asked for run on from the corrected application',
    parameters: { [M]: { restartOnCorrection: false } },
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-10T10:05:00+08:00', 'reply.unclear', { toCorrect: '请说明年度' }, clerk),
      on('app').send(
        '2019-10-21T09:00:00+08:00' /* 13 working days were left after 10-10; counted from 10-22 they end on 11-07 */,
        'application.corrected',
        { description: '2019年度' },
        clerk,
        {
          state: handling('examining'),
          deadlines: { reply: { dueAt: '2019-11-08T00:00:00+08:00', warnAt: '2019-11-05T00:00:00+08:00' } },
        },
      ),
    ],
  },
  {
    name: 'by default an application received before 2019-05-15 (Beijing date) is not given fresh days on correction: 条例2019第三十条 was not yet in force; the days left run on',
    steps: [
      // 15 working days: 05-15 … 05-17, 05-20 … 05-24, 05-27 … 05-31, 06-03, 06-04.
      on('app').open(
        '2019-05-14T23:30:00+08:00' /* Tuesday, Beijing time; still 05-14 on the calendar of the receiving office */,
        application(),
        { actor: clerk, expect: { deadlines: { reply: { dueAt: '2019-06-05T00:00:00+08:00' } } } },
      ),
      on('app').send('2019-05-16T10:00:00+08:00', 'reply.unclear', { toCorrect: '请说明所需资金明细的年度' }, clerk, {
        deadlines: { reply: { status: 'paused' } },
      }),
      // 13 working days were left after 05-16; from 05-28: 05-28 … 05-31, 06-03 … 06-06, 06-07 端午 skipped, 06-10 … 06-14.
      on('app').send('2019-05-27T09:00:00+08:00', 'application.corrected', { description: '2018年度' }, applicant, {
        state: handling('examining'),
        deadlines: { reply: { status: 'running', dueAt: '2019-06-15T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: 'by default an application received on or after 2019-05-15 (Beijing date) restarts the 15 working days on correction (条例2019第三十条)',
    steps: [
      on('app').open('2019-05-15T00:00:00+08:00' /* Wednesday, the day the 2019 regulation took effect */, application(), { actor: clerk }),
      on('app').send('2019-05-16T10:00:00+08:00', 'reply.unclear', { toCorrect: '请说明所需资金明细的年度' }, clerk),
      // 15 working days from 05-28: 05-28 … 05-31, 06-03 … 06-06, 06-07 端午 skipped, 06-10 … 06-14, 06-17, 06-18.
      on('app').send('2019-05-27T09:00:00+08:00', 'application.corrected', { description: '2018年度' }, applicant, {
        state: handling('examining'),
        deadlines: { reply: { status: 'running', dueAt: '2019-06-19T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: 'with restartOnCorrection true even an application received before 2019-05-15 restarts on correction',
    parameters: { [M]: { restartOnCorrection: true } },
    steps: [
      on('app').open('2019-05-14T23:30:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-05-16T10:00:00+08:00', 'reply.unclear', { toCorrect: '请说明年度' }, clerk),
      on('app').send('2019-05-27T09:00:00+08:00', 'application.corrected', { description: '2018年度' }, applicant, {
        deadlines: { reply: { dueAt: '2019-06-19T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: '条例2019第三十条: the notice states a 补正期限 the office sets; when it passes without a correction the application is deemed abandoned, at 24:00 of its last day',
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-10T10:00:00+08:00', 'reply.unclear', { toCorrect: '请说明年度', workingDays: 0 }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      // 5 working days: 10-11, 10-12 (调休 Saturday), 10-14 … 10-16.
      on('app').send('2019-10-10T10:05:00+08:00', 'reply.unclear', { toCorrect: '请说明年度', workingDays: 5 }, clerk, {
        notices: ['correctionRequest'],
        deadlines: { correction: { dueAt: '2019-10-17T00:00:00+08:00', length: 5 } },
      }),
      on('app').tick('2019-10-16T23:59:00+08:00', { fired: [], state: handling('awaitingCorrection') }),
      on('app').tick('2019-10-17T00:00:00+08:00', {
        fired: ['correction:due'],
        state: 'abandoned',
        status: 'done',
        breaches: [],
        deadlines: { correction: { status: 'completed', outcome: 'elapsed' }, reply: { status: 'cancelled', outcome: 'cancelled' } },
      }),
      on('app').send('2019-10-17T09:00:00+08:00', 'application.corrected', { description: '2019年度' }, applicant, {
        rejected: 'CASE_CLOSED',
      }),
    ],
  },
  {
    name: '条例2019第三十条: a correction that arrives on the last day of the correction period is examined, not deemed abandoned',
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-10T10:05:00+08:00', 'reply.unclear', { toCorrect: '请说明年度' }, clerk),
      // 15 working days from 10-31: 10-31, 11-01, 11-04 … 11-08, 11-11 … 11-15, 11-18 … 11-20.
      on('app').send('2019-10-30T23:59:00+08:00', 'application.corrected', { description: '2019年度' }, applicant, {
        state: handling('examining'),
        deadlines: { correction: { outcome: 'met' }, reply: { status: 'running', dueAt: '2019-11-21T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: 'before 2019-05-15 nothing is deemed (条例2019第三十条 does not reach back): when the 补正期限 passes the clock runs on with the days left and the office answers',
    steps: [
      on('app').open('2019-05-14T23:30:00+08:00', application(), { actor: clerk }),
      // 13 working days of the reply remain (05-17 … 06-04); the 补正期限 is 05-17 … 06-06.
      on('app').send('2019-05-16T10:00:00+08:00', 'reply.unclear', { toCorrect: '请说明所需资金明细的年度' }, clerk, {
        deadlines: { reply: { status: 'paused' }, correction: { dueAt: '2019-06-07T00:00:00+08:00' } },
      }),
      // 13 working days from 06-10 (06-07 端午 and the weekend skipped): 06-10 … 06-26.
      on('app').tick('2019-06-07T00:00:00+08:00' /* 端午 */, {
        fired: ['correction:due'],
        state: handling('examining'),
        status: 'open',
        deadlines: { correction: { outcome: 'elapsed' }, reply: { status: 'running', dueAt: '2019-06-27T00:00:00+08:00' } },
      }),
      on('app').send(
        '2019-06-10T10:00:00+08:00',
        'reply.refused',
        { reasons: '申请内容不明确，经告知补正逾期未补正，无法确定所需信息' },
        clerk,
        { state: 'refused', deadlines: { reply: { outcome: 'met' } } },
      ),
    ],
  },
  {
    name: 'disclosing in full or in part without a confidentiality review is refused',
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-09T10:00:00+08:00', 'reply.disclosed', { howToObtain: '邮寄', form: 'paper' }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send(
        '2019-10-09T10:01:00+08:00',
        'reply.partlyDisclosed',
        { howToObtain: '邮寄', form: 'paper', withheld: '个人身份证号', reasons: '个人隐私' },
        clerk,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      on('app').send('2019-10-09T10:02:00+08:00', 'reply.disclosed', { howToObtain: '邮寄', form: 'paper' }, applicant, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('app').send('2019-10-09T10:03:00+08:00', 'reply.disclosed', { howToObtain: '邮寄', form: 'fax' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-10-09T10:04:00+08:00', 'reply.approved', {}, clerk, { rejected: 'UNKNOWN_EVENT' }),
      on('app').send('2019-10-09T10:05:00+08:00', 'record.corrected', { correction: '更正' }, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2019-10-09T10:10:00+08:00', 'reply.refused', { reasons: '属于内部管理信息' }, clerk, {
        state: 'refused',
        status: 'done',
      }),
    ],
  },
];

export const serviceScenarios: S[] = [
  {
    name: 'only retrieval, copying and postage may be charged, and the applicant is told the cost',
    steps: [
      on('app').open('2019-10-08T10:00:00+08:00', application(), { actor: clerk }),
      on('app').send('2019-10-09T10:00:00+08:00', 'fee.charged', { items: [{ item: 'consulting', amountFen: 5000 }] }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-10-09T10:01:00+08:00', 'fee.charged', { items: [{ item: 'copying', amountFen: 200, note: '加急费' }] }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-10-09T10:02:00+08:00', 'fee.charged', { items: [] }, clerk, { rejected: 'INVALID_PAYLOAD' }),
      on('app').send('2019-10-09T10:03:00+08:00', 'fee.charged', { items: [{ item: 'copying', amountFen: 0.5 }] }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-10-09T10:04:00+08:00', 'fee.charged', { items: [{ item: 'copying', amountFen: 200 }] }, applicant, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('app').send(
        '2019-10-09T10:05:00+08:00',
        'fee.charged',
        {
          items: [
            { item: 'retrieval', amountFen: 1000 },
            { item: 'copying', amountFen: 300 },
            { item: 'postage', amountFen: 1200 },
          ],
        },
        clerk,
        { state: handling('examining'), notices: ['feeStatement'] },
      ),
      on('app').send('2019-10-10T10:00:00+08:00', 'reply.refused', { reasons: '不予公开' }, clerk, { status: 'done' }),
      // After the answer a fee is recorded only where information was provided (disclosed, partly disclosed).
      on('app').send('2019-10-11T10:00:00+08:00', 'fee.charged', { items: [{ item: 'postage', amountFen: 800 }] }, clerk, {
        rejected: 'CASE_CLOSED',
      }),
    ],
  },
  {
    name: 'help given to an applicant with a sight difficulty is recorded on the case',
    steps: [
      on('app').open(
        '2019-10-08T10:00:00+08:00',
        application({
          channel: 'oral',
          oralRecord: { filledInBy: '经办人马丽', applicantCircumstances: '申请人视力残疾，口头提出申请' },
          difficulties: ['sight'],
        }),
        { actor: clerk },
      ),
      on('app').send('2019-10-08T10:05:00+08:00', 'assistance.given', { difficulty: 'deafness', help: '手语' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2019-10-08T10:06:00+08:00', 'assistance.given', { difficulty: 'sight', help: '朗读' }, head, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('app').send(
        '2019-10-08T10:10:00+08:00',
        'assistance.given',
        { difficulty: 'sight', help: '向申请人朗读申请表并代为签收' },
        clerk,
        { state: handling('examining'), notices: ['assistanceRecord'] },
      ),
      on('app').send(
        '2019-10-08T10:30:00+08:00',
        'reply.onTheSpot',
        { kind: 'notHeldHere', holder: '西吉县民政局', holderContact: '0954-3012222' },
        clerk,
        { state: 'answeredOnTheSpot', notices: ['onTheSpotReply'] },
      ),
    ],
  },
  {
    name: 'registration needs the content of 第五条 and 第六条; an oral application needs the office’s record',
    steps: [
      on('oral').open('2019-10-08T09:02:00+08:00', application({ channel: 'oral' }), {
        actor: clerk,
        expect: { rejected: 'INVALID_PAYLOAD' },
      }),
      on('no-form').open('2019-10-08T09:03:00+08:00', application({ request: { kind: 'disclosure', description: '某信息' } }), {
        actor: clerk,
        expect: { rejected: 'INVALID_PAYLOAD' },
      }),
      on('no-contact').open('2019-10-08T09:04:00+08:00', application({ applicant: { ...citizen, contact: '' } }), {
        actor: clerk,
        expect: { rejected: 'INVALID_PAYLOAD' },
      }),
      on('fax').open('2019-10-08T09:05:00+08:00', application({ channel: 'fax' }), {
        actor: clerk,
        expect: { rejected: 'INVALID_PAYLOAD' },
      }),
      on('stranger').open('2019-10-08T09:06:00+08:00', application(), {
        actor: { id: 'x', role: 'reviewer' },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      }),
      on('passport').open(
        '2019-10-08T09:10:00+08:00',
        application({
          applicant: {
            ...citizen,
            identity: { document: 'otherCertificate', certificate: '港澳居民来往内地通行证', number: 'H12345678' },
          },
        }),
        { actor: clerk, expect: { state: handling('examining'), deadlines: { reply: { dueAt: '2019-10-29T00:00:00+08:00' } } } },
      ),
      on('lower-x').open(
        '2019-10-08T09:11:00+08:00',
        application({ applicant: { ...citizen, identity: { document: 'residentIdCard', number: '11010519491231002x' } } }),
        { actor: applicant, expect: { state: handling('examining') } },
      ),
    ],
  },
];

export const registrationScenarios: S[] = [
  {
    name: '第七条: an organisation whose unified social credit code fails its check is registered all the same, the problem noted and valid papers asked for; the reply period runs',
    steps: [
      on('coop').open(
        '2020-06-01T09:00:00+08:00',
        application({ applicant: { ...organisation, creditCode: '91640422MA76XJ2K3N' /* check character wrong */ } }),
        {
          actor: clerk,
          expect: {
            state: handling('examining'),
            status: 'open',
            notices: ['identityPapersRequest'],
            deadlines: { reply: { status: 'running', dueAt: '2020-06-23T00:00:00+08:00' } },
          },
        },
      ),
      on('coop').send('2020-06-02T10:00:00+08:00', 'papers.supplied', {}, applicant, { rejected: 'INVALID_PAYLOAD' }),
      // Still wrong: recorded, and asked for again.
      on('coop').send('2020-06-02T10:05:00+08:00', 'papers.supplied', { creditCode: '91640422MA76XJ2K3X' }, applicant, {
        notices: ['identityPapersRequest'],
        deadlines: { reply: { status: 'running', dueAt: '2020-06-23T00:00:00+08:00' } },
      }),
      on('coop').send('2020-06-03T10:00:00+08:00', 'papers.supplied', { creditCode: '91640422MA76XJ2K3M' }, clerk, {
        notices: [],
        state: handling('examining'),
      }),
      on('coop').send('2020-06-22T16:00:00+08:00', 'reply.nonexistent', { explanation: '本机关未制作该信息' }, clerk, {
        state: 'nonexistent',
        deadlines: { reply: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: '第七条: an organisation with no credit code is registered on another certificate; one with neither is registered and asked; a citizen’s mistyped identity number likewise',
    steps: [
      on('committee').open(
        '2020-06-01T09:00:00+08:00',
        application({
          applicant: {
            kind: 'organisation',
            name: '西吉县某小区业主委员会',
            contact: '0954-3019999',
            certificate: { certificate: '业主委员会备案证明', number: '西住建备〔2019〕12号' },
          },
        }),
        { actor: clerk, expect: { state: handling('examining'), notices: [] } },
      ),
      on('group').open(
        '2020-06-01T09:05:00+08:00',
        application({ applicant: { kind: 'organisation', name: '某村民小组', contact: '13800000000' } }),
        {
          actor: clerk,
          expect: { state: handling('examining'), notices: ['identityPapersRequest'], deadlines: { reply: { status: 'running' } } },
        },
      ),
      on('citizen').open(
        '2020-06-01T09:10:00+08:00',
        application({ applicant: { ...citizen, identity: { document: 'residentIdCard', number: '640422198503120021' } } }),
        { actor: clerk, expect: { state: handling('examining'), notices: ['identityPapersRequest'] } },
      ),
      on('citizen').send(
        '2020-06-01T09:15:00+08:00',
        'papers.supplied',
        { identity: { document: 'residentIdCard', number: '640422198503120027' } },
        clerk,
        { notices: [] },
      ),
      on('fix').open(
        '2020-06-01T09:20:00+08:00',
        recordCorrection({ applicant: { kind: 'organisation', name: '某村民小组', contact: '13800000000' } }),
        { actor: clerk, expect: { state: 'correcting', notices: ['identityPapersRequest'] } },
      ),
    ],
  },
];

export const recordScenarios: S[] = [
  {
    name: 'a record the agency cannot correct is forwarded to the empowered agency and the applicant told',
    steps: [
      on('fix').open('2020-06-01T10:00:00+08:00', recordCorrection(), {
        actor: clerk,
        expect: { state: 'correcting', deadlines: { reply: 'absent' } },
      }),
      on('fix').send('2020-06-02T10:00:00+08:00', 'reply.refused', { reasons: '不予公开' }, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('fix').send('2020-06-02T10:01:00+08:00', 'record.forwarded', { authority: '西吉县民政局' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('fix').send(
        '2020-06-02T10:05:00+08:00',
        'record.forwarded',
        { authority: '西吉县民政局', authorityContact: '0954-3012222' },
        clerk,
        { state: 'recordForwarded', status: 'done', notices: ['recordForwarded'] },
      ),
    ],
  },
  {
    name: 'a record shown inaccurate is corrected; a request without proof is declined with reasons',
    steps: [
      on('fix').open('2020-06-01T10:00:00+08:00', recordCorrection(), { actor: clerk }),
      on('fix').send('2020-06-01T10:05:00+08:00', 'record.corrected', { correction: '家庭人口数更正为5人' }, applicant, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('fix').send('2020-06-03T10:00:00+08:00', 'record.corrected', { correction: '家庭人口数更正为5人' }, clerk, {
        state: 'recordCorrected',
        notices: ['recordCorrected'],
      }),
      on('unproven').open('2020-06-04T10:00:00+08:00', recordCorrection({ applicant: organisation }), { actor: clerk }),
      on('unproven').send('2020-06-05T10:00:00+08:00', 'record.correctionDeclined', { reasons: '所附证据不能证明记录不准确' }, clerk, {
        state: 'correctionDeclined',
        notices: ['correctionDeclined'],
      }),
    ],
  },
];
