import { caseSteps, describeRuleModule, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { deficientItems, type ItemFinding, inspectionItemSchema, missingItems, supervision } from '../src/index.js';

const office = { id: 'gkb-1', role: 'supervisor', name: '县政府政务公开办公室' } as const;
const monitor = { id: 'jw-1', role: 'supervisor', name: '县监察委员会' } as const;
const bureau = { id: 'zjj-1', role: 'inspectedBody', name: '县住房和城乡建设局' } as const;

const complaint = {
  kind: 'complaint',
  channel: 'phone',
  complainant: '王某',
  body: '县住房和城乡建设局',
  content: '棚户区改造补偿标准申请逾期未答复',
  receivedBy: 'disclosureAuthority',
} as const;
const report = { ...complaint, channel: 'email', receivedBy: 'supervisoryOrgan', content: '县住建局不依法主动公开棚改项目信息' } as const;
const inspection = { kind: 'inspection', body: '县住房和城乡建设局', scope: '2020年度政务公开工作' } as const;

/** The one-line steps of the case `as`. */
const on = (as: string) => caseSteps(as, { module: 'supervision', actor: office });
const { open, send } = on('s');
const item = (name: string, result: 'satisfactory' | 'deficient' = 'satisfactory') => ({
  item: name,
  result,
  notes: result === 'deficient' ? `${name} 未达要求，限期整改` : '符合要求',
});

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'a substantiated complaint is ordered corrected, referred for accountability, answered, and closed only once the correction is verified',
    steps: [
      open('2019-05-06T09:00:00+08:00', complaint, { actor: office, expect: { state: 'complaint.investigating' } }),
      // An answer needs the investigation's result first (认真查实).
      send('2019-05-06T10:00:00+08:00', 'answer.sent', { content: '正在调查', via: 'phone' }, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-05-07T10:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '逾期' }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* not yet substantiated */,
      }),
      send('2019-05-08T10:00:00+08:00', 'investigation.concluded', { substantiated: true, findings: '申请逾期25个工作日未答复' }, office, {
        rejected: 'INVALID_PAYLOAD' /* no corrections named */,
      }),
      send(
        '2019-05-08T10:05:00+08:00',
        'investigation.concluded',
        { substantiated: true, findings: '申请逾期25个工作日未答复', corrections: ['5个工作日内答复申请人'] },
        bureau,
        { rejected: 'ROLE_NOT_ALLOWED' },
      ),
      send(
        '2019-05-08T10:10:00+08:00',
        'investigation.concluded',
        { substantiated: true, findings: '申请逾期25个工作日未答复', corrections: ['5个工作日内答复申请人'] },
        office,
        {
          state: 'complaint.answering',
          notices: ['rectificationOrder'],
        },
      ),
      send(
        '2019-05-09T10:00:00+08:00',
        'matter.referred',
        { organ: '县监察委员会', reasons: '依申请公开逾期答复，依《西吉县政务公开责任追究制度》处理' },
        office,
        { notices: ['accountabilityReferral'] },
      ),
      send('2019-05-09T11:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '重复' }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* referred once */,
      }),
      send('2019-05-10T10:00:00+08:00', 'answer.sent', { content: '投诉属实，已责令限期答复并移送追责', via: 'letter' }, office, {
        state: 'complaint.followUp',
        status: 'open',
        notices: ['answerNotice'],
      }),
      send(
        '2019-05-17T10:00:00+08:00',
        'rectification.verified',
        { verifiedBy: '县政府政务公开办公室', notes: '已于2019-05-15答复申请人' },
        office,
        { state: 'closed', status: 'done' },
      ),
    ],
  },
  {
    name: 'a report to the supervisory organ found unsubstantiated is still answered, and only the answer closes it',
    steps: [
      open('2020-01-20T09:00:00+08:00', report, { actor: monitor, expect: { state: 'complaint.investigating' } }),
      send(
        '2020-02-03T10:00:00+08:00' /* 春节 2020 extended holiday: no period runs */,
        'investigation.concluded',
        { substantiated: false, findings: '项目信息已于2019-12-30在政府网站公开' },
        monitor,
        {
          state: 'complaint.answering',
          notices: [],
        },
      ),
      send('2020-02-03T11:00:00+08:00', 'rectification.verified', { verifiedBy: '县监察委员会', notes: '无' }, monitor, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2020-02-04T10:00:00+08:00', 'answer.sent', { content: '经查，相关信息已公开，网址……', via: 'email' }, monitor, {
        state: 'closed',
        status: 'done',
        notices: ['answerNotice'],
      }),
    ],
  },
  {
    name: 'an inspection records all eight items of 第二条; it cannot conclude before every item is recorded, a deficient item must be corrected, and the body’s own report is verified by the supervisor (第一条 督促整改)',
    steps: [
      open('2021-03-01T09:00:00+08:00', inspection, { actor: office, expect: { state: 'inspection.inspecting' } }),
      send('2021-03-01T10:00:00+08:00', 'item.inspected', item('organisation'), office),
      send('2021-03-01T10:10:00+08:00', 'item.inspected', item('leadership'), office),
      send('2021-03-01T10:20:00+08:00', 'item.inspected', item('disclosurePractice', 'deficient'), office),
      send('2021-03-01T10:30:00+08:00', 'inspection.concluded', { summary: '未完成' }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* five items missing */,
      }),
      send('2021-03-01T10:40:00+08:00', 'item.inspected', { item: 'budget', result: 'satisfactory', notes: 'x' }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      send('2021-03-01T10:50:00+08:00', 'item.inspected', item('quality'), office),
      send('2021-03-01T11:00:00+08:00', 'item.inspected', item('feesAndWaivers'), office),
      send('2021-03-01T11:10:00+08:00', 'item.inspected', item('reconsiderationAndLitigation'), office),
      send('2021-03-01T11:20:00+08:00', 'item.inspected', item('rulesInPlace'), office),
      send('2021-03-01T11:30:00+08:00', 'item.inspected', item('problemsAndImprovement'), office),
      send('2021-03-01T15:00:00+08:00', 'inspection.concluded', { summary: '依申请公开台账不全' }, office, {
        state: 'inspection.rectifying',
        notices: ['inspectionReport', 'rectificationOrder'],
      }),
      send('2021-03-15T10:00:00+08:00', 'rectification.reported', { corrections: ['补建依申请公开登记台账'] }, office, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      send('2021-03-15T10:05:00+08:00', 'rectification.reported', { corrections: ['补建依申请公开登记台账'] }, bureau, {
        state: 'inspection.verifying',
        status: 'open',
      }),
      // The body cannot verify its own report.
      send('2021-03-16T10:00:00+08:00', 'rectification.verified', { verifiedBy: '县住建局', notes: '已整改' }, bureau, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      send(
        '2021-03-17T10:00:00+08:00',
        'rectification.verified',
        { verifiedBy: '县政府政务公开办公室', notes: '现场查看台账已补建' },
        office,
        {
          state: 'closed',
          status: 'done',
          breaches: [],
        },
      ),
      send('2021-03-18T10:00:00+08:00', 'item.inspected', item('leadership'), office, { rejected: 'CASE_CLOSED' }),
      // An inspection is not a complaint: nothing to refer after closure under 第四条.
      send('2021-03-18T11:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '台账不全' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
    ],
  },
  {
    name: 'an inspected body that never reports does not hold the case: the supervisor checks on site and records the corrections not made (第一条)',
    steps: [
      open('2021-06-01T09:00:00+08:00', { ...inspection, scope: '依申请公开专项检查' }, { actor: office }),
      ...(
        [
          'organisation',
          'leadership',
          'disclosurePractice',
          'quality',
          'feesAndWaivers',
          'reconsiderationAndLitigation',
          'rulesInPlace',
        ] as const
      ).map((name, i) => send(`2021-06-01T10:0${i}:00+08:00`, 'item.inspected', item(name), office)),
      send('2021-06-01T10:30:00+08:00', 'item.inspected', item('problemsAndImprovement', 'deficient'), office),
      send('2021-06-01T15:00:00+08:00', 'inspection.concluded', { summary: '上年问题未整改' }, office, {
        state: 'inspection.rectifying',
        notices: ['inspectionReport', 'rectificationOrder'],
      }),
      send(
        '2021-07-01T10:00:00+08:00',
        'rectification.verified',
        { verifiedBy: '县政府政务公开办公室', notes: '逾月未报告，现场复查问题仍在', corrected: false },
        office,
        { state: 'closed', status: 'done', breaches: ['notCorrected'] },
      ),
    ],
  },
  {
    name: 'an anonymous report (第五条) is investigated and its correction verified without an answer to anybody; an unfounded anonymous complaint closes on its conclusion',
    steps: [
      open(
        '2020-06-01T09:00:00+08:00',
        { ...report, complainant: undefined, anonymous: true, channel: 'mailbox' },
        { actor: monitor, expect: { state: 'complaint.investigating' } },
      ),
      send(
        '2020-06-10T10:00:00+08:00',
        'investigation.concluded',
        { substantiated: true, findings: '棚改项目补偿标准未公开', corrections: ['10个工作日内在政府网站公开补偿标准'] },
        monitor,
        { state: 'complaint.followUp', notices: ['rectificationOrder'] },
      ),
      // Nobody to answer.
      send('2020-06-11T10:00:00+08:00', 'answer.sent', { content: '已处理', via: 'letter' }, monitor, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2020-06-24T10:00:00+08:00', 'rectification.verified', { verifiedBy: '县监察委员会', notes: '补偿标准已公开' }, monitor, {
        state: 'closed',
        status: 'done',
        notices: [],
      }),
      // Named and anonymous at once, or neither: a clear error, nothing opened.
      on('x').open(
        '2020-06-25T09:00:00+08:00',
        { ...complaint, anonymous: true },
        { actor: office, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('x').open(
        '2020-06-25T09:10:00+08:00',
        { ...complaint, complainant: undefined },
        { actor: office, expect: { rejected: 'INVALID_PAYLOAD' } },
      ),
      on('u').open('2020-06-29T09:00:00+08:00', { ...complaint, complainant: undefined, anonymous: true }, { actor: office }),
      on('u').send(
        '2020-06-30T10:00:00+08:00',
        'investigation.concluded',
        { substantiated: false, findings: '申请已于法定期限内答复' },
        office,
        { state: 'closed', status: 'done', notices: [] },
      ),
    ],
  },
  {
    name: 'a substantiated complaint can be referred for accountability after its case closed (第四条), once',
    steps: [
      open('2019-09-02T09:00:00+08:00', complaint, { actor: office }),
      send(
        '2019-09-03T10:00:00+08:00',
        'investigation.concluded',
        { substantiated: true, findings: '申请逾期未答复', corrections: ['5个工作日内答复申请人'] },
        office,
      ),
      send('2019-09-04T10:00:00+08:00', 'answer.sent', { content: '投诉属实，已责令答复', via: 'phone' }, office),
      send('2019-09-11T10:00:00+08:00', 'rectification.verified', { verifiedBy: '县政府政务公开办公室', notes: '已答复' }, office, {
        state: 'closed',
        status: 'done',
      }),
      send('2019-09-20T10:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '逾期答复系经办人推诿所致' }, bureau, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      send('2019-09-20T10:05:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '逾期答复系经办人推诿所致' }, office, {
        state: 'referredAfterClosure',
        status: 'done',
        notices: ['accountabilityReferral'],
      }),
      send('2019-09-23T10:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '重复移送' }, office, {
        rejected: 'CASE_CLOSED',
      }),
      // An unfounded complaint has nothing to refer.
      on('n').open('2019-09-24T09:00:00+08:00', complaint, { actor: office }),
      on('n').send('2019-09-24T10:00:00+08:00', 'investigation.concluded', { substantiated: false, findings: '已按期答复' }, office),
      on('n').send('2019-09-24T11:00:00+08:00', 'answer.sent', { content: '经查不属实', via: 'phone' }, office, {
        state: 'closed',
      }),
      on('n').send('2019-09-25T10:00:00+08:00', 'matter.referred', { organ: '县监察委员会', reasons: '—' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
    ],
  },
  {
    name: 'with requireEveryItem off a special inspection of one item without deficiencies closes on its report',
    parameters: { supervision: { requireEveryItem: false } },
    steps: [
      open('2022-04-06T09:00:00+08:00', { ...inspection, scope: '收费及减免专项检查' }, { actor: office }),
      send('2022-04-06T09:30:00+08:00', 'inspection.concluded', { summary: '尚无记录' }, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2022-04-06T10:00:00+08:00', 'item.inspected', item('feesAndWaivers'), office),
      send('2022-04-06T11:00:00+08:00', 'inspection.concluded', { summary: '未发现违规收费' }, office, {
        state: 'closed',
        status: 'done',
        notices: ['inspectionReport'],
      }),
    ],
  },
];

describeRuleModule(supervision, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios,
});

describe('inspection items of 第二条', () => {
  const findings: ItemFinding[] = [
    { item: 'quality', result: 'deficient', notes: '不及时' },
    { item: 'organisation', result: 'satisfactory', notes: '' },
    { item: 'quality', result: 'satisfactory', notes: '复查已整改' },
    { item: 'feesAndWaivers', result: 'deficient', notes: '多收费' },
  ];
  it('lists the missing items in the order of the text', () => {
    expect(missingItems(findings)).toEqual([
      'leadership',
      'disclosurePractice',
      'reconsiderationAndLitigation',
      'rulesInPlace',
      'problemsAndImprovement',
    ]);
    expect(missingItems([])).toEqual(inspectionItemSchema.options);
  });
  it('counts an item deficient by its latest finding, without changing its input', () => {
    const copy = structuredClone(findings);
    expect(deficientItems(findings)).toEqual(['feesAndWaivers']);
    expect(findings).toEqual(copy);
  });
  it('has eight items, one per item of 第二条', () => {
    expect(inspectionItemSchema.options).toHaveLength(8);
  });
});
