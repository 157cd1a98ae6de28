import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { type JointMeetingOutput, jointMeeting, minutesIssuedSchema } from '../src/index.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'joint-meeting' });

const readme = new URL('../README.md', import.meta.url).pathname;

// Actors.
const convener = { id: 'gov-office', role: 'convener', name: '县政府办公室' } as const;
const office = { id: 'zwgk-office', role: 'meetingOffice', name: '联席会议办公室（政务公开办公室）' } as const;
const finance = { id: 'fin-liaison', role: 'memberUnit', name: '县财政局联络员' } as const;
const archives = { id: 'arc-liaison', role: 'memberUnit', name: '县档案局联络员' } as const;
const approval = { id: 'xzsp-clerk', role: 'responsibleUnit', name: '县行政审批局经办人' } as const;
const edu = { id: 'edu-clerk', role: 'responsibleUnit', name: '县教育局经办人' } as const;
const meetingBody = { id: 'joint-meeting', role: 'jointMeeting', name: '政务公开联席会议' } as const;

const FINANCE = '县财政局';
const ARCHIVES = '县档案局';
const APPROVAL = '县行政审批局（政务服务中心）';
const EDU = '县教育局';

const meetingInput = {
  kind: 'meeting',
  topics: [
    { title: '2020年政务公开工作要点落实分工', source: 'governmentAssigned' },
    { title: '政府信息公开查阅场所建设', source: 'memberProposed', proposedBy: ARCHIVES },
  ],
} as const;

const minutes = {
  documentNumber: '西政务公开联席纪〔2020〕2号',
  items: [
    { id: '1', matter: '更新财政预决算公开专栏', decidedBy: 'meeting', units: [FINANCE] },
    { id: '2', matter: '在县档案馆设立政府信息公共查阅点', decidedBy: 'government', units: [ARCHIVES, FINANCE] },
  ],
} as const;

const complaintInput = {
  kind: 'complaint',
  complainant: '王某',
  matter: '县政府网站上的行政许可办事指南收费标准与窗口不一致',
  against: APPROVAL,
} as const;

const report = (itemId: string, unit: string, status: 'inProgress' | 'done', text: string) => ({ itemId, unit, status, report: text });

type Steps = Scenario['steps'];

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'a meeting before the 2020 National Day holiday stays open until every agreed item is reported back, then the office reports to the joint meeting and the government',
    steps: [
      on('m').open('2020-09-25T09:00:00+08:00', meetingInput, { actor: convener, expect: { state: 'meeting.convened', status: 'open' } }),
      on('m').send(
        '2020-09-25T15:00:00+08:00',
        'meeting.held',
        { attendees: ['县政府办公室', FINANCE, ARCHIVES], observers: ['县教育局' /* 列席, not a member */] },
        convener,
        { state: 'meeting.minuting' },
      ),
      // 15 working days: 09-29, 09-30, 10-09, 10-10 /* 调休 Saturday */, 10-12 … 10-26; 10-01…10-08 国庆+中秋 holiday.
      on('m').send('2020-09-28T10:00:00+08:00', 'minutes.issued', minutes, office, {
        state: 'meeting.followingUp',
        notices: ['minutes'],
        deadlines: { reportBack: { dueAt: '2020-10-27T00:00:00+08:00', warnAt: '2020-10-22T00:00:00+08:00', status: 'running' } },
      }),
      on('m').send('2020-10-09T10:00:00+08:00', 'item.reported', report('1', FINANCE, 'done', '专栏已更新至2020年预算'), finance, {
        state: 'meeting.followingUp',
      }),
      on('m').send(
        '2020-10-10T10:00:00+08:00' /* 调休 Saturday */,
        'item.reported',
        report('2', ARCHIVES, 'inProgress', '查阅点选址已定'),
        archives,
        { state: 'meeting.followingUp' },
      ),
      on('m').send('2020-10-12T10:00:00+08:00', 'progress.circulated', { note: '第2项尚待县财政局落实经费' }, office, {
        notices: ['progressBulletin'],
      }),
      on('m').send('2020-10-12T11:00:00+08:00', 'item.urged', { itemId: '2', unit: FINANCE, note: '请于本周内落实经费' }, office, {
        notices: ['itemUrge'],
      }),
      on('m').send('2020-10-14T10:00:00+08:00', 'item.reported', report('2', FINANCE, 'done', '经费已拨付'), finance, {
        state: 'meeting.followingUp',
      }),
      on('m').send('2020-10-20T10:00:00+08:00', 'item.reported', report('2', ARCHIVES, 'done', '查阅点已开放'), archives, {
        state: 'closed',
        status: 'done',
        notices: ['implementationReport'],
        deadlines: { reportBack: { status: 'completed', outcome: 'met' } },
        breaches: [],
      }),
      on('m').send('2020-10-21T10:00:00+08:00', 'progress.circulated', {}, office, { rejected: 'CASE_CLOSED' }),
    ],
  },
  {
    name: 'when the report-back period passes over the 2021 Spring Festival the office is prompted to urge the units still owing a report, and the case stays open until they report',
    steps: [
      on('m').open('2021-01-28T09:00:00+08:00', meetingInput, { actor: office }),
      on('m').send('2021-01-28T15:00:00+08:00', 'meeting.held', { attendees: [FINANCE, ARCHIVES] }, office),
      // 15 working days: 02-01 … 02-05, 02-07 /* 调休 Sunday */, 02-08 … 02-10, 02-18, 02-19, 02-20 /* 调休 Saturday */, 02-22 … 02-24; 02-11…02-17 春节.
      on('m').send('2021-01-29T10:00:00+08:00', 'minutes.issued', minutes, office, {
        deadlines: { reportBack: { dueAt: '2021-02-25T00:00:00+08:00', warnAt: '2021-02-21T00:00:00+08:00' } },
      }),
      on('m').send('2021-02-08T10:00:00+08:00', 'item.reported', report('1', FINANCE, 'done', '已更新'), finance),
      on('m').tick('2021-02-21T00:00:00+08:00', { fired: ['reportBack:warning'], state: 'meeting.followingUp' }),
      on('m').tick('2021-02-25T00:00:00+08:00', {
        fired: ['reportBack:due'],
        state: 'meeting.followingUp',
        status: 'open',
        notices: ['itemUrge'],
        breaches: [],
      }),
      on('m').send('2021-03-01T10:00:00+08:00', 'item.reported', report('2', ARCHIVES, 'done', '查阅点已开放'), archives, {
        state: 'meeting.followingUp',
      }),
      on('m').send('2021-03-02T10:00:00+08:00', 'item.reported', report('2', FINANCE, 'done', '经费已拨付'), finance, {
        state: 'closed',
        status: 'done',
        notices: ['implementationReport'],
        deadlines: { reportBack: { status: 'completed', outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'an integrator that sets followUpWorkingDays to 5 gets a 5-working-day report-back period',
    parameters: { 'joint-meeting': { followUpWorkingDays: 5 } },
    steps: [
      on('m').open('2021-01-28T09:00:00+08:00', meetingInput, { actor: office }),
      on('m').send('2021-01-28T15:00:00+08:00', 'meeting.held', { attendees: [FINANCE, ARCHIVES] }, office),
      // 5 working days: 02-01 … 02-05 (before the 2021 Spring Festival).
      on('m').send('2021-01-29T10:00:00+08:00', 'minutes.issued', minutes, office, {
        deadlines: { reportBack: { dueAt: '2021-02-06T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: 'minutes that state no agreed item close the meeting case at once',
    steps: [
      on('m').open(
        '2019-06-10T09:00:00+08:00',
        { kind: 'meeting', topics: [{ title: '研究联席会议工作规则', source: 'chairReferred' }] },
        { actor: convener },
      ),
      on('m').send('2019-06-10T15:00:00+08:00', 'meeting.held', { attendees: ['县政府办公室'] }, convener),
      on('m').send('2019-06-11T10:00:00+08:00', 'minutes.issued', { items: [] }, office, {
        state: 'closed',
        status: 'done',
        notices: ['minutes'],
        deadlines: { reportBack: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'with itemReportedWhen set to leadUnit an item given to two units is reported back when its lead unit reports it done',
    parameters: { 'joint-meeting': { itemReportedWhen: 'leadUnit' } },
    steps: [
      on('m').open('2021-09-27T09:00:00+08:00', meetingInput, { actor: convener }),
      on('m').send('2021-09-27T15:00:00+08:00', 'meeting.held', { attendees: [FINANCE, ARCHIVES] }, convener),
      // 15 working days: 09-29, 09-30, 10-08, 10-09 /* 调休 Saturday */, 10-11 … 10-25; 10-01…10-07 国庆.
      on('m').send('2021-09-28T10:00:00+08:00', 'minutes.issued', { items: [minutes.items[1]] }, office, {
        deadlines: { reportBack: { dueAt: '2021-10-26T00:00:00+08:00', warnAt: '2021-10-21T00:00:00+08:00' } },
      }),
      on('m').send('2021-10-08T10:00:00+08:00', 'item.reported', report('2', FINANCE, 'done', '经费已拨付'), finance, {
        state: 'meeting.followingUp' /* not the lead unit */,
      }),
      on('m').send('2021-10-09T10:00:00+08:00', 'item.reported', report('2', ARCHIVES, 'done', '查阅点已开放'), archives, {
        state: 'closed',
        notices: ['implementationReport'],
      }),
    ],
  },
  {
    name: 'a complaint received before the 2019 National Day holiday is assigned, handled within 15 working days and checked as resolved',
    steps: [
      on('c').open('2019-09-27T09:00:00+08:00', complaintInput, {
        actor: office,
        expect: { state: 'complaint.received', deadlines: { complaintHandling: 'absent' } },
      }),
      // 15 working days: 09-29 /* 调休 Sunday */, 09-30, 10-08 … 10-11, 10-12 /* 调休 Saturday */, 10-14 … 10-23; 10-01…10-07 国庆.
      on('c').send(
        '2019-09-27T10:00:00+08:00',
        'complaint.assigned',
        { units: [APPROVAL, '县发改局（物价局）'], instructions: '核对收费标准并更正办事指南' },
        office,
        {
          state: 'complaint.handling',
          notices: ['complaintAssignment'],
          deadlines: { complaintHandling: { dueAt: '2019-10-24T00:00:00+08:00', warnAt: '2019-10-19T00:00:00+08:00', status: 'running' } },
        },
      ),
      on('c').send('2019-10-08T10:00:00+08:00', 'complaint.urged', { unit: '县发改局（物价局）' }, office, { notices: ['complaintUrge'] }),
      on('c').send('2019-10-09T10:00:00+08:00', 'complaint.handled', { unit: APPROVAL, result: '办事指南已更正' }, approval, {
        state: 'complaint.handling',
      }),
      on('c').send('2019-10-10T10:00:00+08:00', 'complaint.handled', { unit: '县发改局（物价局）', result: '收费标准已核定' }, office, {
        state: 'complaint.checking',
        deadlines: { complaintHandling: { status: 'completed', outcome: 'met' } },
      }),
      on('c').send('2019-10-11T10:00:00+08:00', 'complaint.checked', { outcome: 'resolved', opinion: '已更正，已告知投诉人' }, office, {
        state: 'closed',
        status: 'done',
      }),
    ],
  },
  {
    name: 'a complaint handled badly is sent back with a fresh period, urged when it lapses, and a breach found is investigated and deliberated by the joint meeting',
    steps: [
      on('c').open(
        '2019-09-26T09:00:00+08:00',
        { kind: 'complaint', complainant: '李某', matter: '教育局未公开学校收费项目' },
        { actor: office },
      ),
      on('c').send('2019-09-27T10:00:00+08:00', 'complaint.assigned', { units: [EDU], instructions: '公开学校收费项目' }, office),
      on('c').send('2019-10-11T10:00:00+08:00', 'complaint.handled', { unit: EDU, result: '已电话答复投诉人' }, edu, {
        state: 'complaint.checking',
      }),
      // A fresh 15 working days from 10-14: 10-15 … 11-04.
      on('c').send(
        '2019-10-14T10:00:00+08:00',
        'complaint.checked',
        { outcome: 'redo', opinion: '未在网站公开收费项目，须重新办理' },
        office,
        {
          state: 'complaint.handling',
          deadlines: { complaintHandling: { dueAt: '2019-11-05T00:00:00+08:00', warnAt: '2019-10-31T00:00:00+08:00', status: 'running' } },
        },
      ),
      on('c').tick('2019-10-31T00:00:00+08:00', { fired: ['complaintHandling:warning'] }),
      on('c').tick('2019-11-05T00:00:00+08:00', {
        fired: ['complaintHandling:due'],
        state: 'complaint.handling',
        notices: ['complaintUrge'],
        breaches: [],
      }),
      on('c').send('2019-11-06T10:00:00+08:00', 'complaint.handled', { unit: EDU, result: '收费项目已在网站公开' }, edu, {
        state: 'complaint.checking',
        deadlines: { complaintHandling: { status: 'completed', outcome: 'missed' } },
      }),
      on('c').send(
        '2019-11-07T10:00:00+08:00',
        'complaint.checked',
        { outcome: 'violation', findings: '应主动公开的收费项目长期未公开', proposal: '通报批评并限期整改' },
        office,
        { state: 'complaint.deliberation', notices: ['violationReport'] },
      ),
      on('c').send('2019-11-08T10:00:00+08:00', 'violation.deliberated', { decision: '同意通报批评' }, office, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('c').send('2019-11-08T10:05:00+08:00', 'violation.deliberated', { decision: '同意通报批评' }, meetingBody, {
        state: 'closed',
        status: 'done',
      }),
    ],
  },
  {
    name: 'a wrong input, a wrong role, a wrong state, a unit outside the joint meeting or a malformed payload is rejected',
    steps: [
      on('bad').open(
        '2020-09-25T09:00:00+08:00',
        { kind: 'meeting', topics: [] },
        { actor: convener, expect: { rejected: 'INVALID_PAYLOAD' /* 第四条(一)2: a meeting has topics */ } },
      ),
      on('bad').open(
        '2020-09-25T09:00:00+08:00',
        { kind: 'seminar', topics: meetingInput.topics },
        { actor: convener, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('bad').open(
        '2020-09-25T09:00:00+08:00',
        { kind: 'meeting', topics: [{ title: '某议题', source: 'rumour' }] },
        { actor: convener, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('bad').open(
        '2020-09-25T09:00:00+08:00',
        { kind: 'complaint', complainant: '王某' },
        { actor: office, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('bad').open('2020-09-25T09:00:00+08:00', meetingInput, {
        actor: { id: 'zhang-san', role: 'applicant' },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      }),
      on('m').open('2020-09-25T09:00:00+08:00', meetingInput, { actor: convener }),
      on('m').send('2020-09-25T09:01:00+08:00', 'minutes.issued', minutes, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* the meeting has not been held */,
      }),
      on('m').send('2020-09-25T09:02:00+08:00', 'complaint.assigned', { units: [EDU], instructions: '办理' }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* a meeting case */,
      }),
      on('m').send('2020-09-25T09:03:00+08:00', 'meeting.held', { attendees: [FINANCE] }, finance, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('m').send('2020-09-25T09:04:00+08:00', 'meeting.held', { attendees: [] }, convener, { rejected: 'INVALID_PAYLOAD' }),
      on('m').send('2020-09-25T09:05:00+08:00', 'meeting.held', { attendees: [FINANCE, EDU] }, convener, {
        rejected: 'EVENT_NOT_ALLOWED' /* 县教育局 may sit in, not attend as a member */,
      }),
      on('m').send('2020-09-25T15:00:00+08:00', 'meeting.held', { attendees: [FINANCE, ARCHIVES] }, convener, {
        state: 'meeting.minuting',
      }),
      on('m').send('2020-09-25T15:01:00+08:00', 'item.reported', report('1', FINANCE, 'done', '已办'), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* no minutes yet */,
      }),
      on('m').send('2020-09-28T09:00:00+08:00', 'minutes.issued', minutes, convener, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('m').send('2020-09-28T09:01:00+08:00', 'minutes.issued', { items: [minutes.items[0], { ...minutes.items[1], id: '1' }] }, office, {
        rejected: 'INVALID_PAYLOAD' /* item ids repeat */,
      }),
      on('m').send('2020-09-28T09:02:00+08:00', 'minutes.issued', { items: [{ ...minutes.items[0], units: [] }] }, office, {
        rejected: 'INVALID_PAYLOAD' /* an item needs a unit */,
      }),
      on('m').send('2020-09-28T09:03:00+08:00', 'minutes.issued', { items: [{ ...minutes.items[0], units: [EDU] }] }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* not a member unit */,
      }),
      on('m').send('2020-09-28T10:00:00+08:00', 'minutes.issued', minutes, office, { state: 'meeting.followingUp', notices: ['minutes'] }),
      on('m').send('2020-09-28T10:01:00+08:00', 'item.reported', report('9', FINANCE, 'done', '已办'), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* no such item */,
      }),
      on('m').send('2020-09-28T10:02:00+08:00', 'item.reported', report('1', ARCHIVES, 'done', '已办'), archives, {
        rejected: 'EVENT_NOT_ALLOWED' /* not assigned item 1 */,
      }),
      on('m').send(
        '2020-09-28T10:03:00+08:00',
        'item.reported',
        { itemId: '1', unit: FINANCE, status: 'finished', report: '已办' },
        finance,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      on('m').send('2020-09-28T10:04:00+08:00', 'item.reported', report('1', FINANCE, 'done', '已办'), edu, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('m').send('2020-09-28T10:05:00+08:00', 'item.urged', { itemId: '1', unit: FINANCE }, finance, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('m').send('2020-09-28T10:06:00+08:00', 'item.reported', report('1', FINANCE, 'done', '已办'), finance, {
        state: 'meeting.followingUp',
      }),
      on('m').send('2020-09-28T10:07:00+08:00', 'item.reported', report('1', FINANCE, 'done', '再报'), finance, {
        rejected: 'EVENT_NOT_ALLOWED' /* reported done already */,
      }),
      on('m').send('2020-09-28T10:08:00+08:00', 'item.urged', { itemId: '1', unit: FINANCE }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* nothing owed */,
      }),
      on('m').send('2020-09-28T10:09:00+08:00', 'violation.deliberated', { decision: '—' }, meetingBody, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('m').send('2020-09-28T10:10:00+08:00', 'deadline.due', { name: 'reportBack' }, office, { rejected: 'UNKNOWN_EVENT' }),
      on('c').open('2020-09-28T11:00:00+08:00', complaintInput, { actor: office, expect: { state: 'complaint.received' } }),
      on('c').send('2020-09-28T11:01:00+08:00', 'meeting.held', { attendees: [FINANCE] }, convener, {
        rejected: 'EVENT_NOT_ALLOWED' /* a complaint case */,
      }),
      on('c').send('2020-09-28T11:02:00+08:00', 'complaint.handled', { unit: APPROVAL, result: '已办' }, approval, {
        rejected: 'EVENT_NOT_ALLOWED' /* not assigned yet */,
      }),
      on('c').send('2020-09-28T11:03:00+08:00', 'complaint.assigned', { units: [APPROVAL, APPROVAL], instructions: '办理' }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('c').send('2020-09-28T11:04:00+08:00', 'complaint.assigned', { units: [APPROVAL], instructions: '办理' }, approval, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('c').send('2020-09-28T11:05:00+08:00', 'complaint.assigned', { units: [APPROVAL], instructions: '核对并更正' }, office, {
        state: 'complaint.handling',
      }),
      on('c').send('2020-09-28T11:06:00+08:00', 'complaint.handled', { unit: EDU, result: '已办' }, edu, {
        rejected: 'EVENT_NOT_ALLOWED' /* not a responsible unit */,
      }),
      on('c').send('2020-09-28T11:07:00+08:00', 'complaint.urged', { unit: EDU }, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('c').send('2020-09-28T11:08:00+08:00', 'complaint.checked', { outcome: 'resolved', opinion: '—' }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* not handled yet */,
      }),
      on('c').send('2020-09-29T10:00:00+08:00', 'complaint.handled', { unit: APPROVAL, result: '已更正' }, approval, {
        state: 'complaint.checking',
      }),
      on('c').send('2020-09-29T10:01:00+08:00', 'complaint.checked', { outcome: 'violation', findings: '收费标准公开错误' }, office, {
        rejected: 'INVALID_PAYLOAD' /* 第五条(四): a proposal is required */,
      }),
      on('c').send('2020-09-29T10:02:00+08:00', 'complaint.checked', { outcome: 'resolved', opinion: '已更正' }, approval, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('c').send('2020-09-29T10:03:00+08:00', 'complaint.checked', { outcome: 'resolved', opinion: '已更正' }, office, {
        state: 'closed',
        status: 'done',
      }),
    ] satisfies Steps,
  },
  // 第二条(四): 定期对政府部门政务公开情况实施检查和评价,并向社会公布政务公开情况报告. A round inspects
  // every department named, is evaluated, and ends when the report is published; the text sets no time to
  // publish, so the parameter evaluationReportWorkingDays (default 20, 政务公开制度第六条) applies, and a
  // late report is a breach. Concluded on Friday 2021-01-29, across 春节 2021 (02-07 and 02-20 worked).
  ...(
    [
      { days: 20, dueAt: '2021-03-04T00:00:00+08:00', publishedAt: '2021-02-26T10:00:00+08:00', late: false },
      { days: 20, dueAt: '2021-03-04T00:00:00+08:00', publishedAt: '2021-03-10T10:00:00+08:00', late: true },
      { days: 10, dueAt: '2021-02-19T00:00:00+08:00', publishedAt: '2021-02-26T10:00:00+08:00', late: true },
    ] as const
  ).map(
    ({ days, dueAt, publishedAt, late }): Omit<Scenario, 'modules'> => ({
      name: `第二条(四): a 2020 inspection-and-evaluation round concluded on 2021-01-29 publishes its report on ${publishedAt} (${days} working days, due ${dueAt}${late ? ', late' : ''})`,
      parameters: { 'joint-meeting': { evaluationReportWorkingDays: days } },
      steps: [
        on('e').open(
          '2021-01-04T09:00:00+08:00',
          { kind: 'evaluation', period: '2020年度', targets: [EDU, '县民政局'] },
          { actor: office, expect: { state: 'evaluation.inspecting', deadlines: { evaluationReport: 'absent' } } },
        ),
        on('e').send(
          '2021-01-11T10:00:00+08:00',
          'inspection.recorded',
          { unit: EDU, findings: '招生信息按时公开', result: '良好' },
          office,
          { state: 'evaluation.inspecting' },
        ),
        on('e').send('2021-01-11T11:00:00+08:00', 'inspection.recorded', { unit: EDU, findings: '重复', result: '良好' }, office, {
          rejected: 'EVENT_NOT_ALLOWED' /* inspected already */,
        }),
        on('e').send('2021-01-11T11:01:00+08:00', 'inspection.recorded', { unit: FINANCE, findings: '不在本轮', result: '良好' }, office, {
          rejected: 'EVENT_NOT_ALLOWED' /* not a department of this round */,
        }),
        on('e').send('2021-01-12T10:00:00+08:00', 'evaluation.concluded', { summary: '总体良好' }, office, {
          rejected: 'EVENT_NOT_ALLOWED' /* 县民政局 not inspected yet */,
        }),
        on('e').send(
          '2021-01-13T10:00:00+08:00',
          'inspection.recorded',
          { unit: '县民政局', findings: '低保信息更新不及时', result: '一般' },
          approval,
          { rejected: 'ROLE_NOT_ALLOWED' },
        ),
        on('e').send(
          '2021-01-13T10:01:00+08:00',
          'inspection.recorded',
          { unit: '县民政局', findings: '低保信息更新不及时', result: '一般' },
          office,
        ),
        on('e').send('2021-01-29T16:00:00+08:00', 'evaluation.concluded', { summary: '2个部门总体良好，民政局须整改' }, meetingBody, {
          state: 'evaluation.reporting',
          deadlines: { evaluationReport: { dueAt, status: 'running', length: days } },
        }),
        ...((late
          ? [
              on('e').tick(dueAt, {
                fired: ['evaluationReport:warning', 'evaluationReport:due'],
                breaches: ['evaluationReportLate'],
                state: 'evaluation.reporting',
              }),
            ]
          : []) satisfies Steps),
        on('e').send(
          publishedAt,
          'report.published',
          { title: '西吉县2020年度政务公开情况报告', url: 'http://www.nxxj.gov.cn/zwgk/2021/report.html' },
          office,
          {
            state: 'closed',
            status: 'done',
            notices: ['disclosureReport'],
            breaches: late ? ['evaluationReportLate'] : [],
            deadlines: { evaluationReport: { status: 'completed', outcome: late ? 'missed' : 'met' } },
          },
        ),
      ] satisfies Steps,
    }),
  ),
  // 第五条(四): a breach found otherwise than through a complaint is investigated all the same.
  ...(
    [
      { foundBy: 'inspection', outcome: 'violation' },
      { foundBy: 'report', outcome: 'unfounded' },
    ] as const
  ).map(
    ({ foundBy, outcome }): Omit<Scenario, 'modules'> => ({
      name: `第五条(四): a breach found by ${foundBy}, not by complaint, is investigated ${outcome === 'violation' ? 'and put to the joint meeting' : 'and found unfounded'}`,
      steps: [
        on('v').open(
          '2020-09-30T09:00:00+08:00',
          {
            kind: 'violation',
            matter: '县民政局低保信息连续三个月未更新',
            foundBy,
            against: '县民政局',
            source: '2020年第三季度检查',
          },
          { actor: office, expect: { state: 'violation.investigating' } },
        ),
        on('v').send(
          '2020-10-09T10:00:00+08:00' /* after 国庆 2020 */,
          'violation.investigated',
          { outcome: 'violation', findings: 'x', proposal: 'y' },
          edu,
          { rejected: 'ROLE_NOT_ALLOWED' },
        ),
        on('v').send('2020-10-09T10:01:00+08:00', 'violation.deliberated', { decision: '通报批评' }, meetingBody, {
          rejected: 'EVENT_NOT_ALLOWED' /* not investigated yet */,
        }),
        ...((outcome === 'violation'
          ? [
              on('v').send(
                '2020-10-09T10:02:00+08:00',
                'violation.investigated',
                {
                  outcome: 'violation',
                  findings: '低保信息7至9月未更新，违反政务公开制度第六条',
                  proposal: '建议通报批评并限期整改',
                },
                office,
                { state: 'violation.deliberation', notices: ['violationReport'] },
              ),
              on('v').send('2020-10-20T15:00:00+08:00', 'violation.deliberated', { decision: '通报批评，限10个工作日整改' }, meetingBody, {
                state: 'closed',
                status: 'done',
              }),
            ]
          : [
              on('v').send(
                '2020-10-09T10:02:00+08:00',
                'violation.investigated',
                { outcome: 'unfounded', findings: '信息已在民政局子站更新' },
                office,
                { state: 'closed', status: 'done', notices: [] },
              ),
            ]) satisfies Steps),
      ],
    }),
  ),
];

describeRuleModule(jointMeeting, { readme, scenarios });

const byName = (name: string) => scenarios.find((s) => s.name.startsWith(name))!;

async function run(name: string, alias: string) {
  const { engine, cases } = await runScenario({ ...byName(name), modules: [jointMeeting] });
  const id = cases[alias]!;
  const view = await engine.getCase(id);
  const closed = (await engine.history(id)).find((e) => e.kind === 'case.closed');
  return { view, output: (closed?.data as { output: JointMeetingOutput } | undefined)?.output };
}

describe('joint-meeting notices carry what the text requires', () => {
  it("reports every item with each unit's report to the joint meeting and the government (第四条(一)3)", async () => {
    const { view, output } = await run('a meeting before the 2020 National Day', 'm');
    expect(output).toEqual({ kind: 'meeting', outcome: 'itemsReported', conclusion: null });
    const sent = view.case.notices.find((n) => n.name === 'implementationReport');
    expect(sent).toMatchObject({ recipient: 'jointMeetingAndGovernment', citation: '《西吉县政务公开联席会议制度》第四条第(一)项第3目' });
    expect(sent?.data).toEqual({
      items: [
        { itemId: '1', matter: '更新财政预决算公开专栏', reports: [{ unit: FINANCE, report: '专栏已更新至2020年预算' }] },
        {
          itemId: '2',
          matter: '在县档案馆设立政府信息公共查阅点',
          reports: [
            { unit: ARCHIVES, report: '查阅点已开放' },
            { unit: FINANCE, report: '经费已拨付' },
          ],
        },
      ],
    });
  });
  it('sends the minutes with the topics and the agreed items, and circulates which units still owe a report (第五条(二)、(五))', async () => {
    const { view } = await run('a meeting before the 2020 National Day', 'm');
    expect(view.case.notices.find((n) => n.name === 'minutes')?.data).toEqual({
      documentNumber: minutes.documentNumber,
      topics: meetingInput.topics,
      items: minutes.items,
    });
    expect(view.case.notices.find((n) => n.name === 'progressBulletin')?.data).toEqual({
      items: [
        { itemId: '1', matter: '更新财政预决算公开专栏', reported: true, pendingUnits: [] },
        { itemId: '2', matter: '在县档案馆设立政府信息公共查阅点', reported: false, pendingUnits: [ARCHIVES, FINANCE] },
      ],
      note: '第2项尚待县财政局落实经费',
    });
    expect(view.case.notices.find((n) => n.name === 'itemUrge')?.data).toEqual({
      reason: 'office',
      outstanding: [{ itemId: '2', matter: '在县档案馆设立政府信息公共查阅点', unit: FINANCE }],
      note: '请于本周内落实经费',
    });
  });
  it('urges every unit still owing a report when the report-back period passes', async () => {
    const { view } = await run('when the report-back period passes', 'm');
    const urges = view.case.notices.filter((n) => n.name === 'itemUrge');
    expect(urges.map((n) => n.data)).toEqual([
      {
        reason: 'periodElapsed',
        outstanding: [
          { itemId: '2', matter: '在县档案馆设立政府信息公共查阅点', unit: ARCHIVES },
          { itemId: '2', matter: '在县档案馆设立政府信息公共查阅点', unit: FINANCE },
        ],
      },
    ]);
    expect(urges[0]?.at).toBe('2021-02-25T00:00:00+08:00');
  });
  it('urges the responsible unit when the complaint period passes and reports the investigated breach for deliberation (第五条(三)、(四))', async () => {
    const { view, output } = await run('a complaint handled badly', 'c');
    expect(output).toEqual({ kind: 'complaint', outcome: 'deliberated', conclusion: '同意通报批评' });
    expect(view.case.notices.find((n) => n.name === 'complaintUrge')?.data).toEqual({
      reason: 'periodElapsed',
      matter: '教育局未公开学校收费项目',
      units: [EDU],
    });
    expect(view.case.notices.find((n) => n.name === 'violationReport')?.data).toEqual({
      matter: '教育局未公开学校收费项目',
      complainant: '李某',
      findings: '应主动公开的收费项目长期未公开',
      proposal: '通报批评并限期整改',
    });
  });
  it("ends with the office's opinion when a complaint is resolved, and with noItems for empty minutes", async () => {
    expect((await run('a complaint received before', 'c')).output).toEqual({
      kind: 'complaint',
      outcome: 'resolved',
      conclusion: '已更正，已告知投诉人',
    });
    expect((await run('minutes that state no agreed item', 'm')).output).toEqual({ kind: 'meeting', outcome: 'noItems', conclusion: null });
  });
});

describe('joint-meeting payload schemas', () => {
  it('requires unique item ids and at least one unit per item, each named once', () => {
    expect(minutesIssuedSchema.safeParse(minutes).success).toBe(true);
    expect(minutesIssuedSchema.safeParse({ items: [] }).success).toBe(true);
    expect(minutesIssuedSchema.safeParse({ items: [{ ...minutes.items[0], units: [FINANCE, FINANCE] }] }).success).toBe(false);
    expect(minutesIssuedSchema.safeParse({ items: [{ ...minutes.items[0], decidedBy: 'chair' }] }).success).toBe(false);
  });
  it('accepts a custom member list through the memberUnits parameter', () => {
    expect(jointMeeting.parameters!.memberUnits!.schema.safeParse([EDU]).success).toBe(true);
    expect(jointMeeting.parameters!.memberUnits!.schema.safeParse([]).success).toBe(false);
  });
});

describe('第二条(四) and 第五条(四) cases report what they found', () => {
  it('publishes the report with every inspected department and records the late breach under 第二条(四)', async () => {
    const { view, output } = await run(
      '第二条(四): a 2020 inspection-and-evaluation round concluded on 2021-01-29 publishes its report on 2021-03-10',
      'e',
    );
    expect(output?.outcome).toBe('reportPublished');
    const sent = view.case.notices.find((n) => n.name === 'disclosureReport');
    expect(sent).toMatchObject({ recipient: 'public', citation: '《西吉县政务公开联席会议制度》第二条第(四)项' });
    expect(sent?.data).toMatchObject({
      period: '2020年度',
      inspections: [
        { unit: EDU, result: '良好' },
        { unit: '县民政局', result: '一般' },
      ],
    });
    expect(jointMeeting.breaches?.evaluationReportLate?.clause).toBe('第二条(四)');
  });
  it('names how a breach investigated without a complaint was found (第五条(四))', async () => {
    const { view, output } = await run('第五条(四): a breach found by inspection', 'v');
    expect(output).toEqual({ kind: 'violation', outcome: 'deliberated', conclusion: '通报批评，限10个工作日整改' });
    expect(view.case.notices.find((n) => n.name === 'violationReport')?.data).toMatchObject({ complainant: '检查发现' });
  });
});
