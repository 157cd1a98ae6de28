// Scenarios of the disclosure-request module on its own (no child case is opened).
import type { Scenario } from '@zwgk/testing';
import { applicant, application, citizen, clerk, handling, head, M, organisation, recordCorrection } from '../fixtures.js';

type S = Omit<Scenario, 'modules'>;

export const deadlineScenarios: S[] = [
  {
    name: 'an application received on 2019-09-27, before the National Day holiday, must be answered by 24:00 on 2019-10-23',
    steps: [
      {
        at: '2019-09-27T10:00:00+08:00' /* Friday; 2019-09-29 (Sunday) is a 调休 working day, 2019-10-01…07 国庆 */,
        open: { as: 'app', module: M, input: application(), actor: clerk },
        expect: {
          state: handling('examining'),
          status: 'open',
          // 15 working days: 09-29 (调休), 09-30, 10-08…10-11, 10-12 (调休 Saturday), 10-14…18, 10-21…23.
          deadlines: {
            reply: { dueAt: '2019-10-24T00:00:00+08:00', warnAt: '2019-10-19T00:00:00+08:00', status: 'running', extensionsUsed: 0 },
          },
        },
      },
      { at: '2019-10-19T00:00:00+08:00', tick: true, expect: { case: 'app', fired: ['reply:warning'], breaches: [] } },
      {
        at: '2019-10-21T15:00:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '申请公开的信息属于内部事务信息' }, actor: clerk },
        expect: { state: 'refused', status: 'done', notices: ['refusal'], deadlines: { reply: { status: 'completed', outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'an application received on 2020-09-29, before the National Day and Mid-Autumn holiday, is due at 24:00 on 2020-10-27',
    steps: [
      {
        at: '2020-09-29T16:30:00+08:00' /* 2020-10-01…08 国庆中秋; 2020-10-10 (Saturday) is a 调休 working day */,
        open: { as: 'app', module: M, input: application({ channel: 'electronic', applicant: organisation }), actor: applicant },
        expect: {
          state: handling('examining'),
          deadlines: { reply: { dueAt: '2020-10-28T00:00:00+08:00', warnAt: '2020-10-23T00:00:00+08:00' } },
        },
      },
      {
        at: '2020-10-27T23:59:00+08:00',
        send: { case: 'app', type: 'reply.nonexistent', payload: { explanation: '经检索，本机关未制作或获取该信息' }, actor: clerk },
        expect: {
          state: 'nonexistent',
          status: 'done',
          notices: ['nonexistence'],
          deadlines: { reply: { status: 'completed', outcome: 'met' } },
        },
      },
    ],
  },
  {
    name: 'the office head extends once, before the due instant, by 15 working days counted after the first due date across the 2021 Spring Festival',
    steps: [
      {
        at: '2021-01-20T10:00:00+08:00',
        open: { as: 'app', module: M, input: application(), actor: clerk },
        expect: {
          deadlines: {
            reply: {
              dueAt: '2021-02-10T00:00:00+08:00',
              warnAt: '2021-02-06T00:00:00+08:00' /* 2021-02-07 (Sunday) is a 调休 working day */,
            },
          },
        },
      },
      {
        at: '2021-02-08T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案' }, actor: clerk },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2021-02-08T09:01:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案', days: 16 }, actor: head },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-02-08T09:02:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { days: 15 }, actor: head },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-02-08T09:05:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '需调取多年档案' }, actor: head },
        // 2021-02-11…17 春节; 2021-02-20 (Saturday) is a 调休 working day: 15 working days after 02-09 end on 03-08.
        expect: {
          notices: ['extension'],
          deadlines: { reply: { dueAt: '2021-03-09T00:00:00+08:00', warnAt: '2021-03-04T00:00:00+08:00', extensionsUsed: 1 } },
        },
      },
      {
        at: '2021-02-09T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '再次延期' }, actor: head },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-03-01T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'reply.notHeldHere',
          payload: { holder: '西吉县住房和城乡建设局', holderContact: '0954-3011234' },
          actor: clerk,
        },
        expect: { state: 'referred', status: 'done', notices: ['referral'], deadlines: { reply: { outcome: 'met', extensionsUsed: 1 } } },
      },
    ],
  },
  {
    name: 'an application received on 2020-01-06 is due after the extended 2020 Spring Festival, and warns before the holiday',
    steps: [
      {
        at: '2020-01-06T11:00:00+08:00' /* 2020-01-19 (Sunday) is a 调休 working day; 春节 2020-01-24…02-02 (extended) */,
        open: { as: 'app', module: M, input: application(), actor: clerk },
        expect: { deadlines: { reply: { dueAt: '2020-02-04T00:00:00+08:00', warnAt: '2020-01-22T00:00:00+08:00' } } },
      },
      { at: '2020-01-22T08:00:00+08:00', tick: true, expect: { case: 'app', fired: ['reply:warning'] } },
      {
        at: '2020-02-03T17:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '疫情防控期间无法调阅档案', days: 10 }, actor: head },
        expect: {
          notices: ['extension'],
          deadlines: { reply: { dueAt: '2020-02-18T00:00:00+08:00', warnAt: '2020-02-13T00:00:00+08:00', extensionsUsed: 1 } },
        },
      },
      {
        at: '2020-02-17T10:00:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '属于过程性信息' }, actor: clerk },
        expect: { state: 'refused', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'an overdue reply is flagged on the case, an extension after the due instant is refused, and the case still goes on to an answer',
    steps: [
      { at: '2019-09-27T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      {
        at: '2019-10-24T00:00:00+08:00',
        tick: true,
        expect: {
          case: 'app',
          fired: ['reply:warning', 'reply:due'],
          breaches: ['replyOverdue'],
          state: handling('examining'),
          deadlines: { reply: { status: 'running' } },
        },
      },
      {
        at: '2019-10-24T09:00:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '补办延期' }, actor: head },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-25T10:00:00+08:00',
        send: { case: 'app', type: 'reply.nonexistent', payload: { explanation: '该项目未在本县实施' }, actor: clerk },
        expect: {
          state: 'nonexistent',
          status: 'done',
          breaches: ['replyOverdue'],
          deadlines: { reply: { status: 'completed', outcome: 'missed' } },
        },
      },
    ],
  },
];

export const thirdPartyScenarios: S[] = [
  {
    name: 'the time waiting for a third party is not counted: consulted on a Friday, answered on a Monday, the reply is due a working day later',
    steps: [
      {
        at: '2019-11-04T10:00:00+08:00' /* Monday */,
        open: {
          as: 'app',
          module: M,
          input: application({ request: { kind: 'disclosure', description: '某企业环评报告全文', form: 'electronic' } }),
          actor: clerk,
        },
        expect: { deadlines: { reply: { dueAt: '2019-11-26T00:00:00+08:00' } } },
      },
      {
        at: '2019-11-08T15:00:00+08:00' /* Friday: 11 working days remain (11-11…11-25) */,
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '西吉县某建材有限公司', information: '环评报告中的生产工艺部分', interest: 'tradeSecret' },
          actor: clerk,
        },
        expect: {
          state: handling('examining', { thirdParty: 'consulting' }),
          notices: ['thirdPartyConsultation'],
          deadlines: { reply: { status: 'paused', dueAt: null, warnAt: null } },
        },
      },
      {
        at: '2019-11-08T16:00:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '涉及商业秘密' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-08T16:05:00+08:00',
        send: { case: 'app', type: 'reply.extended', payload: { reason: '等待第三方' }, actor: head },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-08T16:10:00+08:00',
        send: { case: 'app', type: 'thirdParty.replied', payload: { consents: 'yes' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-11-11T09:00:00+08:00' /* Monday: 11 working days counted from the next day, 11-12…11-26 */,
        send: { case: 'app', type: 'thirdParty.replied', payload: { consents: true, opinion: '同意公开' }, actor: clerk },
        expect: {
          state: handling('examining', { thirdParty: 'consented' }),
          deadlines: { reply: { status: 'running', dueAt: '2019-11-27T00:00:00+08:00', warnAt: '2019-11-22T00:00:00+08:00' } },
        },
      },
      {
        at: '2019-11-11T09:30:00+08:00',
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '另一企业', information: '同一报告', interest: 'tradeSecret' },
          actor: clerk,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-26T17:00:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '经保密审查属于国家秘密' }, actor: clerk },
        expect: { state: 'refused', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'a third party’s objection blocks disclosure; only the office head may decide to disclose in the public interest, notifying the third party in writing',
    steps: [
      { at: '2019-11-04T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      {
        at: '2019-11-05T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '张某', information: '补助对象名单中的身份信息', interest: 'privacy' },
          actor: clerk,
        },
      },
      {
        at: '2019-11-05T11:00:00+08:00',
        send: {
          case: 'app',
          type: 'publicInterest.overrode',
          payload: { content: '补助对象名单', reasons: '涉及公共资金使用' },
          actor: head,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-12T10:00:00+08:00',
        send: { case: 'app', type: 'thirdParty.replied', payload: { consents: false, opinion: '不同意公开' }, actor: clerk },
        expect: { state: handling('examining', { thirdParty: 'objected' }), notices: [], deadlines: { reply: { status: 'running' } } },
      },
      {
        at: '2019-11-12T11:00:00+08:00',
        send: {
          case: 'app',
          type: 'publicInterest.overrode',
          payload: { content: '补助对象名单', reasons: '涉及公共资金使用' },
          actor: clerk,
        },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-11-12T11:01:00+08:00',
        send: { case: 'app', type: 'publicInterest.overrode', payload: { content: '补助对象名单' }, actor: head },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-11-12T11:05:00+08:00',
        send: {
          case: 'app',
          type: 'publicInterest.overrode',
          payload: { content: '补助对象名单（姓名、补助金额）', reasons: '补助资金属于公共资金，不公开将对公共利益造成重大影响' },
          actor: head,
        },
        expect: { state: handling('examining', { thirdParty: 'overridden' }), notices: ['thirdPartyOverride'] },
      },
      // Disclosing still needs a confidentiality review (《西吉县政务公开保密审查制度》第二条).
      {
        at: '2019-11-13T10:00:00+08:00',
        send: { case: 'app', type: 'reply.disclosed', payload: { howToObtain: '到县政务公开办公室领取', form: 'paper' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-11-13T10:05:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '申请人撤回前改为不予公开' }, actor: clerk },
        expect: { state: 'refused', notices: ['refusal'] },
      },
    ],
  },
];

export const answerScenarios: S[] = [
  {
    name: 'an answer given on the spot, on the day of receipt, closes the case at once',
    steps: [
      {
        at: '2019-10-08T10:00:00+08:00',
        open: {
          as: 'app',
          module: M,
          input: application({
            channel: 'oral',
            oralRecord: { filledInBy: '经办人马丽', applicantCircumstances: '申请人不识字，由经办人代为填写' },
          }),
          actor: clerk,
        },
      },
      {
        at: '2019-10-08T10:20:00+08:00',
        send: { case: 'app', type: 'reply.onTheSpot', payload: { kind: 'alreadyPublic' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T10:30:00+08:00',
        send: {
          case: 'app',
          type: 'reply.onTheSpot',
          payload: { kind: 'alreadyPublic', howToObtain: '已在西吉县人民政府网站“政府信息公开”栏目主动公开' },
          actor: clerk,
        },
        expect: {
          state: 'answeredOnTheSpot',
          status: 'done',
          notices: ['onTheSpotReply'],
          deadlines: { reply: { status: 'completed', outcome: 'met' } },
        },
      },
    ],
  },
  {
    name: 'an answer the next day is no longer on the spot; nor is one after a consultation was started',
    steps: [
      { at: '2019-10-08T16:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      {
        at: '2019-10-09T09:00:00+08:00',
        send: { case: 'app', type: 'reply.onTheSpot', payload: { kind: 'nonexistent', explanation: '不存在' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T09:05:00+08:00',
        send: { case: 'app', type: 'reply.notHeldHere', payload: { holder: '固原市生态环境局西吉分局' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T09:10:00+08:00',
        send: {
          case: 'app',
          type: 'reply.notHeldHere',
          payload: { holder: '固原市生态环境局西吉分局', holderContact: '0954-3016789' },
          actor: clerk,
        },
        expect: { state: 'referred', notices: ['referral'] },
      },
      {
        at: '2019-10-09T09:20:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '重复' }, actor: clerk },
        expect: { rejected: 'CASE_CLOSED' },
      },
    ],
  },
  {
    name: 'an unclear application stops the clock; the corrected application restarts the 15 working days (default, 2019 regulation 第三十条)',
    steps: [
      {
        at: '2019-10-08T10:00:00+08:00',
        open: { as: 'app', module: M, input: application(), actor: clerk },
        expect: { deadlines: { reply: { dueAt: '2019-10-29T00:00:00+08:00' } } },
      },
      {
        at: '2019-10-09T10:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '更具体的描述' }, actor: applicant },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-10T10:00:00+08:00',
        send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-10T10:05:00+08:00',
        send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明所需资金明细的年度和乡镇' }, actor: clerk },
        expect: {
          state: handling('awaitingCorrection'),
          notices: ['correctionRequest'],
          deadlines: { reply: { status: 'paused', dueAt: null } },
        },
      },
      {
        at: '2019-10-11T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'thirdParty.consulted',
          payload: { party: '某企业', information: '某信息', interest: 'tradeSecret' },
          actor: clerk,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-21T09:00:00+08:00',
        send: {
          case: 'app',
          type: 'application.corrected',
          payload: { description: '2019年兴隆镇农村危房改造补助资金分配明细', form: 'electronic' },
          actor: applicant,
        },
        expect: {
          state: handling('examining'),
          deadlines: {
            reply: { status: 'running', dueAt: '2019-11-12T00:00:00+08:00', warnAt: '2019-11-07T00:00:00+08:00', extensionsUsed: 0 },
          },
        },
      },
      {
        at: '2019-11-11T10:00:00+08:00',
        send: { case: 'app', type: 'reply.nonexistent', payload: { explanation: '兴隆镇2019年无危房改造项目' }, actor: clerk },
        expect: { state: 'nonexistent', deadlines: { reply: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'with restartOnCorrection false the days left when the correction was asked for run on from the corrected application',
    parameters: { [M]: { restartOnCorrection: false } },
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      { at: '2019-10-10T10:05:00+08:00', send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明年度' }, actor: clerk } },
      {
        at: '2019-10-21T09:00:00+08:00' /* 13 working days were left after 10-10; counted from 10-22 they end on 11-07 */,
        send: { case: 'app', type: 'application.corrected', payload: { description: '2019年度' }, actor: clerk },
        expect: {
          state: handling('examining'),
          deadlines: { reply: { dueAt: '2019-11-08T00:00:00+08:00', warnAt: '2019-11-05T00:00:00+08:00' } },
        },
      },
    ],
  },
  {
    name: 'by default an application received before 2019-05-15 (Beijing date) is not given fresh days on correction: 条例2019第三十条 was not yet in force; the days left run on',
    steps: [
      {
        at: '2019-05-14T23:30:00+08:00' /* Tuesday, Beijing time; still 05-14 on the calendar of the receiving office */,
        open: { as: 'app', module: M, input: application(), actor: clerk },
        // 15 working days: 05-15 … 05-17, 05-20 … 05-24, 05-27 … 05-31, 06-03, 06-04.
        expect: { deadlines: { reply: { dueAt: '2019-06-05T00:00:00+08:00' } } },
      },
      {
        at: '2019-05-16T10:00:00+08:00',
        send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明所需资金明细的年度' }, actor: clerk },
        expect: { deadlines: { reply: { status: 'paused' } } },
      },
      {
        at: '2019-05-27T09:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '2018年度' }, actor: applicant },
        // 13 working days were left after 05-16; from 05-28: 05-28 … 05-31, 06-03 … 06-06, 06-07 端午 skipped, 06-10 … 06-14.
        expect: { state: handling('examining'), deadlines: { reply: { status: 'running', dueAt: '2019-06-15T00:00:00+08:00' } } },
      },
    ],
  },
  {
    name: 'by default an application received on or after 2019-05-15 (Beijing date) restarts the 15 working days on correction (条例2019第三十条)',
    steps: [
      {
        at: '2019-05-15T00:00:00+08:00' /* Wednesday, the day the 2019 regulation took effect */,
        open: { as: 'app', module: M, input: application(), actor: clerk },
      },
      {
        at: '2019-05-16T10:00:00+08:00',
        send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明所需资金明细的年度' }, actor: clerk },
      },
      {
        at: '2019-05-27T09:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '2018年度' }, actor: applicant },
        // 15 working days from 05-28: 05-28 … 05-31, 06-03 … 06-06, 06-07 端午 skipped, 06-10 … 06-14, 06-17, 06-18.
        expect: { state: handling('examining'), deadlines: { reply: { status: 'running', dueAt: '2019-06-19T00:00:00+08:00' } } },
      },
    ],
  },
  {
    name: 'with restartOnCorrection true even an application received before 2019-05-15 restarts on correction',
    parameters: { [M]: { restartOnCorrection: true } },
    steps: [
      { at: '2019-05-14T23:30:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      { at: '2019-05-16T10:00:00+08:00', send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明年度' }, actor: clerk } },
      {
        at: '2019-05-27T09:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '2018年度' }, actor: applicant },
        expect: { deadlines: { reply: { dueAt: '2019-06-19T00:00:00+08:00' } } },
      },
    ],
  },
  {
    name: 'an applicant who does not correct in time is deemed to have abandoned the application',
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      { at: '2019-10-10T10:05:00+08:00', send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明年度' }, actor: clerk } },
      {
        at: '2019-11-01T10:00:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: applicant },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-11-01T10:01:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '10月31日' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-11-01T10:02:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-32' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' /* no such day */ },
      },
      {
        at: '2019-11-01T10:05:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: clerk },
        expect: { state: 'abandoned', status: 'done', deadlines: { reply: { status: 'cancelled', outcome: 'cancelled' } } },
      },
    ],
  },
  {
    name: '条例2019第三十条 (逾期不补正的，视为放弃申请): the application is deemed abandoned only once the correction period has passed, at 24:00 of its last day',
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      { at: '2019-10-10T10:05:00+08:00', send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明年度' }, actor: clerk } },
      {
        at: '2019-10-21T10:00:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' /* ten days left to correct */ },
      },
      {
        at: '2019-10-31T23:59:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' /* the last day is not over */ },
      },
      {
        at: '2019-11-01T00:00:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: clerk },
        expect: { state: 'abandoned', status: 'done', deadlines: { reply: { status: 'cancelled', outcome: 'cancelled' } } },
      },
    ],
  },
  {
    name: '条例2019第三十条: a correction that arrives on the last day of the correction period is examined, not deemed abandoned',
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      { at: '2019-10-10T10:05:00+08:00', send: { case: 'app', type: 'reply.unclear', payload: { toCorrect: '请说明年度' }, actor: clerk } },
      {
        at: '2019-10-31T09:00:00+08:00',
        send: { case: 'app', type: 'application.abandoned', payload: { correctionDueDate: '2019-10-31' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-31T16:00:00+08:00',
        send: { case: 'app', type: 'application.corrected', payload: { description: '2019年度' }, actor: applicant },
        // 15 working days from 10-31: 11-01, 11-04 … 11-08, 11-11 … 11-15, 11-18 … 11-21.
        expect: { state: handling('examining'), deadlines: { reply: { status: 'running', dueAt: '2019-11-22T00:00:00+08:00' } } },
      },
    ],
  },
  {
    name: 'disclosing in full or in part without a confidentiality review is refused',
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      {
        at: '2019-10-09T10:00:00+08:00',
        send: { case: 'app', type: 'reply.disclosed', payload: { howToObtain: '邮寄', form: 'paper' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T10:01:00+08:00',
        send: {
          case: 'app',
          type: 'reply.partlyDisclosed',
          payload: { howToObtain: '邮寄', form: 'paper', withheld: '个人身份证号', reasons: '个人隐私' },
          actor: clerk,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T10:02:00+08:00',
        send: { case: 'app', type: 'reply.disclosed', payload: { howToObtain: '邮寄', form: 'paper' }, actor: applicant },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T10:03:00+08:00',
        send: { case: 'app', type: 'reply.disclosed', payload: { howToObtain: '邮寄', form: 'fax' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T10:04:00+08:00',
        send: { case: 'app', type: 'reply.approved', payload: {}, actor: clerk },
        expect: { rejected: 'UNKNOWN_EVENT' },
      },
      {
        at: '2019-10-09T10:05:00+08:00',
        send: { case: 'app', type: 'record.corrected', payload: { correction: '更正' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T10:10:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '属于内部管理信息' }, actor: clerk },
        expect: { state: 'refused', status: 'done' },
      },
    ],
  },
];

export const serviceScenarios: S[] = [
  {
    name: 'only retrieval, copying and postage may be charged, and the applicant is told the cost',
    steps: [
      { at: '2019-10-08T10:00:00+08:00', open: { as: 'app', module: M, input: application(), actor: clerk } },
      {
        at: '2019-10-09T10:00:00+08:00',
        send: { case: 'app', type: 'fee.charged', payload: { items: [{ item: 'consulting', amountFen: 5000 }] }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T10:01:00+08:00',
        send: { case: 'app', type: 'fee.charged', payload: { items: [{ item: 'copying', amountFen: 200, note: '加急费' }] }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T10:02:00+08:00',
        send: { case: 'app', type: 'fee.charged', payload: { items: [] }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T10:03:00+08:00',
        send: { case: 'app', type: 'fee.charged', payload: { items: [{ item: 'copying', amountFen: 0.5 }] }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-09T10:04:00+08:00',
        send: { case: 'app', type: 'fee.charged', payload: { items: [{ item: 'copying', amountFen: 200 }] }, actor: applicant },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-09T10:05:00+08:00',
        send: {
          case: 'app',
          type: 'fee.charged',
          payload: {
            items: [
              { item: 'retrieval', amountFen: 1000 },
              { item: 'copying', amountFen: 300 },
              { item: 'postage', amountFen: 1200 },
            ],
          },
          actor: clerk,
        },
        expect: { state: handling('examining'), notices: ['feeStatement'] },
      },
      {
        at: '2019-10-10T10:00:00+08:00',
        send: { case: 'app', type: 'reply.refused', payload: { reasons: '不予公开' }, actor: clerk },
        expect: { status: 'done' },
      },
    ],
  },
  {
    name: 'help given to an applicant with a sight difficulty is recorded on the case',
    steps: [
      {
        at: '2019-10-08T10:00:00+08:00',
        open: {
          as: 'app',
          module: M,
          input: application({
            channel: 'oral',
            oralRecord: { filledInBy: '经办人马丽', applicantCircumstances: '申请人视力残疾，口头提出申请' },
            difficulties: ['sight'],
          }),
          actor: clerk,
        },
      },
      {
        at: '2019-10-08T10:05:00+08:00',
        send: { case: 'app', type: 'assistance.given', payload: { difficulty: 'deafness', help: '手语' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T10:06:00+08:00',
        send: { case: 'app', type: 'assistance.given', payload: { difficulty: 'sight', help: '朗读' }, actor: head },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-08T10:10:00+08:00',
        send: {
          case: 'app',
          type: 'assistance.given',
          payload: { difficulty: 'sight', help: '向申请人朗读申请表并代为签收' },
          actor: clerk,
        },
        expect: { state: handling('examining'), notices: ['assistanceRecord'] },
      },
      {
        at: '2019-10-08T10:30:00+08:00',
        send: {
          case: 'app',
          type: 'reply.onTheSpot',
          payload: { kind: 'notHeldHere', holder: '西吉县民政局', holderContact: '0954-3012222' },
          actor: clerk,
        },
        expect: { state: 'answeredOnTheSpot', notices: ['onTheSpotReply'] },
      },
    ],
  },
  {
    name: 'registration needs valid identity papers and the content of 第六条; an oral application needs the office’s record',
    steps: [
      {
        at: '2019-10-08T09:00:00+08:00',
        open: {
          as: 'bad-id',
          module: M,
          input: application({ applicant: { ...citizen, identity: { document: 'residentIdCard', number: '640422198503120021' } } }),
          actor: clerk,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:01:00+08:00',
        open: {
          as: 'bad-code',
          module: M,
          input: application({ applicant: { ...organisation, creditCode: '91640422MA76XJ2K3N' } }),
          actor: clerk,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:02:00+08:00',
        open: { as: 'oral', module: M, input: application({ channel: 'oral' }), actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:03:00+08:00',
        open: { as: 'no-form', module: M, input: application({ request: { kind: 'disclosure', description: '某信息' } }), actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:04:00+08:00',
        open: { as: 'no-contact', module: M, input: application({ applicant: { ...citizen, contact: '' } }), actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:05:00+08:00',
        open: { as: 'fax', module: M, input: application({ channel: 'fax' }), actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-08T09:06:00+08:00',
        open: { as: 'stranger', module: M, input: application(), actor: { id: 'x', role: 'reviewer' } },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-10-08T09:10:00+08:00',
        open: {
          as: 'passport',
          module: M,
          input: application({
            applicant: {
              ...citizen,
              identity: { document: 'otherCertificate', certificate: '港澳居民来往内地通行证', number: 'H12345678' },
            },
          }),
          actor: clerk,
        },
        expect: { state: handling('examining'), deadlines: { reply: { dueAt: '2019-10-29T00:00:00+08:00' } } },
      },
      {
        at: '2019-10-08T09:11:00+08:00',
        open: {
          as: 'lower-x',
          module: M,
          input: application({ applicant: { ...citizen, identity: { document: 'residentIdCard', number: '11010519491231002x' } } }),
          actor: applicant,
        },
        expect: { state: handling('examining') },
      },
    ],
  },
];

export const recordScenarios: S[] = [
  {
    name: 'a record the agency cannot correct is forwarded to the empowered agency and the applicant told',
    steps: [
      {
        at: '2020-06-01T10:00:00+08:00',
        open: { as: 'fix', module: M, input: recordCorrection(), actor: clerk },
        expect: { state: 'correcting', deadlines: { reply: 'absent' } },
      },
      {
        at: '2020-06-02T10:00:00+08:00',
        send: { case: 'fix', type: 'reply.refused', payload: { reasons: '不予公开' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-06-02T10:01:00+08:00',
        send: { case: 'fix', type: 'record.forwarded', payload: { authority: '西吉县民政局' }, actor: clerk },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2020-06-02T10:05:00+08:00',
        send: {
          case: 'fix',
          type: 'record.forwarded',
          payload: { authority: '西吉县民政局', authorityContact: '0954-3012222' },
          actor: clerk,
        },
        expect: { state: 'recordForwarded', status: 'done', notices: ['recordForwarded'] },
      },
    ],
  },
  {
    name: 'a record shown inaccurate is corrected; a request without proof is declined with reasons',
    steps: [
      { at: '2020-06-01T10:00:00+08:00', open: { as: 'fix', module: M, input: recordCorrection(), actor: clerk } },
      {
        at: '2020-06-01T10:05:00+08:00',
        send: { case: 'fix', type: 'record.corrected', payload: { correction: '家庭人口数更正为5人' }, actor: applicant },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2020-06-03T10:00:00+08:00',
        send: { case: 'fix', type: 'record.corrected', payload: { correction: '家庭人口数更正为5人' }, actor: clerk },
        expect: { state: 'recordCorrected', notices: ['recordCorrected'] },
      },
      {
        at: '2020-06-04T10:00:00+08:00',
        open: { as: 'unproven', module: M, input: recordCorrection({ applicant: organisation }), actor: clerk },
      },
      {
        at: '2020-06-05T10:00:00+08:00',
        send: { case: 'unproven', type: 'record.correctionDeclined', payload: { reasons: '所附证据不能证明记录不准确' }, actor: clerk },
        expect: { state: 'correctionDeclined', notices: ['correctionDeclined'] },
      },
    ],
  },
];
