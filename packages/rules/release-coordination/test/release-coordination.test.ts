import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { consultationLetterSchema, type ReleaseCoordinationOutput, releaseCoordination, replyGivenSchema } from '../src/index.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'release-coordination' });

const readme = new URL('../README.md', import.meta.url).pathname;

// Actors. The releasing agency (县教育局) consults 县财政局 and 县发展和改革局.
const releasing = { id: 'edu-clerk', role: 'releasingAgency', name: '县教育局经办人' } as const;
const finance = { id: 'fin-clerk', role: 'consultedAgency', name: '县财政局经办人' } as const;
const reform = { id: 'drc-clerk', role: 'consultedAgency', name: '县发展和改革局经办人' } as const;
const authority = { id: 'gov-office', role: 'higherAuthority', name: '县人民政府办公室' } as const;
const audit = { id: 'audit-clerk', role: 'otherAgency', name: '县审计局经办人' } as const;

const FINANCE = '县财政局';
const REFORM = '县发展和改革局';
const proactive = { mode: 'proactive', subject: '2020年义务教育薄弱环节改善项目资金分配表', agencies: [FINANCE, REFORM] } as const;
const application = { mode: 'application', subject: '申请公开：某乡镇学校建设项目审批及资金文件', agencies: [FINANCE, REFORM] } as const;

/** A letter with everything 第九条 asks for. */
const letter = {
  information: {
    title: '2020年义务教育薄弱环节改善项目资金分配表',
    documentNumber: '西教发〔2020〕88号',
    description: '各学校项目名称、建设内容和资金分配数额',
    producedOn: '2020-09-28',
    publisher: '西吉县教育局',
  },
  matters: ['资金分配数额与财政拨付数据是否一致', '项目立项批复文号是否准确'],
  opinion: '拟主动公开全文',
  basis: '《中华人民共和国政府信息公开条例》关于重点公开财政资金使用情况的规定',
};

const agree = (agency: string) => ({ agency, opinion: 'agree' as const });
const disagree = (agency: string, reasons: string) => ({ agency, opinion: 'disagree' as const, reasons });

type Steps = Scenario['steps'];

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'proactive information formed before the 2020 National Day holiday is consulted on within 5 working days and each agency answers within 10 working days of its own receipt (第七条)',
    steps: [
      // 5 working days: 09-29, 09-30, 10-09, 10-10 /* 调休 Saturday, worked */, 10-12; 10-01…10-08 国庆+中秋 holiday.
      on('rc').open('2020-09-28T10:00:00+08:00', proactive, {
        actor: releasing,
        expect: {
          state: 'proactive.preparing',
          deadlines: { sendProactive: { dueAt: '2020-10-13T00:00:00+08:00', warnAt: '2020-10-11T00:00:00+08:00', status: 'running' } },
        },
      }),
      on('rc').send('2020-10-09T09:00:00+08:00', 'letter.sent', letter, releasing, {
        state: 'proactive.consulting',
        notices: ['consultationLetter'],
        deadlines: { sendProactive: { status: 'completed', outcome: 'met' }, replyProactive: 'absent' },
      }),
      // 10 working days from 10-09: 10-10 /* 调休 Saturday */ … 10-22.
      on('rc').send('2020-10-09T15:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyProactive: { dueAt: '2020-10-23T00:00:00+08:00', warnAt: '2020-10-21T00:00:00+08:00', status: 'running' } },
      }),
      // The second agency's own period runs from its receipt (10-12): 10 working days end 10-26. The first's is unchanged.
      on('rc').send('2020-10-12T09:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: {
          replyProactive: { dueAt: '2020-10-23T00:00:00+08:00', status: 'running' },
          'replyProactive.2': { dueAt: '2020-10-27T00:00:00+08:00', warnAt: '2020-10-23T00:00:00+08:00', status: 'running' },
        },
      }),
      on('rc').send('2020-10-14T10:00:00+08:00', 'reply.given', agree(FINANCE), finance, {
        state: 'proactive.consulting',
        deadlines: { replyProactive: { status: 'completed', outcome: 'met' }, 'replyProactive.2': { status: 'running' } },
      }),
      on('rc').send('2020-10-20T10:00:00+08:00', 'reply.given', agree(REFORM), releasing /* the clerk registers the written reply */, {
        state: 'settled',
        status: 'done',
        breaches: [],
        deadlines: { 'replyProactive.2': { status: 'completed', outcome: 'met' } },
      }),
      // After closure the publication is recorded (第十二条 needs it to be): settled by consent, it is no breach.
      on('rc').send('2020-10-21T10:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        state: 'published',
        status: 'done',
        breaches: [],
      }),
    ],
  },
  {
    name: 'an application received before the 2021 National Day holiday is consulted on within 5 working days, a disagreement is escalated and the higher authority decides to release',
    steps: [
      // 5 working days: 09-30, 10-08, 10-09 /* 调休 Saturday */, 10-11, 10-12; 10-01…10-07 国庆 holiday.
      on('rc').open('2021-09-29T16:00:00+08:00', application, {
        actor: releasing,
        expect: {
          state: 'application.preparing',
          deadlines: {
            sendApplication: { dueAt: '2021-10-13T00:00:00+08:00', warnAt: '2021-10-12T00:00:00+08:00' },
            sendProactive: 'absent',
          },
        },
      }),
      on('rc').send('2021-09-30T09:00:00+08:00', 'letter.sent', letter, releasing, {
        state: 'application.consulting',
        notices: ['consultationLetter'],
      }),
      // 5 working days from 09-30: 10-08, 10-09 /* 调休 Saturday */, 10-11, 10-12, 10-13.
      on('rc').send('2021-09-30T10:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyApplication: { dueAt: '2021-10-14T00:00:00+08:00', warnAt: '2021-10-13T00:00:00+08:00' } },
      }),
      on('rc').send('2021-09-30T10:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: {
          replyApplication: { dueAt: '2021-10-14T00:00:00+08:00' },
          'replyApplication.2': { dueAt: '2021-10-14T00:00:00+08:00' },
        },
      }),
      on('rc').send('2021-10-08T10:00:00+08:00', 'reply.given', disagree(FINANCE, '资金尚未拨付完毕，数额可能调整'), finance, {
        state: 'application.consulting',
      }),
      // Without the parameter, the releasing agency waits for every position before reporting up.
      on('rc').send('2021-10-08T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('rc').send('2021-10-09T10:00:00+08:00', 'reply.given', agree(REFORM), reform, {
        state: 'application.disagreed',
        deadlines: {
          replyApplication: { status: 'completed', outcome: 'met' },
          'replyApplication.2': { status: 'completed', outcome: 'met' },
        },
      }),
      on('rc').send(
        '2021-10-09T11:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: true, reasons: '已核实' },
        authority,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      on('rc').send('2021-10-11T09:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        state: 'application.escalated',
        notices: ['escalationReport'],
      }),
      on('rc').send(
        '2021-10-12T09:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: true, reasons: '数额以已拨付部分为准公开' },
        releasing,
        { rejected: 'ROLE_NOT_ALLOWED' },
      ),
      on('rc').send('2021-10-12T09:05:00+08:00', 'authority.decided', { authority: '西吉县人民政府办公室', release: true }, authority, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('rc').send(
        '2021-10-12T09:10:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: true, reasons: '数额以已拨付部分为准公开' },
        authority,
        { state: 'settled', status: 'done', breaches: [] },
      ),
    ],
  },
  {
    name: 'a consulted agency silent past the reply period over the 2021 Spring Festival is deemed to consent and the matter is settled',
    steps: [
      // 5 working days: 02-07 /* 调休 Sunday, worked */, 02-08, 02-09, 02-10, 02-18; 02-11…02-17 春节 holiday.
      on('rc').open('2021-02-05T10:00:00+08:00', proactive, {
        actor: releasing,
        expect: { deadlines: { sendProactive: { dueAt: '2021-02-19T00:00:00+08:00' } } },
      }),
      on('rc').send('2021-02-08T09:00:00+08:00', 'letter.sent', letter, releasing),
      on('rc').send('2021-02-08T10:00:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      // 10 working days: 02-09, 02-10, 02-18, 02-19, 02-20 /* 调休 Saturday */, 02-22 … 02-26.
      on('rc').send('2021-02-08T10:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: { replyProactive: { dueAt: '2021-02-27T00:00:00+08:00', warnAt: '2021-02-25T00:00:00+08:00' } },
      }),
      on('rc').send('2021-02-18T10:00:00+08:00', 'reply.given', agree(FINANCE), finance, {
        deadlines: { replyProactive: { outcome: 'met' } },
      }),
      on('rc').tick('2021-02-26T23:59:00+08:00', { fired: ['replyProactive.2:warning'], state: 'proactive.consulting' }),
      on('rc').tick('2021-02-27T00:00:00+08:00', {
        fired: ['replyProactive.2:due'],
        state: 'settled',
        status: 'done',
        deadlines: { 'replyProactive.2': { status: 'completed', outcome: 'deemed' } },
      }),
    ],
  },
  {
    name: 'a late receipt starts the late recipient’s own period, and an agency already deemed to consent can no longer reply (第八条, 第十条)',
    steps: [
      on('rc').open('2022-01-28T10:00:00+08:00', application, { actor: releasing }),
      // 5 working days: 01-29 and 01-30 /* 调休 weekend, worked */, 02-07, 02-08, 02-09; 01-31…02-06 春节 holiday.
      on('rc').send('2022-01-29T09:00:00+08:00', 'letter.sent', letter, releasing, {
        deadlines: { sendApplication: { dueAt: '2022-02-10T00:00:00+08:00', outcome: 'met' } },
      }),
      on('rc').send('2022-01-29T09:30:00+08:00', 'reply.given', agree(FINANCE), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* not yet signed for */,
      }),
      on('rc').send('2022-01-29T10:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyApplication: { dueAt: '2022-02-11T00:00:00+08:00' } },
      }),
      on('rc').send('2022-01-29T10:05:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* signed for already */,
      }),
      on('rc').send('2022-01-29T10:10:00+08:00', 'letter.received', { agency: '县审计局' }, finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* not consulted */,
      }),
      // 县发展和改革局 had not signed by 02-09 00:00 (3 working days from 01-29: 01-30 /* 调休 Sunday */, 02-07, 02-08):
      // its receipt is presumed then (parameter presumedReceiptWorkingDays); its real receipt below rebuts it.
      on('rc').tick('2022-02-11T00:00:00+08:00', {
        fired: ['receiptPresumed:warning', 'receiptPresumed:due', 'replyApplication:warning', 'replyApplication:due'],
        state: 'application.consulting',
      }),
      on('rc').send('2022-02-11T09:00:00+08:00', 'reply.given', disagree(FINANCE, '逾期意见'), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* deemed to consent (第十条) */,
      }),
      // 5 working days from 02-11: 02-14 … 02-18.
      on('rc').send('2022-02-11T09:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: {
          replyApplication: { status: 'completed', outcome: 'deemed' },
          'replyApplication.2': { dueAt: '2022-02-19T00:00:00+08:00', status: 'running' },
        },
      }),
      on('rc').send('2022-02-15T09:00:00+08:00', 'reply.given', agree(REFORM), reform, {
        state: 'settled',
        status: 'done',
        deadlines: { 'replyApplication.2': { outcome: 'met' } },
      }),
    ],
  },
  {
    name: '第七条, 第十条: the agency that signed for the letter first is deemed to consent when its own 10 working days end, while the later recipient still has its own',
    steps: [
      on('rc').open('2020-09-28T10:00:00+08:00', proactive, { actor: releasing }),
      on('rc').send('2020-10-09T09:00:00+08:00', 'letter.sent', letter, releasing),
      // 10 working days from 10-09: 10-10 /* 调休 Saturday */, 10-12 … 10-16, 10-19 … 10-22.
      on('rc').send('2020-10-09T15:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyProactive: { dueAt: '2020-10-23T00:00:00+08:00' } },
      }),
      // 10 working days from 10-16: 10-19 … 10-23, 10-26 … 10-30. 县财政局's period is not moved.
      on('rc').send('2020-10-16T09:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: {
          replyProactive: { dueAt: '2020-10-23T00:00:00+08:00', status: 'running' },
          'replyProactive.2': { dueAt: '2020-10-31T00:00:00+08:00', status: 'running' },
        },
      }),
      on('rc').tick('2020-10-23T00:00:00+08:00', {
        fired: ['replyProactive:warning', 'replyProactive:due'],
        state: 'proactive.consulting',
        deadlines: { replyProactive: { status: 'completed', outcome: 'deemed' }, 'replyProactive.2': { status: 'running' } },
      }),
      on('rc').send('2020-10-23T09:00:00+08:00', 'reply.given', disagree(FINANCE, '逾期提出的意见'), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* deemed to consent at 10-22 24:00 (第十条) */,
      }),
      on('rc').send('2020-10-27T10:00:00+08:00', 'reply.given', agree(REFORM), reform, {
        state: 'settled',
        status: 'done',
        deadlines: { 'replyProactive.2': { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: '第八条, 第十条, 第十一条: a disagreement waits for the other agency’s own period; its silence at the end of that period is consent, and the disagreement goes up',
    steps: [
      on('rc').open('2021-03-01T10:00:00+08:00', application, { actor: releasing }),
      on('rc').send('2021-03-01T15:00:00+08:00', 'letter.sent', letter, releasing),
      // 5 working days from Monday 03-01: 03-02 … 03-05, 03-08. From 03-03: 03-04, 03-05, 03-08 … 03-10.
      on('rc').send('2021-03-01T16:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyApplication: { dueAt: '2021-03-09T00:00:00+08:00' } },
      }),
      on('rc').send('2021-03-03T09:00:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: { 'replyApplication.2': { dueAt: '2021-03-11T00:00:00+08:00' } },
      }),
      on('rc').send('2021-03-04T09:00:00+08:00', 'reply.given', disagree(REFORM, '项目尚未批复'), reform, {
        state: 'application.consulting',
        deadlines: { 'replyApplication.2': { outcome: 'met' } },
      }),
      on('rc').tick('2021-03-08T23:59:00+08:00', { fired: ['replyApplication:warning'], state: 'application.consulting' }),
      on('rc').tick('2021-03-09T00:00:00+08:00', {
        fired: ['replyApplication:due'],
        state: 'application.disagreed',
        deadlines: { replyApplication: { outcome: 'deemed' } },
      }),
      on('rc').send('2021-03-09T09:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        state: 'application.escalated',
        notices: ['escalationReport'],
      }),
    ],
  },
  {
    name: 'each consulted agency has its own reply deadline: at most MAX_CONSULTED_AGENCIES (10) agencies per consultation, repeated names counted once',
    steps: [
      on('eleven').open(
        '2021-03-01T10:00:00+08:00',
        { ...application, agencies: Array.from({ length: 11 }, (_, i) => `机关${i + 1}`) },
        { actor: releasing, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('ten').open(
        '2021-03-01T10:00:00+08:00',
        { ...application, agencies: [...Array.from({ length: 10 }, (_, i) => `机关${i + 1}`), '机关1'] },
        { actor: releasing, expect: { state: 'application.preparing' } },
      ),
      on('ten').send('2021-03-01T11:00:00+08:00', 'letter.sent', letter, releasing),
      // 5 working days from 03-02: 03-03 … 03-05, 03-08, 03-09.
      on('ten').send('2021-03-02T09:00:00+08:00', 'letter.received', { agency: '机关10' }, finance, {
        deadlines: { 'replyApplication.10': { dueAt: '2021-03-10T00:00:00+08:00', status: 'running' }, replyApplication: 'absent' },
      }),
    ],
  },
  {
    name: 'with escalateOnFirstDisagreement the first disagreement goes up at once and the higher authority decides not to release',
    parameters: { 'release-coordination': { escalateOnFirstDisagreement: true } },
    steps: [
      on('rc').open('2019-09-30T10:00:00+08:00', application, { actor: releasing }),
      on('rc').send('2019-09-30T15:00:00+08:00', 'letter.sent', letter, releasing),
      // 5 working days from 10-08: 10-09, 10-10, 10-11, 10-12 /* 调休 Saturday */, 10-14.
      on('rc').send('2019-10-08T10:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { replyApplication: { dueAt: '2019-10-15T00:00:00+08:00' } },
      }),
      on('rc').send('2019-10-08T10:30:00+08:00', 'letter.received', { agency: REFORM }, reform, {
        deadlines: { 'replyApplication.2': { dueAt: '2019-10-15T00:00:00+08:00' } },
      }),
      on('rc').send('2019-10-08T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        rejected: 'EVENT_NOT_ALLOWED' /* no disagreement yet */,
      }),
      on('rc').send('2019-10-09T10:00:00+08:00', 'reply.given', { agency: FINANCE, opinion: 'disagree' }, finance, {
        rejected: 'INVALID_PAYLOAD' /* reasons required */,
      }),
      on('rc').send('2019-10-09T10:05:00+08:00', 'reply.given', disagree(FINANCE, '涉及尚在审计中的资金'), finance, {
        state: 'application.consulting',
      }),
      // The disagreeing agency replied in time; the other agency's period still running no longer applies.
      on('rc').send('2019-10-09T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        state: 'application.escalated',
        notices: ['escalationReport'],
        deadlines: {
          replyApplication: { status: 'completed', outcome: 'met' },
          'replyApplication.2': { status: 'cancelled', outcome: 'cancelled' },
        },
      }),
      on('rc').send('2019-10-10T10:00:00+08:00', 'reply.given', agree(REFORM), reform, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('rc').send(
        '2019-10-11T10:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: false, reasons: '审计结束前暂不公开' },
        authority,
        { state: 'settled', status: 'done' },
      ),
    ],
  },
  {
    name: 'publishing before the matter is settled is recorded as a breach, and a consulted agency may object and report it',
    steps: [
      on('rc').open('2020-09-28T10:00:00+08:00', proactive, { actor: releasing }),
      on('rc').send('2020-09-28T11:00:00+08:00', 'release.objected', { agency: FINANCE, objection: '尚未发布' }, finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* nothing published yet */,
      }),
      on('rc').send('2020-09-29T10:00:00+08:00', 'letter.sent', letter, releasing),
      on('rc').send('2020-09-29T11:00:00+08:00', 'release.published', {}, releasing, { rejected: 'INVALID_PAYLOAD' }),
      on('rc').send('2020-09-29T11:05:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, finance, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('rc').send(
        '2020-09-29T11:10:00+08:00',
        'release.published',
        { channel: '西吉县人民政府网站', location: '政府信息公开专栏' },
        releasing,
        { state: 'proactive.consulting', status: 'open', breaches: ['prematureRelease'] },
      ),
      // 第十二条第二款: 其他行政机关 — an organ that was not consulted may object too.
      on('rc').send('2020-09-29T15:00:00+08:00', 'release.objected', { agency: '县审计局', objection: '未征求意见' }, audit, {
        notices: ['objectionReport'],
      }),
      on('rc').send('2020-09-29T15:05:00+08:00', 'release.objected', { agency: FINANCE, objection: '资金数额未经核对即发布' }, finance, {
        notices: ['objectionReport'],
      }),
      on('rc').send('2020-09-30T09:00:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      on('rc').send('2020-09-30T09:00:00+08:00', 'letter.received', { agency: REFORM }, reform),
      on('rc').send('2020-09-30T10:00:00+08:00', 'reply.given', agree(FINANCE), finance),
      on('rc').send('2020-09-30T10:05:00+08:00', 'reply.given', agree(REFORM), reform, { status: 'done', breaches: ['prematureRelease'] }),
    ],
  },
  {
    name: 'a proactive letter not sent within 5 working days is recorded as a breach of 第七条 and the late letter still goes out',
    steps: [
      on('rc').open('2020-09-28T10:00:00+08:00', proactive, { actor: releasing }),
      on('rc').tick('2020-10-11T00:00:00+08:00', { fired: ['sendProactive:warning'], breaches: [] }),
      on('rc').tick('2020-10-13T00:00:00+08:00', {
        fired: ['sendProactive:due'],
        breaches: ['letterLateProactive'],
        state: 'proactive.preparing',
      }),
      on('rc').send('2020-10-14T09:00:00+08:00', 'letter.sent', letter, releasing, {
        state: 'proactive.consulting',
        deadlines: { sendProactive: { status: 'completed', outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'a consultation letter on an application not sent within 5 working days is recorded as a breach of 第八条',
    steps: [
      on('rc').open('2019-09-27T10:00:00+08:00', application, {
        actor: releasing,
        expect: { deadlines: { sendApplication: { dueAt: '2019-10-11T00:00:00+08:00' /* 09-29 调休 Sunday, 10-01…07 国庆 */ } } },
      }),
      on('rc').tick('2019-10-11T00:00:00+08:00', {
        fired: ['sendApplication:warning', 'sendApplication:due'],
        breaches: ['letterLateApplication'],
      }),
    ],
  },
  {
    name: '第八条: the letter on an application runs 5 working days from the receipt of the application the parent passes (收到申请之日起), not from the opening',
    steps: [
      // 5 working days after Monday 03-02: 03-03 … 03-06, 03-09. Counted from the opening (03-05) they would end 03-12.
      on('rc').open(
        '2020-03-05T10:00:00+08:00',
        { ...application, applicationReceivedAt: '2020-03-02T09:30:00+08:00' },
        {
          actor: releasing,
          expect: {
            state: 'application.preparing',
            deadlines: { sendApplication: { dueAt: '2020-03-10T00:00:00+08:00', warnAt: '2020-03-07T00:00:00+08:00', status: 'running' } },
          },
        },
      ),
      on('rc').send('2020-03-09T10:00:00+08:00', 'letter.sent', letter, releasing, {
        deadlines: { sendApplication: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: '第八条: without the receipt of the application the letter runs from the opening; 第七条: proactive information has no receipt of an application',
    steps: [
      on('rc').open('2020-03-05T10:00:00+08:00', application, {
        actor: releasing,
        expect: { deadlines: { sendApplication: { dueAt: '2020-03-13T00:00:00+08:00' } } },
      }),
      on('bad').open(
        '2020-03-05T10:00:00+08:00',
        { ...proactive, applicationReceivedAt: '2020-03-02T09:30:00+08:00' },
        { actor: releasing, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('bad2').open(
        '2020-03-05T10:00:00+08:00',
        { ...application, applicationReceivedAt: '2020-03-02' },
        { actor: releasing, expect: { rejected: 'INVALID_PAYLOAD' /* an instant with its offset, not a date */ } },
      ),
    ],
  },
  {
    name: 'the wrong role, a wrong state or a letter missing what 第九条 lists is rejected',
    steps: [
      on('bad').open(
        '2020-09-28T10:00:00+08:00',
        { mode: 'proactive', subject: '某信息', agencies: [] },
        { actor: releasing, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('bad').open('2020-09-28T10:00:00+08:00', proactive, {
        actor: { id: 'zhang-san', role: 'applicant' },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      }),
      on('rc').open('2020-09-28T10:00:00+08:00', proactive, { actor: releasing }),
      on('rc').send('2020-09-28T11:00:00+08:00', 'letter.sent', letter, finance, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('rc').send('2020-09-28T11:01:00+08:00', 'letter.sent', { ...letter, matters: [] }, releasing, {
        rejected: 'INVALID_PAYLOAD' /* 第九条(二) */,
      }),
      on('rc').send('2020-09-28T11:02:00+08:00', 'letter.sent', { ...letter, basis: undefined }, releasing, {
        rejected: 'INVALID_PAYLOAD' /* 第九条(三) */,
      }),
      on('rc').send(
        '2020-09-28T11:03:00+08:00',
        'letter.sent',
        { ...letter, information: { ...letter.information, producedOn: '2020928' } },
        releasing,
        { rejected: 'INVALID_PAYLOAD' /* 第九条(一) */ },
      ),
      on('rc').send('2020-09-28T11:04:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* no letter yet */,
      }),
      on('rc').send('2020-09-28T11:05:00+08:00', 'reply.given', agree(FINANCE), finance, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('rc').send('2020-09-28T11:06:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('rc').send('2020-09-28T11:07:00+08:00', 'deadline.due', { name: 'sendProactive' }, releasing, { rejected: 'UNKNOWN_EVENT' }),
      on('rc').send('2020-09-28T11:08:00+08:00', 'reply.given', agree(FINANCE), authority, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('rc').send(
        '2020-09-28T11:09:00+08:00',
        'letter.sent',
        { ...letter, information: { ...letter.information, documentNumber: null }, other: '请于10个工作日内函复' },
        releasing,
        { state: 'proactive.consulting', notices: ['consultationLetter'] },
      ),
      on('rc').send('2020-09-28T11:10:00+08:00', 'letter.sent', letter, releasing, { rejected: 'EVENT_NOT_ALLOWED' /* sent already */ }),
    ] satisfies Steps,
  },
];

/*
 * Issue 15: facts the text says happen are recorded, with their breach, notice and clause. Each
 * scenario below is one item: a receipt never recorded, a revision or withdrawal after a
 * disagreement, a release against the higher authority's decision (擅自发布), an objection from an
 * organ that was not consulted, and the approval gate of 第四条第二款.
 */
const oneAgency = { mode: 'proactive', subject: '2021年县级财政衔接推进乡村振兴补助资金分配表', agencies: [FINANCE] } as const;
const statistics = {
  mode: 'proactive',
  subject: '2021年一季度全县地区生产总值统计数据',
  agencies: [FINANCE],
  approval: { law: '《中华人民共和国统计法》第二十三条', authority: '固原市统计局' },
} as const;
const disputed = (at: string, more: Steps = []): Steps => [
  on('rc').open('2021-03-01T10:00:00+08:00', application, { actor: releasing }),
  on('rc').send('2021-03-01T15:00:00+08:00', 'letter.sent', letter, releasing),
  on('rc').send('2021-03-01T16:00:00+08:00', 'letter.received', { agency: FINANCE }, finance),
  on('rc').send('2021-03-01T16:30:00+08:00', 'letter.received', { agency: REFORM }, reform),
  on('rc').send('2021-03-02T10:00:00+08:00', 'reply.given', agree(REFORM), reform),
  on('rc').send(at, 'reply.given', disagree(FINANCE, '资金数额尚待核定'), finance, { state: 'application.disagreed', status: 'open' }),
  ...more,
];

scenarios.push(
  {
    name: '第七条, 第十条 (issue 15): no receipt is ever recorded; receipt is presumed 3 working days after sending and the agency’s silence is then deemed consent, so the case does not wait forever',
    steps: [
      on('rc').open('2021-03-01T10:00:00+08:00', oneAgency, { actor: releasing }),
      // 3 working days from Monday 03-01: 03-02, 03-03, 03-04; the presumption falls at 03-05 00:00, warned a working day before.
      on('rc').send('2021-03-01T15:00:00+08:00', 'letter.sent', letter, releasing, {
        state: 'proactive.consulting',
        notices: ['consultationLetter'],
        deadlines: { receiptPresumed: { dueAt: '2021-03-05T00:00:00+08:00', warnAt: '2021-03-04T00:00:00+08:00', status: 'running' } },
      }),
      // Received at 03-05 00:00 by presumption; the 10 working days count from the next day, 03-06 (Saturday):
      // 03-08 … 03-12, 03-15 … 03-19, ending at 24:00 on 03-19.
      on('rc').tick('2021-03-05T00:00:00+08:00', {
        fired: ['receiptPresumed:warning', 'receiptPresumed:due'],
        state: 'proactive.consulting',
        deadlines: {
          receiptPresumed: { status: 'completed', outcome: 'deemed' },
          replyProactive: { dueAt: '2021-03-20T00:00:00+08:00', status: 'running' },
        },
      }),
      on('rc').tick('2021-03-20T00:00:00+08:00', {
        fired: ['replyProactive:warning', 'replyProactive:due'],
        state: 'settled',
        status: 'done',
        breaches: [],
        deadlines: { replyProactive: { status: 'completed', outcome: 'deemed' } },
      }),
    ],
  },
  {
    name: '第六条 (issue 15): after a disagreement the releasing agency withdraws the release; publishing it anyway is 擅自发布, recorded after closure (第十二条), and an organ that was not consulted objects (第十二条第二款)',
    steps: disputed('2021-03-03T10:00:00+08:00', [
      on('rc').send('2021-03-03T11:00:00+08:00', 'release.withdrawn', { reasons: '财政局意见成立，暂不公开' }, finance, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('rc').send('2021-03-03T11:05:00+08:00', 'release.withdrawn', { reasons: '财政局意见成立，暂不公开' }, releasing, {
        state: 'withdrawn',
        status: 'done',
        breaches: [],
      }),
      on('rc').send('2021-03-10T09:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        state: 'published',
        status: 'done',
        breaches: ['unauthorisedRelease'],
      }),
      on('rc').send('2021-03-10T15:00:00+08:00', 'release.objected', { agency: '县审计局', objection: '撤回后擅自发布' }, audit, {
        notices: ['objectionReport'],
        breaches: ['unauthorisedRelease'],
      }),
    ]),
  },
  {
    name: '第六条, 第九条 (issue 15): after a disagreement the releasing agency revises the information and consults the disagreeing agency again; its consent settles the matter',
    steps: disputed('2021-03-03T10:00:00+08:00', [
      on('rc').send('2021-03-04T09:00:00+08:00', 'letter.revised', { ...letter, opinion: '按财政局核定数额修改后公开' }, releasing, {
        state: 'application.consulting',
        notices: ['consultationLetter'],
        // 3 working days from Thursday 03-04: 03-05, 03-08, 03-09.
        deadlines: {
          receiptPresumed: { status: 'running', dueAt: '2021-03-10T00:00:00+08:00' },
          replyApplication: { status: 'completed' },
        },
      }),
      on('rc').send('2021-03-04T10:00:00+08:00', 'reply.given', agree(FINANCE), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* the revised letter is not signed for yet */,
      }),
      // 5 working days from 03-04: 03-05, 03-08 … 03-11.
      on('rc').send('2021-03-04T11:00:00+08:00', 'letter.received', { agency: FINANCE }, finance, {
        deadlines: { receiptPresumed: { status: 'completed', outcome: 'met' }, replyApplication: { dueAt: '2021-03-12T00:00:00+08:00' } },
      }),
      on('rc').send('2021-03-05T10:00:00+08:00', 'reply.given', agree(FINANCE), finance, {
        state: 'settled',
        status: 'done',
        breaches: [],
      }),
    ]),
  },
  {
    name: '第十一条, 第十二条 (issue 15): the higher authority decides not to release; publishing afterwards is 擅自发布, recorded after closure',
    steps: disputed('2021-03-03T10:00:00+08:00', [
      on('rc').send('2021-03-03T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing),
      on('rc').send(
        '2021-03-08T10:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: false, reasons: '数据未经核定' },
        authority,
        { state: 'settled', status: 'done', breaches: [] },
      ),
      on('rc').send('2021-03-09T10:00:00+08:00', 'release.published', { channel: '西吉县教育局微信公众号' }, releasing, {
        state: 'published',
        status: 'done',
        breaches: ['unauthorisedRelease'],
      }),
      on('rc').send('2021-03-09T11:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        rejected: 'CASE_CLOSED' /* the release against the decision is on record already */,
      }),
    ]),
  },
  {
    name: '第十一条 (issue 15): while the higher authority coordinates (it has no period), the releasing agency may withdraw the release',
    steps: disputed('2021-03-03T10:00:00+08:00', [
      on('rc').send('2021-03-03T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing),
      on('rc').send('2021-04-01T10:00:00+08:00', 'release.withdrawn', { reasons: '上级未作协调决定，本机关决定不予发布' }, releasing, {
        state: 'withdrawn',
        status: 'done',
        breaches: [],
      }),
    ]),
  },
  {
    name: '第四条第二款 (issue 15): statistics that need approval, published before the approval and before the consultation is settled, record both breaches',
    steps: [
      on('rc').open('2021-04-06T10:00:00+08:00', statistics, { actor: releasing }),
      on('rc').send('2021-04-06T11:00:00+08:00', 'letter.sent', letter, releasing),
      on('rc').send('2021-04-07T09:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        state: 'proactive.consulting',
        breaches: ['prematureRelease', 'publishedWithoutApproval'],
      }),
      on('rc').send(
        '2021-04-07T10:00:00+08:00',
        'approval.granted',
        { authority: '固原市统计局', reference: '固统函〔2021〕12号' },
        authority,
        { breaches: ['prematureRelease', 'publishedWithoutApproval'] },
      ),
      on('rc').send(
        '2021-04-07T10:05:00+08:00',
        'approval.granted',
        { authority: '固原市统计局', reference: '固统函〔2021〕12号' },
        authority,
        { rejected: 'EVENT_NOT_ALLOWED' /* approved already */ },
      ),
    ],
  },
  {
    name: '第四条第二款 (issue 15): consultation settled without the approval; publishing before it is recorded after closure, publishing after it is not a breach',
    steps: [
      on('rc').open('2021-04-06T10:00:00+08:00', statistics, { actor: releasing }),
      on('rc').send('2021-04-06T11:00:00+08:00', 'letter.sent', letter, releasing),
      on('rc').send('2021-04-06T15:00:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      on('rc').send('2021-04-07T10:00:00+08:00', 'reply.given', agree(FINANCE), finance, {
        state: 'settled',
        status: 'done',
        breaches: [],
      }),
      on('rc').send('2021-04-08T10:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        state: 'published',
        breaches: ['publishedWithoutApproval'],
      }),
    ],
  },
  {
    name: '第四条第二款 (issue 15): the approval recorded after the consultation closed; the publication that follows is no breach',
    steps: [
      on('rc').open('2021-04-06T10:00:00+08:00', statistics, { actor: releasing }),
      on('rc').send('2021-04-06T11:00:00+08:00', 'letter.sent', letter, releasing),
      on('rc').send('2021-04-06T15:00:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      on('rc').send('2021-04-07T10:00:00+08:00', 'reply.given', agree(FINANCE), finance),
      on('rc').send(
        '2021-04-09T10:00:00+08:00',
        'approval.granted',
        { authority: '固原市统计局', reference: '固统函〔2021〕15号' },
        releasing,
        { state: 'approved', status: 'done', breaches: [] },
      ),
      on('rc').send('2021-04-09T15:00:00+08:00', 'release.published', { channel: '西吉县人民政府网站' }, releasing, {
        state: 'published',
        breaches: [],
      }),
    ],
  },
);

describeRuleModule(releaseCoordination, { readme, scenarios });

/** The output a settled case returned (what a parent module receives in `child.done`). */
async function outputOf(scenario: Omit<Scenario, 'modules'>): Promise<ReleaseCoordinationOutput> {
  const { engine, cases } = await runScenario({ ...scenario, modules: [releaseCoordination] });
  const closed = (await engine.history(cases.rc!)).find((e) => e.kind === 'case.closed');
  return (closed?.data as { output: ReleaseCoordinationOutput }).output;
}

const byName = (name: string) => scenarios.find((s) => s.name.startsWith(name))!;

describe('release-coordination output (the contract a parent module depends on)', () => {
  it('is release by consent when every agency agrees in writing', async () => {
    expect(await outputOf(byName('proactive information formed before'))).toEqual({
      release: true,
      settledBy: 'consent',
      disagreements: [],
    });
  });
  it('is release by deemed consent when an agency stays silent past its period (第十条)', async () => {
    expect(await outputOf(byName('a consulted agency silent'))).toEqual({ release: true, settledBy: 'deemedConsent', disagreements: [] });
  });
  it('follows the higher authority when it decides to release despite a disagreement (第十一条)', async () => {
    expect(await outputOf(byName('an application received before'))).toEqual({
      release: true,
      settledBy: 'higherAuthority',
      disagreements: ['县财政局：资金尚未拨付完毕，数额可能调整'],
    });
  });
  it('follows the higher authority when it decides not to release (第十一条)', async () => {
    expect(await outputOf(byName('with escalateOnFirstDisagreement'))).toEqual({
      release: false,
      settledBy: 'higherAuthority',
      disagreements: ['县财政局：涉及尚在审计中的资金'],
    });
  });
});

describe('release-coordination notices carry what the text requires', () => {
  it('sends the letter with 第九条 content, its recipients and the reply period of the mode', async () => {
    const { engine, cases } = await runScenario({ ...byName('an application received before'), modules: [releaseCoordination] });
    const view = await engine.getCase(cases.rc!);
    const sent = view.case.notices.find((n) => n.name === 'consultationLetter');
    expect(sent).toMatchObject({ recipient: 'consultedAgency', citation: '《西吉县政府政务信息发布协调制度》第九条' });
    expect(sent?.data).toMatchObject({ ...letter, subject: application.subject, recipients: [FINANCE, REFORM], replyWithinWorkingDays: 5 });
    const report = view.case.notices.find((n) => n.name === 'escalationReport');
    expect(report?.data).toMatchObject({
      authority: '西吉县人民政府办公室',
      disagreements: [{ agency: FINANCE, reasons: '资金尚未拨付完毕，数额可能调整' }],
    });
  });
  it('records the channel and the agencies not yet settled in the premature-release breach (第十二条)', async () => {
    const { engine, cases } = await runScenario({ ...byName('publishing before'), modules: [releaseCoordination] });
    const [breach] = (await engine.getCase(cases.rc!)).case.breaches;
    expect(breach).toMatchObject({
      name: 'prematureRelease',
      citation: '《西吉县政府政务信息发布协调制度》第十二条',
      data: { channel: '西吉县人民政府网站', unsettled: [FINANCE, REFORM] },
    });
  });
});

describe('release-coordination payload schemas', () => {
  it('requires every item of 第九条 in the letter, allowing an explicit null document number', () => {
    expect(consultationLetterSchema.safeParse(letter).success).toBe(true);
    expect(consultationLetterSchema.safeParse({ ...letter, information: { ...letter.information, documentNumber: null } }).success).toBe(
      true,
    );
    const { documentNumber: _omitted, ...withoutNumber } = letter.information;
    expect(consultationLetterSchema.safeParse({ ...letter, information: withoutNumber }).success).toBe(false);
    expect(consultationLetterSchema.safeParse({ ...letter, opinion: '' }).success).toBe(false);
  });
  it('requires reasons for a disagreement but not for consent', () => {
    expect(replyGivenSchema.safeParse({ agency: FINANCE, opinion: 'agree' }).success).toBe(true);
    expect(replyGivenSchema.safeParse({ agency: FINANCE, opinion: 'disagree' }).success).toBe(false);
    expect(replyGivenSchema.safeParse({ agency: FINANCE, opinion: 'maybe' }).success).toBe(false);
  });
  it('keeps the input contract a parent module opens the case with', () => {
    expect(releaseCoordination.input.safeParse({ mode: 'application', subject: 's', agencies: ['县财政局'], extra: 1 }).success).toBe(true);
    expect(releaseCoordination.input.safeParse({ mode: 'other', subject: 's', agencies: ['县财政局'] }).success).toBe(false);
  });
});

describe('the breaches of issue 15 cite their clause', () => {
  it.each([
    ['publishedWithoutApproval', '《西吉县政府政务信息发布协调制度》第四条'],
    ['unauthorisedRelease', '《西吉县政府政务信息发布协调制度》第十二条'],
    ['prematureRelease', '《西吉县政府政务信息发布协调制度》第十二条'],
  ])('%s cites %s', (breach, citation) => {
    const spec = releaseCoordination.breaches?.[breach];
    expect(spec && releaseCoordination.clauses[spec.clause]?.citation).toBe(citation);
  });

  it('a case settled by withdrawal returns release: false, settledBy withdrawn', async () => {
    const out = await outputOf(byName('第十一条 (issue 15): while the higher authority'));
    expect(out).toEqual({ release: false, settledBy: 'withdrawn', disagreements: ['县财政局：资金数额尚待核定'] });
  });
});
