import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { proactiveDisclosure } from '@zwgk/rule-proactive-disclosure';
import { describeRuleModule, runScenario, type ScenarioStep } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { application as disclosureApplication } from '../../disclosure-request/test/fixtures.js';
import { assessment } from '../src/index.js';

const M = 'assessment';
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
    {
      at: '2019-12-02T09:00:00+08:00',
      open: { as: 'a', module: M, input: { unit: '县教育局', unitKind: 'department', year }, actor: office },
      expect: { state: 'formingTeam' },
    },
    {
      at: '2019-12-02T10:00:00+08:00',
      send: {
        case: 'a',
        type: 'team.formed',
        payload: { members: ['政务公开办 马主任', '县督查室 李科长'], departments: ['县督查室'] },
        actor: office,
      },
      expect: { state: 'planning' },
    },
    {
      at: '2019-12-03T10:00:00+08:00',
      send: {
        case: 'a',
        type: 'plan.issued',
        payload: { title: '2019年度政务公开考核方案', requirements: '按第四条六方面自查' },
        actor: office,
      },
      expect: { state: 'selfInspecting' },
    },
    {
      at: '2019-12-10T10:00:00+08:00',
      send: { case: 'a', type: 'selfInspection.submitted', payload: { findings: '目录更新不及时' }, actor: unit },
      expect: { state: 'assessing' },
    },
    {
      at: '2019-12-16T10:00:00+08:00',
      send: {
        case: 'a',
        type: 'assessment.conducted',
        payload: { methods: ['briefing', 'documents', 'onSiteInspection', 'comprehensiveReview'], findings: '资料齐全' },
        actor: team,
      },
      expect: { state: 'proposing' },
    },
  ];
}

const propose = (at: string, s: Record<string, number>, extra: Record<string, unknown> = {}): ScenarioStep => ({
  at,
  send: {
    case: 'a',
    type: 'opinion.proposed',
    payload: { scores: s, routineInspection: '平时检查无问题', opinion: '工作扎实', ...extra },
    actor: team,
  },
  expect: { state: 'approving' },
});

const clerk = { id: 'clerk-ma', role: 'clerk' } as const;
const application = disclosureApplication();

/** An application to `agency` opened at `opened` and answered (未制作该信息, 第九条) at `answered`. */
function applicationCase(as: string, agency: string, opened: string, answered: string): ScenarioStep[] {
  return [
    { at: opened, open: { as, module: 'disclosure-request', input: application, actor: clerk, agency } },
    { at: answered, send: { case: as, type: 'reply.nonexistent', payload: { explanation: '未制作该信息' }, actor: clerk } },
  ];
}

/** A proactive item of `agency` formed at `opened`, reviewed (保密审查) in the next days and published at `published`. */
function proactiveCase(as: string, agency: string, opened: string, published: string): ScenarioStep[] {
  const day = (n: number) => `${opened.slice(0, 8)}${String(Number(opened.slice(8, 10)) + n).padStart(2, '0')}T09:00:00+08:00`;
  const actor = (role: string) => ({ id: role, role });
  return [
    {
      at: opened,
      open: {
        as,
        module: 'proactive-disclosure',
        agency,
        actor: actor('publisher'),
        input: {
          item: { title: '县教育局2019年学生资助资金分配结果', documentNumber: null },
          change: 'formed',
          basis: { article: '第四条', item: 'administrativeFees' },
          publisher: { name: agency, level: 'countyDepartment' },
          major: false,
        },
      },
    },
    { at: day(1), send: { case: as, type: 'review.requested', payload: { originatingDepartment: agency }, actor: actor('publisher') } },
    {
      at: day(2),
      send: {
        case: `${as}/review`,
        type: 'initialOpinion.given',
        payload: { opinion: 'disclosable' },
        actor: actor('originatingDepartment'),
      },
    },
    {
      at: day(3),
      send: { case: `${as}/review`, type: 'headReview.given', payload: { verdict: 'approve' }, actor: actor('departmentHead') },
    },
    {
      at: day(4),
      send: { case: `${as}/review`, type: 'leaderReview.given', payload: { verdict: 'approve' }, actor: actor('leaderInCharge') },
    },
    {
      at: day(5),
      send: { case: `${as}/review`, type: 'officeReview.given', payload: { verdict: 'approve' }, actor: actor('disclosureOffice') },
    },
    {
      at: day(6),
      send: { case: `${as}/review`, type: 'bureauApproval.given', payload: { verdict: 'approve' }, actor: actor('secrecyBureau') },
    },
    {
      at: published,
      send: {
        case: as,
        type: 'item.published',
        payload: { channels: ['portal', 'noticeBoard'], location: 'http://www.nxxj.gov.cn/xxgk/' },
        actor: actor('publisher'),
      },
      expect: { case: as, state: 'published' },
    },
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
        {
          at: '2019-12-20T10:00:00+08:00',
          send: {
            case: 'a',
            type: 'result.approved',
            payload: { outstandingIndividuals: [{ name: '马明', contribution: '建成政务公开专栏' }] },
            actor: office,
          },
          expect: { state: 'concluded', status: 'done', notices: ['result', 'commendation', 'individualReward'], breaches: [] },
        },
      ],
    },
    {
      name: '第四条(五) is measured from the unit’s cases of the year, both duties: 3 of 5 periods kept (2 of 3 replies, 1 of 2 publications) caps 程序和时限 at 60 and pulls a unit the team scored 95 down to 良好',
      steps: [
        ...educationYear,
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95)) /* (5 × 95 + 60) / 6 = 89.2 */,
        {
          at: '2019-12-23T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result'], breaches: [] },
        },
      ],
    },
    {
      name: 'with capTimeliness off the team’s 95 for 程序和时限 stands beside the measured 3 of 5, and the unit is 优秀 and commended',
      parameters: { assessment: { capTimeliness: false } },
      steps: [
        ...educationYear,
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95)),
        {
          at: '2019-12-23T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result', 'commendation'], breaches: [] },
        },
      ],
    },
    {
      name: '第六条(五): the 考核组 sets the grade with its reasons (the computed one kept beside it), after the office returned a proposal; a grade off the scale or without reasons is refused',
      steps: [
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(85)),
        {
          at: '2019-12-19T10:00:00+08:00',
          send: { case: 'a', type: 'result.returned', payload: { reason: '平时检查情况未综合' }, actor: office },
          expect: { state: 'proposing' },
        },
        {
          at: '2019-12-19T11:00:00+08:00',
          send: {
            case: 'a',
            type: 'opinion.proposed',
            payload: { scores: scores(85), routineInspection: '—', opinion: '—', grade: 'excellent' },
            actor: team,
          },
          expect: { rejected: 'INVALID_PAYLOAD' /* no reasons */ },
        },
        {
          at: '2019-12-19T11:10:00+08:00',
          send: {
            case: 'a',
            type: 'opinion.proposed',
            payload: {
              scores: scores(85),
              routineInspection: '—',
              opinion: '—',
              grade: 'basicPass',
              gradeReasons: '基本合格不在第五条所定义的等次中',
            },
            actor: team,
          },
          expect: { rejected: 'EVENT_NOT_ALLOWED' /* not on the scale the text defines */ },
        },
        propose('2019-12-20T10:00:00+08:00', scores(85), {
          grade: 'excellent',
          gradeReasons: '综合平时检查，全年政务公开专栏更新及时，群众评价满意',
        }) /* computed 85: 良好 */,
        {
          at: '2019-12-23T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result', 'commendation'], breaches: [] },
        },
      ],
    },
    {
      name: 'a unit that never inspects itself does not hold the assessment (第六条(三)): the team assesses without it and the missing self-inspection is recorded',
      steps: [
        ...throughAssessment().slice(0, 3),
        {
          at: '2019-12-16T10:00:00+08:00',
          send: {
            case: 'a',
            type: 'assessment.conducted',
            payload: { methods: ['documents', 'onSiteInspection'], findings: '未报送自查报告' },
            actor: team,
          },
          expect: { state: 'proposing', breaches: ['selfInspectionMissing'] },
        },
        {
          at: '2019-12-17T10:00:00+08:00',
          send: { case: 'a', type: 'selfInspection.submitted', payload: { findings: '补报' }, actor: unit },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        propose('2019-12-18T10:00:00+08:00', scores(75)),
        {
          at: '2019-12-20T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result'], breaches: ['selfInspectionMissing'] },
        },
      ],
    },
    {
      name: 'a unit graded 不合格 is criticised publicly and the failure is recorded',
      steps: [
        ...throughAssessment(2018),
        propose('2019-12-18T10:00:00+08:00', scores(50, { effect: 40 })),
        {
          at: '2019-12-20T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result', 'criticism'], breaches: ['failed'] },
        },
      ],
    },
    {
      name: 'the steps of 第六条 cannot be skipped or taken by the wrong party, and scores stay within 0–100',
      steps: [
        {
          at: '2019-12-02T09:00:00+08:00',
          open: { as: 'a', module: M, input: { unit: '兴隆镇人民政府', unitKind: 'township', year: 2019 }, actor: office },
        },
        {
          at: '2019-12-02T09:30:00+08:00',
          send: { case: 'a', type: 'plan.issued', payload: { title: '方案', requirements: '自查' }, actor: office },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        {
          at: '2019-12-02T09:40:00+08:00',
          send: { case: 'a', type: 'team.formed', payload: { members: ['马主任'] }, actor: unit },
          expect: { rejected: 'ROLE_NOT_ALLOWED' },
        },
        {
          at: '2019-12-02T09:50:00+08:00',
          send: { case: 'a', type: 'team.formed', payload: { members: [] }, actor: office },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2019-12-02T10:00:00+08:00',
          send: { case: 'a', type: 'team.formed', payload: { members: ['马主任'] }, actor: office },
          expect: { state: 'planning' },
        },
        {
          at: '2019-12-02T11:00:00+08:00',
          send: { case: 'a', type: 'plan.issued', payload: { title: '方案', requirements: '自查' }, actor: team },
          expect: { state: 'selfInspecting' },
        },
        {
          at: '2019-12-03T10:00:00+08:00',
          send: {
            case: 'a',
            type: 'opinion.proposed',
            payload: { scores: scores(70), routineInspection: '—', opinion: '—' },
            actor: team,
          },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        {
          at: '2019-12-04T10:00:00+08:00',
          send: { case: 'a', type: 'selfInspection.submitted', payload: { findings: '无' }, actor: unit },
          expect: { state: 'assessing' },
        },
        {
          at: '2019-12-05T10:00:00+08:00',
          send: { case: 'a', type: 'assessment.conducted', payload: { methods: [], findings: '—' }, actor: team },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2019-12-05T11:00:00+08:00',
          send: { case: 'a', type: 'assessment.conducted', payload: { methods: ['documents'], findings: '—' }, actor: team },
          expect: { state: 'proposing' },
        },
        {
          at: '2019-12-06T10:00:00+08:00',
          send: {
            case: 'a',
            type: 'opinion.proposed',
            payload: { scores: scores(120), routineInspection: '—', opinion: '—' },
            actor: team,
          },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2019-12-06T11:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        propose('2019-12-09T10:00:00+08:00', scores(70)),
        {
          at: '2019-12-10T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: team },
          expect: { rejected: 'ROLE_NOT_ALLOWED' },
        },
        {
          at: '2019-12-10T11:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result'] },
        },
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
        { at: '2019-12-23T10:00:00+08:00', send: { case: 'a', type: 'result.approved', payload: {}, actor: office } },
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
