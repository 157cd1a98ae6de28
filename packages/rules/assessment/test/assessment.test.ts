import { describeRuleModule, type ScenarioStep } from '@zwgk/testing';
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

const propose = (at: string, s: Record<string, number>, onTimeReplyRate: number | null): ScenarioStep => ({
  at,
  send: {
    case: 'a',
    type: 'opinion.proposed',
    payload: { scores: s, routineInspection: '平时检查无问题', opinion: '工作扎实', measured: { onTimeReplyRate } },
    actor: team,
  },
  expect: { state: 'approving' },
});

describeRuleModule(assessment, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    {
      name: 'an excellent unit goes through the five steps of 第六条, is notified in writing and commended, and its outstanding officer rewarded',
      steps: [
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95), 1),
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
      name: 'a measured on-time reply rate of 50% caps 程序和时限 and pulls a unit the team scored 90 down to 良好, after the office returned the first proposal',
      steps: [
        ...throughAssessment(),
        propose('2019-12-18T10:00:00+08:00', scores(95), null),
        {
          at: '2019-12-19T10:00:00+08:00',
          send: { case: 'a', type: 'result.returned', payload: { reason: '未计入依申请公开答复时限的实测数据' }, actor: office },
          expect: { state: 'proposing' },
        },
        propose('2019-12-20T10:00:00+08:00', scores(90), 0.5) /* (5 × 90 + 50) / 6 = 83.3 */,
        {
          at: '2019-12-23T10:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { state: 'concluded', notices: ['result'], breaches: [] },
        },
      ],
    },
    {
      name: 'a unit graded 不合格 is criticised publicly and the failure is recorded',
      steps: [
        ...throughAssessment(2018),
        propose('2019-12-18T10:00:00+08:00', scores(50, { effect: 40 }), 0.2),
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
          send: { case: 'a', type: 'assessment.conducted', payload: { methods: ['documents'], findings: '—' }, actor: team },
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
            payload: { scores: scores(120), routineInspection: '—', opinion: '—', measured: { onTimeReplyRate: null } },
            actor: team,
          },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2019-12-06T11:00:00+08:00',
          send: { case: 'a', type: 'result.approved', payload: {}, actor: office },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        propose('2019-12-09T10:00:00+08:00', scores(70), null),
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
