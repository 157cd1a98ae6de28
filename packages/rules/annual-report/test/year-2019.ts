// A year of worked cases of 县教育局 (2019) and the figures its 2019 report must show, counted by hand.
import { caseSteps, type ScenarioStep } from '@zwgk/testing';
import type { Figures } from '../src/index.js';
import { M, office, report, unit } from './fixtures.js';

export const EDU = '县教育局';
const OTHER = '县卫生健康局';

const clerk = { id: 'edu-clerk', role: 'clerk' } as const;
const publisher = { id: 'edu-publisher', role: 'publisher' } as const;
// Roles of 《西吉县政务公开保密审查制度》第六条 (confidentiality-review).
const dept = { id: 'edu-section', role: 'originatingDepartment' } as const;
const deptHead = { id: 'edu-head', role: 'departmentHead' } as const;
const leader = { id: 'deputy-county-head', role: 'leaderInCharge' } as const;
const reviewOffice = { id: 'zwgk-office', role: 'disclosureOffice' } as const;
const bureau = { id: 'secrecy-bureau', role: 'secrecyBureau' } as const;
// Roles of 《西吉县政府政务信息发布协调制度》 (release-coordination).
const releasing = { id: 'edu-publisher', role: 'releasingAgency' } as const;
const consulted = { id: 'finance-clerk', role: 'consultedAgency' } as const;
const authority = { id: 'county-government-office', role: 'higherAuthority' } as const;

const application = (description: string) => ({
  channel: 'writing',
  applicant: {
    kind: 'citizen',
    name: '虎志刚',
    contact: '13709546621',
    identity: { document: 'residentIdCard', number: '11010519491231002X' },
  },
  request: { kind: 'disclosure', description, form: 'paper' },
});

const item = (title: string, over: Record<string, unknown> = {}) => ({
  item: { title, documentNumber: null },
  change: 'formed',
  basis: { article: '第四条', item: 'socialPolicies' },
  publisher: { name: EDU, level: 'countyDepartment' },
  major: false,
  ...over,
});

const openApplication = (at: string, as: string, description: string, agency = EDU): ScenarioStep => ({
  at,
  open: { as, module: 'disclosure-request', input: application(description), actor: clerk, agency },
});
const openItem = (at: string, as: string, title: string, over: Record<string, unknown> = {}, agency = EDU): ScenarioStep => ({
  at,
  open: { as, module: 'proactive-disclosure', input: item(title, over), actor: publisher, agency },
});
/** The five steps of 保密审查制度第六条, one every ten minutes from `day`T09:00. */
const reviewChain = (kase: string, day: string, opinion: Record<string, unknown>): ScenarioStep[] => {
  const review = caseSteps(kase);
  return [
    review.send(`${day}T09:00:00+08:00`, 'initialOpinion.given', opinion, dept),
    review.send(`${day}T09:10:00+08:00`, 'headReview.given', { verdict: 'approve' }, deptHead),
    review.send(`${day}T09:20:00+08:00`, 'leaderReview.given', { verdict: 'approve' }, leader),
    review.send(`${day}T09:30:00+08:00`, 'officeReview.given', { verdict: 'approve' }, reviewOffice),
    review.send(`${day}T09:40:00+08:00`, 'bureauApproval.given', { verdict: 'approve' }, bureau),
  ];
};
/** Application `as` asks for the review of `subject` (drawn up by a section of 县教育局), passed on `day`. */
const reviewedApplication = (
  as: string,
  at: string,
  subject: string,
  section: string,
  day: string,
  opinion: Record<string, unknown> = { opinion: 'disclosable' },
): ScenarioStep[] => [
  caseSteps(as).send(at, 'review.requested', { subject, originatingDepartment: `${EDU}${section}` }, clerk),
  ...reviewChain(`${as}/review`, day, opinion),
];
const letter = (title: string) => ({
  information: { title, documentNumber: null, description: '拟主动公开的信息', producedOn: '2019-09-02', publisher: EDU },
  matters: ['资金数额是否与财政拨付一致'],
  opinion: '拟主动公开',
  basis: '《西吉县政府政务公开制度》第四条',
});

/**
 * 县教育局's year 2019 in the engine: eight applications answered in each of 依申请公开制度第九条's ways
 * (on time and late), five proactive items (published, withheld, not released, still being prepared),
 * and cases the report must not count (another agency's; one of 2020). Then the 2019 report.
 */
const steps: ScenarioStep[] = [
  // A1 公开 on time; A2 公开 after its reply period ran out (2019-06-25 24:00).
  openApplication('2019-03-04T09:00:00+08:00', 'a1', '2018年县教育局部门预算'),
  ...reviewedApplication('a1', '2019-03-04T10:00:00+08:00', '2018年县教育局部门预算', '财务股', '2019-03-05'),
  caseSteps('a1').send('2019-03-08T09:00:00+08:00', 'reply.disclosed', { howToObtain: '到县教育局领取', form: 'paper' }, clerk, {
    state: 'disclosed',
    deadlines: { reply: { outcome: 'met' } },
  }),
  openApplication('2019-06-03T09:00:00+08:00', 'a2', '2018年义务教育阶段学校撤并情况'),
  ...reviewedApplication('a2', '2019-06-03T11:00:00+08:00', '2018年义务教育阶段学校撤并情况', '基教股', '2019-06-04'),
  // A3 区分处理 after a review that withholds a part.
  openApplication('2019-06-03T10:00:00+08:00', 'a3', '2018年学生资助名单'),
  ...reviewedApplication('a3', '2019-06-04T09:00:00+08:00', '2018年学生资助名单', '资助中心', '2019-06-05', {
    opinion: 'partlyDisclosable',
    withheld: '学生身份证号码',
  }),
  caseSteps('a3').send(
    '2019-06-06T09:00:00+08:00',
    'reply.partlyDisclosed',
    { howToObtain: '到县教育局领取', form: 'paper', withheld: '学生身份证号码', reasons: '属于个人隐私' },
    clerk,
    { state: 'partlyDisclosed', deadlines: { reply: { outcome: 'met' } } },
  ),
  caseSteps('a2').send('2019-07-01T09:00:00+08:00', 'reply.disclosed', { howToObtain: '到县教育局领取', form: 'paper' }, clerk, {
    state: 'disclosed',
    breaches: ['replyOverdue'],
    deadlines: { reply: { outcome: 'missed' } },
  }),
  // A4 不予公开, A5 不属于本机关, A6 不存在, A7 不明确 (awaiting the applicant's correction).
  openApplication('2019-09-02T09:00:00+08:00', 'a4', '教师个人档案'),
  caseSteps('a4').send('2019-09-03T09:00:00+08:00', 'reply.refused', { reasons: '属于个人隐私' }, clerk, { state: 'refused' }),
  openApplication('2019-09-02T10:00:00+08:00', 'a5', '县医院药品采购价格'),
  caseSteps('a5').send('2019-09-03T10:00:00+08:00', 'reply.notHeldHere', { holder: OTHER, holderContact: '0954-1234567' }, clerk, {
    state: 'referred',
  }),
  openApplication('2019-09-02T11:00:00+08:00', 'a6', '1985年全县教师名册'),
  caseSteps('a6').send('2019-09-03T11:00:00+08:00', 'reply.nonexistent', { explanation: '该名册未制作' }, clerk, { state: 'nonexistent' }),
  openApplication('2019-12-16T09:00:00+08:00', 'a7', '教育资金使用情况'),
  caseSteps('a7').send('2019-12-17T09:00:00+08:00', 'reply.unclear', { toCorrect: '请写明资金名称和年度' }, clerk),
  // A8 received in late December and still being handled when the report comes in.
  openApplication('2019-12-30T09:00:00+08:00', 'a8', '2019年校车采购合同'),
  // Not counted: another agency's application of 2019, and 县教育局's first application of 2020.
  openApplication('2019-05-06T09:00:00+08:00', 'x1', '2018年疫苗接种统计', OTHER),
  caseSteps('x1').send('2019-05-07T09:00:00+08:00', 'reply.refused', { reasons: '涉及个人隐私' }, { id: 'health-clerk', role: 'clerk' }),

  // P1, P2 published; P3 withheld by the review (第九条); P4 not released (发布协调, 第十条); P5 still being prepared.
  openItem('2019-04-01T09:00:00+08:00', 'p1', '2019年义务教育招生政策'),
  caseSteps('p1').send('2019-04-01T10:00:00+08:00', 'review.requested', {}, publisher),
  ...reviewChain('p1/review', '2019-04-02', { opinion: 'disclosable' }),
  caseSteps('p1').send('2019-04-03T09:00:00+08:00', 'item.published', { channels: ['portal', 'noticeBoard'] }, publisher, {
    state: 'published',
  }),
  openItem('2019-05-06T09:00:00+08:00', 'p2', '2019年教师招聘公告'),
  caseSteps('p2').send('2019-05-06T10:00:00+08:00', 'review.requested', {}, publisher),
  ...reviewChain('p2/review', '2019-05-07', { opinion: 'disclosable' }),
  caseSteps('p2').send('2019-05-08T09:00:00+08:00', 'item.published', { channels: ['portal', 'noticeBoard'] }, publisher, {
    state: 'published',
  }),
  openItem('2019-06-10T09:00:00+08:00', 'p3', '2019年建档立卡贫困学生名单', {
    basis: { article: '第三条', criterion: 'affectsVitalInterests' },
  }),
  caseSteps('p3').send('2019-06-10T10:00:00+08:00', 'review.requested', {}, publisher),
  // A refusal goes up the whole chain of 保密审查制度第四条 and is confirmed by the office.
  caseSteps('p3/review').send(
    '2019-06-11T09:00:00+08:00',
    'initialOpinion.given',
    { opinion: 'notDisclosable', ground: 'privacy', reason: '含学生身份证号码和家庭住址' },
    dept,
  ),
  caseSteps('p3/review').send('2019-06-11T09:10:00+08:00', 'headReview.given', { verdict: 'approve' }, deptHead),
  caseSteps('p3/review').send('2019-06-11T09:20:00+08:00', 'leaderReview.given', { verdict: 'approve' }, leader),
  caseSteps('p3/review').send('2019-06-11T09:30:00+08:00', 'officeReview.given', { verdict: 'approve' }, reviewOffice),
  { at: '2019-06-11T09:31:00+08:00', tick: true, expect: { case: 'p3', state: 'withheld', status: 'done' } },
  openItem('2019-09-02T09:00:00+08:00', 'p4', '2019年营养改善计划资金分配方案', { agencies: ['西吉县财政局'] }),
  caseSteps('p4').send('2019-09-02T10:00:00+08:00', 'review.requested', {}, publisher),
  ...reviewChain('p4/review', '2019-09-03', { opinion: 'disclosable' }),
  caseSteps('p4/coordination').send('2019-09-03T11:00:00+08:00', 'letter.sent', letter('2019年营养改善计划资金分配方案'), releasing),
  caseSteps('p4/coordination').send('2019-09-03T14:00:00+08:00', 'letter.received', { agency: '西吉县财政局' }, consulted),
  caseSteps('p4/coordination').send(
    '2019-09-04T10:00:00+08:00',
    'reply.given',
    { agency: '西吉县财政局', opinion: 'disagree', reasons: '资金尚未拨付到位' },
    consulted,
  ),
  caseSteps('p4/coordination').send('2019-09-04T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing),
  caseSteps('p4/coordination').send(
    '2019-09-05T10:00:00+08:00',
    'authority.decided',
    { authority: '西吉县人民政府办公室', release: false, reasons: '资金拨付前暂不公开' },
    authority,
    { case: 'p4', state: 'notReleased', status: 'done' },
  ),
  openItem('2019-12-23T09:00:00+08:00', 'p5', '2020年寒假安全教育通知'),
  openItem('2019-04-01T09:30:00+08:00', 'x2', '2019年基本公共卫生服务项目', {}, OTHER),
  openApplication('2020-01-02T09:00:00+08:00', 'x3', '2020年秋季学期招生计划'),

  // The 2019 report: the figures come from the cases above when it is submitted.
  {
    at: '2020-01-06T09:00:00+08:00',
    open: { as: 'r', module: M, input: { unit: EDU, unitKind: 'department', year: 2019 }, actor: office },
  },
  {
    at: '2020-01-06T10:00:00+08:00',
    send: { case: 'r', type: 'report.submitted', payload: report(), actor: unit },
    expect: { state: 'underReview' },
  },
  {
    at: '2020-01-07T09:00:00+08:00',
    send: {
      case: 'r',
      type: 'figures.supplemented',
      payload: { figure: 'applications.disclosed', add: 1, reason: '2019年1月启用本系统前收到的纸质申请1件，已公开' },
      actor: office,
    },
    expect: { state: 'underReview' },
  },
];

/** The steps above in time order (a stable sort: steps at the same instant keep their order). */
export const year2019Steps: readonly ScenarioStep[] = [...steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/** The figures of 县教育局's 2019 report, counted by hand from the cases above. */
export const handCount2019: Figures = {
  'applications.total': 8, // a1…a8; not x1 (another agency) nor x3 (2020)
  'applications.disclosed': 2, // a1, a2
  'applications.answeredOnTheSpot': 0,
  'applications.partlyDisclosed': 1, // a3
  'applications.refused': 1, // a4
  'applications.referred': 1, // a5
  'applications.nonexistent': 1, // a6
  'applications.awaitingCorrection': 1, // a7
  'applications.abandoned': 0,
  'applications.recordCorrected': 0,
  'applications.recordForwarded': 0,
  'applications.correctionDeclined': 0,
  'applications.pending': 1, // a8
  'applications.other': 0,
  'reply.onTime': 5, // a1, a3, a4, a5, a6
  'reply.overdue': 1, // a2
  'reply.running': 2, // a7 (paused for the correction), a8
  'reply.other': 0,
  'refusals.total': 2, // a4 refused, a3 partly
  'refusals.refused': 1,
  'refusals.partlyDisclosed': 1,
  'proactive.total': 5, // p1…p5; not x2 (another agency)
  'proactive.published': 2, // p1, p2
  'proactive.withheld': 1, // p3
  'proactive.notReleased': 1, // p4
  'proactive.pending': 1, // p5
  'proactive.other': 0,
};
