import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { proactiveDisclosure } from '@zwgk/rule-proactive-disclosure';
import { caseSteps, describeRuleModule, runScenario, type ScenarioStep } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { application as disclosureApplication } from '../../disclosure-request/test/fixtures.js';
import { assessment } from '../src/index.js';

const M = 'assessment';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: M });

const office = { id: 'disclosure-office', role: 'office' } as const;
const team = { id: 'team-lead', role: 'team' } as const;
const unit = { id: 'edu-bureau', role: 'assessedUnit' } as const;

const scores = (all: number, over: Record<string, number> = {}) => ({
  organisation: all,
  institutions: all,
  content: all,
  forms: all,
  procedureAndTimeliness: all,
  effect: all,
  ...over,
});

/** 第六条(一)…(四) on working days of December 2019; the case is then `proposing`. */
function throughAssessment(year = 2019): ScenarioStep[] {
  return [
    on('a').open(
      '2019-12-02T09:00:00+08:00',
      { unit: '县教育局', unitKind: 'department', year },
      { actor: office, expect: { state: 'formingTeam' } },
    ),
    on('a').send(
      '2019-12-02T10:00:00+08:00',
      'team.formed',
      { members: ['政务公开办 马主任', '县督查室 李科长'], departments: ['县督查室'] },
      office,
      { state: 'planning' },
    ),
    on('a').send(
      '2019-12-03T10:00:00+08:00',
      'plan.issued',
      { title: '2019年度政务公开考核方案', requirements: '按第四条六方面自查' },
      office,
      { state: 'selfInspecting' },
    ),
    on('a').send('2019-12-10T10:00:00+08:00', 'selfInspection.submitted', { findings: '目录更新不及时' }, unit, { state: 'assessing' }),
    on('a').send(
      '2019-12-16T10:00:00+08:00',
      'assessment.conducted',
      { methods: ['briefing', 'documents', 'onSiteInspection', 'comprehensiveReview'], findings: '资料齐全' },
      team,
      { state: 'proposing' },
    ),
  ];
}

const propose = (at: string, s: Record<string, number>, extra: Record<string, unknown> = {}): ScenarioStep =>
  on('a').send(at, 'opinion.proposed', { scores: s, routineInspection: '平时检查无问题', opinion: '工作扎实', ...extra }, team, {
    state: 'approving',
  });

/** The office approves the result on 2019-12-23, concluding with `notices` and no breach. */
const approved = (notices: string[]): ScenarioStep =>
  on('a').send('2019-12-23T10:00:00+08:00', 'result.approved', {}, office, { state: 'concluded', notices, breaches: [] });

const clerk = { id: 'clerk-ma', role: 'clerk' } as const;
const application = disclosureApplication();

/** An application to `agency` opened at `opened` and answered (未制作该信息, 第九条) at `answered`. */
function applicationCase(as: string, agency: string, opened: string, answered: string): ScenarioStep[] {
  return [
    caseSteps(as, { module: 'disclosure-request' }).open(opened, application, { actor: clerk, agency }),
    on(as).send(answered, 'reply.nonexistent', { explanation: '未制作该信息' }, clerk),
  ];
}

/** A proactive item of `agency` formed at `opened`, reviewed (保密审查) in the next days and published at `published`. */
function proactiveCase(as: string, agency: string, opened: string, published: string): ScenarioStep[] {
  const day = (n: number) => `${opened.slice(0, 8)}${String(Number(opened.slice(8, 10)) + n).padStart(2, '0')}T09:00:00+08:00`;
  const actor = (role: string) => ({ id: role, role });
  return [
    caseSteps(as, { module: 'proactive-disclosure' }).open(
      opened,
      {
        item: { title: '县教育局2019年学生资助资金分配结果', documentNumber: null },
        change: 'formed',
        basis: { article: '第四条', item: 'administrativeFees' },
        publisher: { name: agency, level: 'countyDepartment' },
        major: false,
      },
      { actor: actor('publisher'), agency },
    ),
    on(as).send(day(1), 'review.requested', { originatingDepartment: agency }, actor('publisher')),
    on(`${as}/review`).send(day(2), 'initialOpinion.given', { opinion: 'disclosable' }, actor('originatingDepartment')),
    on(`${as}/review`).send(day(3), 'headReview.given', { verdict: 'approve' }, actor('departmentHead')),
    on(`${as}/review`).send(day(4), 'leaderReview.given', { verdict: 'approve' }, actor('leaderInCharge')),
    on(`${as}/review`).send(day(5), 'officeReview.given', { verdict: 'approve' }, actor('disclosureOffice')),
    on(`${as}/review`).send(day(6), 'bureauApproval.given', { verdict: 'approve' }, actor('secrecyBureau')),
    on(as).send(
      published,
      'item.published',
      { channels: ['portal', 'noticeBoard'], location: 'http://www.nxxj.gov.cn/xxgk/' },
      actor('publisher'),
      { case: as, state: 'published' },
    ),
  ];
}

/**
 * 县教育局's year 2019 as the cases record it: three applications answered, two within the 15
 * working days of 第八条 and one late; two proactive items, one published within the 20 working
 * days of 第六条 and one late. Cases of another agency, and of 2018, do not count. 3 of 5 periods kept.
 */
const EDU = '县教育局';
const educationYear: ScenarioStep[] = [
  ...applicationCase('app1', EDU, '2019-03-04T09:00:00+08:00', '2019-03-08T09:00:00+08:00'),
  ...applicationCase('app2', EDU, '2019-04-01T09:00:00+08:00', '2019-04-10T09:00:00+08:00'),
  // 15 working days after 2019-06-05 (端午 2019-06-07 skipped) end at 24:00 on 2019-06-27; both answered late.
  ...applicationCase('app3', EDU, '2019-06-05T09:00:00+08:00', '2019-07-01T09:00:00+08:00').slice(0, 1),
  ...applicationCase('other', '县民政局', '2019-06-05T09:30:00+08:00', '2019-06-06T09:00:00+08:00'),
  ...applicationCase('app3', EDU, '2019-06-05T09:00:00+08:00', '2019-07-01T09:00:00+08:00').slice(1),
  ...proactiveCase('pro1', EDU, '2019-09-02T09:00:00+08:00', '2019-09-16T09:00:00+08:00'),
  // 20 working days after 2019-09-17 (国庆 10-01…07 skipped, 09-29 调休 worked) end at 24:00 on 2019-10-18; published 10-21.
  ...proactiveCase('pro2', EDU, '2019-09-17T09:00:00+08:00', '2019-10-21T09:00:00+08:00'),
];

describeRuleModule(assessment, {
  readme: new URL('../README.md', import.meta.url).pathname,
  dependencies: [disclosureRequest, proactiveDisclosure, confidentialityReview],
  scenarios: [
    {
      name: 'an excellent unit goes through the five steps of 第六条, is notified in writing and commended, and its outstanding officer rewarded',
      steps: [
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95)),
        on('a').send(
          '2019-12-20T10:00:00+08:00',
          'result.approved',
          { outstandingIndividuals: [{ name: '马明', contribution: '建成政务公开专栏' }] },
          office,
          { state: 'concluded', status: 'done', notices: ['result', 'commendation', 'individualReward'], breaches: [] },
        ),
      ],
    },
    {
      name: '第四条(五) is measured from the unit’s cases of the year, both duties: 3 of 5 periods kept (2 of 3 replies, 1 of 2 publications) caps 程序和时限 at 60 and pulls a unit the team scored 95 down to 良好',
      steps: [
        ...educationYear,
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95)) /* (5 × 95 + 60) / 6 = 89.2 */,
        approved(['result']),
      ],
    },
    {
      name: 'with capTimeliness off the team’s 95 for 程序和时限 stands beside the measured 3 of 5, and the unit is 优秀 and commended',
      parameters: { assessment: { capTimeliness: false } },
      steps: [
        ...educationYear,
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95)),
        approved(['result', 'commendation']),
      ],
    },
    {
      name: '第六条(五): the 考核组 sets the grade with its reasons (the computed one kept beside it), after the office returned a proposal; a grade off the scale or without reasons is refused',
      steps: [
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(85)),
        on('a').send('2019-12-19T10:00:00+08:00', 'result.returned', { reason: '平时检查情况未综合' }, office, { state: 'proposing' }),
        on('a').send(
          '2019-12-19T11:00:00+08:00',
          'opinion.proposed',
          { scores: scores(85), routineInspection: '—', opinion: '—', grade: 'excellent' },
          team,
          { rejected: 'INVALID_PAYLOAD' /* no reasons */ },
        ),
        on('a').send(
          '2019-12-19T11:10:00+08:00',
          'opinion.proposed',
          {
            scores: scores(85),
            routineInspection: '—',
            opinion: '—',
            grade: 'basicPass',
            gradeReasons: '基本合格不在第五条所定义的等次中',
          },
          team,
          { rejected: 'EVENT_NOT_ALLOWED' /* not on the scale the text defines */ },
        ),
        propose('2019-12-20T10:00:00+08:00', scores(85), {
          grade: 'excellent',
          gradeReasons: '综合平时检查，全年政务公开专栏更新及时，群众评价满意',
        }) /* computed 85: 良好 */,
        approved(['result', 'commendation']),
      ],
    },
    {
      name: 'a unit that never inspects itself does not hold the assessment (第六条(三)): the team assesses without it and the missing self-inspection is recorded',
      steps: [
        ...throughAssessment().slice(0, 3),
        on('a').send(
          '2019-12-16T10:00:00+08:00',
          'assessment.conducted',
          { methods: ['documents', 'onSiteInspection'], findings: '未报送自查报告' },
          team,
          { state: 'proposing', breaches: ['selfInspectionMissing'] },
        ),
        on('a').send('2019-12-17T10:00:00+08:00', 'selfInspection.submitted', { findings: '补报' }, unit, {
          rejected: 'EVENT_NOT_ALLOWED',
        }),
        propose('2019-12-18T10:00:00+08:00', scores(75)),
        on('a').send('2019-12-20T10:00:00+08:00', 'result.approved', {}, office, {
          state: 'concluded',
          notices: ['result'],
          breaches: ['selfInspectionMissing'],
        }),
      ],
    },
    {
      name: 'a unit graded 不合格 is criticised publicly and the failure is recorded',
      steps: [
        ...throughAssessment(2018),
        propose('2019-12-18T10:00:00+08:00', scores(50, { effect: 40 })),
        on('a').send('2019-12-20T10:00:00+08:00', 'result.approved', {}, office, {
          state: 'concluded',
          notices: ['result', 'criticism'],
          breaches: ['failed'],
        }),
      ],
    },
    {
      name: 'the steps of 第六条 cannot be skipped or taken by the wrong party, and scores stay within 0–100',
      steps: [
        on('a').open('2019-12-02T09:00:00+08:00', { unit: '兴隆镇人民政府', unitKind: 'township', year: 2019 }, { actor: office }),
        on('a').send('2019-12-02T09:30:00+08:00', 'plan.issued', { title: '方案', requirements: '自查' }, office, {
          rejected: 'EVENT_NOT_ALLOWED',
        }),
        on('a').send('2019-12-02T09:40:00+08:00', 'team.formed', { members: ['马主任'] }, unit, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('a').send('2019-12-02T09:50:00+08:00', 'team.formed', { members: [] }, office, { rejected: 'INVALID_PAYLOAD' }),
        on('a').send('2019-12-02T10:00:00+08:00', 'team.formed', { members: ['马主任'] }, office, { state: 'planning' }),
        on('a').send('2019-12-02T11:00:00+08:00', 'plan.issued', { title: '方案', requirements: '自查' }, team, {
          state: 'selfInspecting',
        }),
        on('a').send('2019-12-03T10:00:00+08:00', 'opinion.proposed', { scores: scores(70), routineInspection: '—', opinion: '—' }, team, {
          rejected: 'EVENT_NOT_ALLOWED',
        }),
        on('a').send('2019-12-04T10:00:00+08:00', 'selfInspection.submitted', { findings: '无' }, unit, { state: 'assessing' }),
        on('a').send('2019-12-05T10:00:00+08:00', 'assessment.conducted', { methods: [], findings: '—' }, team, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('a').send('2019-12-05T11:00:00+08:00', 'assessment.conducted', { methods: ['documents'], findings: '—' }, team, {
          state: 'proposing',
        }),
        on('a').send('2019-12-06T10:00:00+08:00', 'opinion.proposed', { scores: scores(120), routineInspection: '—', opinion: '—' }, team, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('a').send('2019-12-06T11:00:00+08:00', 'result.approved', {}, office, { rejected: 'EVENT_NOT_ALLOWED' }),
        propose('2019-12-09T10:00:00+08:00', scores(70)),
        on('a').send('2019-12-10T10:00:00+08:00', 'result.approved', {}, team, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('a').send('2019-12-10T11:00:00+08:00', 'result.approved', {}, office, { state: 'concluded', notices: ['result'] }),
      ],
    },
  ],
});

describe('the result notice of 第六条(五)', () => {
  it('carries the measured figures of both duties and the computed grade beside the team’s', async () => {
    const { engine, cases } = await runScenario({
      name: '县教育局 2019',
      modules: [assessment, disclosureRequest, proactiveDisclosure, confidentialityReview],
      steps: [
        ...educationYear,
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(85), { grade: 'excellent', gradeReasons: '综合平时检查' }),
        on('a').send('2019-12-23T10:00:00+08:00', 'result.approved', {}, office),
      ],
    });
    const view = await engine.getCase(cases['a']!);
    const result = view.case.notices.find((n) => n.name === 'result');
    expect(result?.data).toMatchObject({
      grade: 'excellent',
      computedGrade: 'good' /* (5 × 85 + 60) / 6 = 80.8 */,
      gradeReasons: '综合平时检查',
      total: 80.8,
      areas: { procedureAndTimeliness: 60 },
      timeliness: { application: { met: 2, missed: 1, open: 0 }, proactive: { met: 1, missed: 1, open: 0 }, rate: 0.6 },
    });
    const closed = (await engine.history(cases['a']!)).find((e) => e.kind === 'case.closed');
    expect((closed?.data as { output?: unknown } | undefined)?.output).toMatchObject({
      grade: 'excellent',
      computedGrade: 'good',
      timeliness: { rate: 0.6 },
    });
  });
});
