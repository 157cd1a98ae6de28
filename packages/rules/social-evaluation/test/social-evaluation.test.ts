import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  finalResults,
  type Representative,
  representativeSchema,
  socialEvaluation,
  socialEvaluationInputSchema,
  yearDeadlineFrom,
} from '../src/index.js';

const readme = new URL('../README.md', import.meta.url).pathname;

const office = { id: 'zwgk-office', role: 'office', name: '县政务公开联席会议办公室' } as const;
const education = { id: 'edu', role: 'evaluatedUnit', name: '县教育局' } as const;
const power = { id: 'power', role: 'evaluatedUnit', name: '县供电公司' } as const;

const EDU = '县教育局';
const POWER = '县供电公司';
const plan = {
  workingBody: '县政务公开社会评议工作领导小组办公室',
  plan: '2019年度政务公开社会评议实施方案',
  targets: [
    { name: EDU, kind: 'department' },
    { name: POWER, kind: 'publicServiceIndustry' },
  ],
  contents: ['truthfulAndAccurate', 'timely', 'procedureCompliant', 'systemImplemented'],
  procedure: '走访座谈、评议大会、整改、民主测评',
};

const allConditions = {
  enthusiastic: true,
  policyCompetence: true,
  factualAndClose: true,
  lawAbidingAndFair: true,
  healthyAndAvailable: true,
};
const rep = (name: string, extra: Partial<Representative> = {}) => ({
  name,
  employer: '县人大常委会',
  source: 'npcDeputy',
  conditions: allConditions,
  sideRoles: [],
  ...extra,
});

const prepared = {
  trainingHeld: true,
  publicity: '县电视台、政府网站发布评议公告',
  commitmentsPublished: [EDU, POWER],
  selfInspected: [EDU, POWER],
};
const survey = { methods: ['visit', 'symposium'], opinionsCollected: 126, problems: [{ target: EDU, problem: '招生政策公开不及时' }] };
const assembly = {
  representativesPresent: 2,
  governmentLeaders: ['副县长'],
  targetHeadsPresent: [EDU, POWER],
  problems: [{ target: POWER, problem: '停电信息公告不全' }],
};
const rectification = (target: string) => ({ target, measures: ['建立公开台账'], result: '已整改' });
const appraisal = {
  indicators: ['问卷测评', '代表评议'],
  results: [
    { target: EDU, score: 88, grade: 'good' },
    { target: POWER, score: 92, grade: 'excellent' },
  ],
};
const reported = {
  partyCommitteeAndGovernment: true,
  npcStandingCommittee: true,
  higherJointMeetingOffice: '固原市政务公开联席会议办公室',
  superiorDepartments: ['固原市教育局', '国网宁夏电力公司固原供电公司'],
  publishedVia: ['西吉县人民政府网站'],
};

const { open, send, tick } = caseSteps('e', { module: 'social-evaluation', actor: office });

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'the 2019 evaluation runs its five steps in order with eligible representatives and is reported and published before the year ends',
    steps: [
      // 8 760 hours on the clock from 2019-01-01 0:00: 24:00 on 31 December 2019; warned 30 days ahead.
      open(
        '2019-03-01T09:00:00+08:00',
        { year: 2019 },
        {
          actor: office,
          expect: {
            state: 'evaluation.planning',
            deadlines: { year: { dueAt: '2020-01-01T00:00:00+08:00', warnAt: '2019-12-02T00:00:00+08:00', status: 'running' } },
          },
        },
      ),
      send('2019-03-01T10:00:00+08:00', 'survey.completed', survey, undefined, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-03-01T10:05:00+08:00', 'plan.adopted', plan, education, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2019-03-01T10:10:00+08:00', 'plan.adopted', { ...plan, targets: [] }, undefined, { rejected: 'INVALID_PAYLOAD' }),
      send('2019-03-01T10:15:00+08:00', 'plan.adopted', plan, undefined, { state: 'evaluation.appointing' }),
      // 第九条: every condition; 第八条: no side role at an evaluated unit.
      send(
        '2019-03-05T10:00:00+08:00',
        'representative.appointed',
        rep('马某', { conditions: { ...allConditions, healthyAndAvailable: false } }),
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send(
        '2019-03-05T10:05:00+08:00',
        'representative.appointed',
        rep('李某', { sideRoles: [{ unit: EDU, role: 'conductSupervisor' }] }),
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-03-05T10:10:00+08:00', 'representative.appointed', { ...rep('王某'), source: 'retiredCadre' }, undefined, {
        rejected: 'INVALID_PAYLOAD',
      }),
      send(
        '2019-03-05T10:15:00+08:00',
        'representative.appointed',
        rep('李某', { sideRoles: [{ unit: '县财政局', role: 'selfAppointedEvaluator' }] }),
        undefined,
        { state: 'evaluation.appointing' },
      ),
      send('2019-03-05T10:20:00+08:00', 'representative.appointed', rep('李某'), undefined, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-03-05T10:25:00+08:00', 'representative.appointed', rep('张某', { source: 'serviceRecipient', employer: '某村村委会' })),
      // Step 1 names only the year's targets.
      send(
        '2019-03-20T10:00:00+08:00',
        'preparation.completed',
        { ...prepared, commitmentsPublished: [EDU, POWER, '县卫健局'] },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-03-20T10:05:00+08:00', 'preparation.completed', prepared, undefined, { state: 'evaluation.surveying', breaches: [] }),
      send(
        '2019-04-20T10:00:00+08:00',
        'survey.completed',
        { ...survey, problems: [{ target: '县卫健局', problem: '不是评议对象' }] },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-04-20T10:05:00+08:00', 'survey.completed', survey, undefined, { state: 'evaluation.assembly' }),
      send('2019-05-20T10:00:00+08:00', 'assembly.held', { ...assembly, targetHeadsPresent: [EDU, '县卫健局'] }, undefined, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      // 第五条第4项: each unit's own period to report its rectification (20 working days, the parameter's default).
      send('2019-05-20T10:05:00+08:00', 'assembly.held', assembly, undefined, {
        state: 'evaluation.rectification',
        deadlines: {
          'rectification:县教育局': { dueAt: '2019-06-19T00:00:00+08:00', status: 'running' },
          'rectification:县供电公司': { dueAt: '2019-06-19T00:00:00+08:00', status: 'running' },
        },
      }),
      send('2019-06-10T10:00:00+08:00', 'rectification.reported', rectification(EDU), undefined, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2019-06-10T10:05:00+08:00', 'rectification.reported', rectification(EDU), education, { state: 'evaluation.rectification' }),
      send('2019-06-10T10:10:00+08:00', 'rectification.reported', rectification(EDU), education, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-06-14T10:00:00+08:00', 'rectification.reported', rectification(POWER), power, {
        state: 'evaluation.appraisal',
        deadlines: { 'rectification:县供电公司': { status: 'completed', outcome: 'met' } },
      }),
      send('2019-07-20T10:00:00+08:00', 'appraisal.completed', { ...appraisal, results: appraisal.results.slice(0, 1) }, undefined, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2019-07-20T10:05:00+08:00', 'appraisal.completed', appraisal, undefined, { state: 'evaluation.reporting' }),
      // 第七条: the 人大常委会 must be among those reported to.
      send('2019-08-01T10:00:00+08:00', 'results.reported', { ...reported, npcStandingCommittee: false }, undefined, {
        rejected: 'INVALID_PAYLOAD',
      }),
      send('2019-08-01T10:05:00+08:00', 'results.reported', reported, undefined, {
        state: 'concluded',
        status: 'done',
        notices: ['resultReport', 'resultPublication'],
        breaches: [],
        deadlines: { year: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'in leap year 2020 a disqualified representative, an evaluated unit that reveals complainants and an organiser who tampers are recorded, and the year runs out before the evaluation ends',
    parameters: { 'social-evaluation': { minimumRepresentatives: 2 } },
    steps: [
      // 366 days in 2020: counted from 2 January so that 8 760 hours end at 24:00 on 31 December 2020.
      open(
        '2020-06-01T09:00:00+08:00',
        { year: 2020 },
        { actor: office, expect: { deadlines: { year: { dueAt: '2021-01-01T00:00:00+08:00', warnAt: '2020-12-02T00:00:00+08:00' } } } },
      ),
      send('2020-06-01T10:00:00+08:00', 'plan.adopted', plan),
      send('2020-06-02T10:00:00+08:00', 'representative.appointed', rep('李某')),
      send('2020-06-02T10:05:00+08:00', 'representative.appointed', rep('张某', { employer: '某村村委会' })),
      send(
        '2020-06-10T10:00:00+08:00',
        'violation.recorded',
        { by: 'representative', representative: '张某', rule: 'acceptHospitality', facts: '接受县供电公司安排的宴请', serious: true },
        undefined,
        {
          breaches: ['representativeViolation'],
          notices: ['disciplineRecommendation'],
        },
      ),
      send(
        '2020-06-10T10:05:00+08:00',
        'violation.recorded',
        { by: 'representative', representative: '张某', rule: 'otherHarm', facts: '已取消资格', serious: false },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      // One representative left: fewer than the two the plan requires.
      send('2020-06-15T10:00:00+08:00', 'preparation.completed', prepared, undefined, { rejected: 'EVENT_NOT_ALLOWED' }),
      send(
        '2020-06-15T10:05:00+08:00',
        'representative.appointed',
        rep('王某', { source: 'newsOrganisation', employer: '西吉县融媒体中心' }),
      ),
      send(
        '2020-06-15T10:10:00+08:00',
        'representative.appointed',
        rep('赵某', { source: 'industryOrganisation', employer: '县个体劳动者协会' }),
      ),
      send(
        '2020-06-15T10:15:00+08:00',
        'violation.recorded',
        { by: 'representative', representative: '赵某', rule: 'canvassVotes', facts: '替被评单位拉票', serious: false },
        undefined,
        {
          breaches: ['representativeViolation', 'representativeViolation'],
          notices: [],
        },
      ),
      send('2020-06-15T10:20:00+08:00', 'preparation.completed', prepared, undefined, { state: 'evaluation.surveying' }),
      send(
        '2020-07-01T10:00:00+08:00',
        'violation.recorded',
        { by: 'evaluatedUnit', target: '县卫健局', persons: ['某'], rule: 'retaliate', facts: '不是评议对象' },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send(
        '2020-07-01T10:05:00+08:00',
        'violation.recorded',
        { by: 'evaluatedUnit', target: EDU, persons: ['某股长'], rule: 'revealComplainants', facts: '打听并泄露投诉人姓名' },
        undefined,
        {
          breaches: ['representativeViolation', 'representativeViolation', 'evaluatedUnitViolation'],
          notices: ['accountabilityReferral'],
        },
      ),
      send(
        '2020-07-02T10:00:00+08:00',
        'violation.recorded',
        { by: 'organiser', unit: '县政务公开办公室', persons: ['某工作人员'], rule: 'tamperWithResults', facts: '改动测评统计表' },
        undefined,
        {
          notices: ['accountabilityReferral'],
        },
      ),
      send(
        '2020-07-02T10:05:00+08:00',
        'violation.recorded',
        { by: 'organiser', unit: '县政务公开办公室', rule: 'tamperWithResults', facts: '改动测评统计表' },
        undefined,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      send('2020-09-01T10:00:00+08:00', 'survey.completed', survey),
      tick('2020-12-02T00:00:00+08:00', { fired: ['year:warning'] }),
      tick('2021-01-01T00:00:00+08:00' /* 元旦: 24:00 on 31 December 2020 has passed */, {
        fired: ['year:due'],
        state: 'evaluation.assembly',
        breaches: ['representativeViolation', 'representativeViolation', 'evaluatedUnitViolation', 'organiserViolation', 'notHeldInYear'],
      }),
      // The evaluation still goes on, late.
      send('2021-01-08T10:00:00+08:00', 'assembly.held', assembly),
      send('2021-01-12T10:00:00+08:00', 'rectification.reported', rectification(EDU), education),
      send('2021-01-12T10:05:00+08:00', 'rectification.reported', rectification(POWER), power, { state: 'evaluation.appraisal' }),
      send('2021-01-20T10:00:00+08:00', 'appraisal.completed', appraisal),
      // 第十二条: 县教育局 is reported unqualified whatever its score.
      send('2021-01-25T10:00:00+08:00', 'results.reported', reported, undefined, {
        state: 'concluded',
        notices: ['resultReport', 'resultPublication'],
        deadlines: { year: { status: 'completed', outcome: 'missed' } },
      }),
    ],
  },
  // 第五条 (一年一次): a year's case may be opened in that year, or in the year before to plan ahead, leap year or
  // not; the year deadline still falls due at 24:00 on 31 December (in a leap year its 8 760 hours run from 2 January).
  ...(
    [
      { year: 2020, openedAt: '2020-01-01T00:00:00+08:00', premature: false, dueAt: '2021-01-01T00:00:00+08:00' },
      { year: 2020, openedAt: '2020-01-01T09:30:00+08:00', premature: false, dueAt: '2021-01-01T00:00:00+08:00' },
      // Planning ahead in December: the case is open and its year deadline counts from the year itself.
      { year: 2020, openedAt: '2019-12-31T23:59:59+08:00', premature: false, dueAt: '2021-01-01T00:00:00+08:00' },
      { year: 2020, openedAt: '2018-12-28T09:00:00+08:00', premature: true, dueAt: null },
      { year: 2019, openedAt: '2019-01-01T00:00:00+08:00', premature: false, dueAt: '2020-01-01T00:00:00+08:00' },
      { year: 2021, openedAt: '2021-01-01T10:00:00+08:00', premature: false, dueAt: '2022-01-01T00:00:00+08:00' },
      { year: 2021, openedAt: '2020-12-31T23:00:00+08:00', premature: false, dueAt: '2022-01-01T00:00:00+08:00' },
    ] as const
  ).map(
    ({ year, openedAt, premature, dueAt }): Omit<Scenario, 'modules'> => ({
      name: `第五条: the ${year} case opened at ${openedAt} is ${premature ? 'closed at once as premature' : 'opened and runs to 24:00 on 31 December'}`,
      steps: [
        open(
          openedAt,
          { year },
          {
            actor: office,
            expect: premature
              ? { state: 'premature', status: 'done', deadlines: { year: 'absent' } }
              : { state: 'evaluation.planning', status: 'open', deadlines: { year: { dueAt, status: 'running' } } },
          },
        ),
      ],
    }),
  ),
  // 第十四条 (有效期至2022年4月30日): a year is evaluated only if its 31 December is within the rules' validity.
  ...(
    [
      { year: 2022, openedAt: '2022-01-04T09:00:00+08:00', accepted: false },
      { year: 2022, openedAt: '2022-04-29T09:00:00+08:00', accepted: false },
      { year: 2017, openedAt: '2018-04-02T09:00:00+08:00', accepted: false },
      { year: 2018, openedAt: '2018-04-02T09:00:00+08:00', accepted: true },
      { year: 2021, openedAt: '2021-12-31T23:00:00+08:00', accepted: true },
    ] as const
  ).map(
    ({ year, openedAt, accepted }): Omit<Scenario, 'modules'> => ({
      name: `第十四条: a case for ${year} opened at ${openedAt} is ${accepted ? 'accepted' : 'refused'}`,
      steps: [
        open(
          openedAt,
          { year },
          {
            actor: office,
            expect: accepted
              ? { state: 'evaluation.planning', deadlines: { year: { dueAt: `${year + 1}-01-01T00:00:00+08:00` } } }
              : { rejected: 'INVALID_PAYLOAD' },
          },
        ),
      ],
    }),
  ),
  {
    name: 'a case for 2020 opened in December 2019 plans ahead: the plan is adopted and representatives appointed in December, and the year runs from 2020',
    steps: [
      open(
        '2019-12-20T09:00:00+08:00',
        { year: 2020 },
        {
          actor: office,
          expect: {
            state: 'evaluation.planning',
            status: 'open',
            deadlines: { year: { dueAt: '2021-01-01T00:00:00+08:00', warnAt: '2020-12-02T00:00:00+08:00', status: 'running' } },
          },
        },
      ),
      send('2019-12-23T10:00:00+08:00', 'plan.adopted', { ...plan, plan: '2020年度政务公开社会评议实施方案' }, undefined, {
        state: 'evaluation.appointing',
      }),
      send('2019-12-27T10:00:00+08:00', 'representative.appointed', rep('李某')),
      send('2020-03-02T10:00:00+08:00', 'preparation.completed', prepared, undefined, { state: 'evaluation.surveying', breaches: [] }),
    ],
  },
  {
    name: 'one defaulting unit is recorded at each step of 第五条 and does not hold the county’s evaluation: no commitments or self-inspection, head absent, rectification never reported in its period (reported late, recorded)',
    steps: [
      open('2019-03-01T09:00:00+08:00', { year: 2019 }, { actor: office }),
      send('2019-03-01T10:15:00+08:00', 'plan.adopted', plan),
      send('2019-03-05T10:25:00+08:00', 'representative.appointed', rep('张某', { source: 'serviceRecipient', employer: '某村村委会' })),
      send(
        '2019-03-20T10:05:00+08:00',
        'preparation.completed',
        { ...prepared, commitmentsPublished: [EDU], selfInspected: [EDU] },
        undefined,
        { state: 'evaluation.surveying', breaches: ['commitmentsNotPublished', 'selfInspectionMissing'] },
      ),
      send('2019-04-20T10:05:00+08:00', 'survey.completed', survey, undefined, { state: 'evaluation.assembly' }),
      send('2019-05-20T10:05:00+08:00', 'assembly.held', { ...assembly, representativesPresent: 1, targetHeadsPresent: [EDU] }, undefined, {
        state: 'evaluation.rectification',
        breaches: ['commitmentsNotPublished', 'selfInspectionMissing', 'headAbsent'],
      }),
      send('2019-06-10T10:05:00+08:00', 'rectification.reported', rectification(EDU), education, { state: 'evaluation.rectification' }),
      // 20 working days from the assembly (2019-05-20) end at 24:00 on 2019-06-18 (端午 06-07 skipped): 县供电公司 has not reported.
      tick('2019-06-19T00:00:00+08:00', {
        fired: ['rectification:县供电公司:due'],
        state: 'evaluation.appraisal',
        breaches: ['commitmentsNotPublished', 'selfInspectionMissing', 'headAbsent', 'rectificationNotReported'],
        deadlines: {
          'rectification:县教育局': { status: 'completed', outcome: 'met' },
          'rectification:县供电公司': { status: 'completed', outcome: 'missed' },
        },
      }),
      // The late report is recorded all the same; a second one is not.
      send('2019-06-28T10:00:00+08:00', 'rectification.reported', rectification(POWER), power, { state: 'evaluation.appraisal' }),
      send('2019-06-28T10:05:00+08:00', 'rectification.reported', rectification(POWER), power, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-07-20T10:05:00+08:00', 'appraisal.completed', appraisal, undefined, { state: 'evaluation.reporting' }),
      send('2019-08-01T10:05:00+08:00', 'results.reported', reported, undefined, {
        state: 'concluded',
        status: 'done',
        notices: ['resultReport', 'resultPublication'],
        breaches: ['commitmentsNotPublished', 'selfInspectionMissing', 'headAbsent', 'rectificationNotReported'],
      }),
    ],
  },
  {
    name: '第十一条、第十二条: discipline found after the results were published is recorded on the concluded case — the unit referred and its result corrected to 不合格, a representative’s serious breach sent to the employer, the organiser referred',
    steps: [
      open('2019-03-01T09:00:00+08:00', { year: 2019 }, { actor: office }),
      send('2019-03-01T10:15:00+08:00', 'plan.adopted', plan),
      send('2019-03-05T10:25:00+08:00', 'representative.appointed', rep('张某', { source: 'serviceRecipient', employer: '某村村委会' })),
      send('2019-03-20T10:05:00+08:00', 'preparation.completed', prepared),
      send('2019-04-20T10:05:00+08:00', 'survey.completed', survey),
      send('2019-05-20T10:05:00+08:00', 'assembly.held', { ...assembly, representativesPresent: 1 }),
      send('2019-06-10T10:05:00+08:00', 'rectification.reported', rectification(EDU), education),
      send('2019-06-11T10:05:00+08:00', 'rectification.reported', rectification(POWER), power),
      send('2019-07-20T10:05:00+08:00', 'appraisal.completed', appraisal),
      send('2019-08-01T10:05:00+08:00', 'results.reported', reported, undefined, { state: 'concluded', status: 'done' }),
      send(
        '2019-09-10T10:00:00+08:00',
        'violation.recorded',
        { by: 'evaluatedUnit', target: POWER, persons: ['某经理'], rule: 'acceptHospitality', facts: '评议期间宴请评议代表，事后查实' },
        undefined,
        {
          state: 'concluded',
          status: 'done',
          breaches: ['evaluatedUnitViolation'],
          notices: ['accountabilityReferral', 'resultCorrection'],
        },
      ),
      send(
        '2019-09-10T10:05:00+08:00',
        'violation.recorded',
        { by: 'representative', representative: '张某', rule: 'acceptHospitality', facts: '接受县供电公司宴请', serious: true },
        undefined,
        { breaches: ['evaluatedUnitViolation', 'representativeViolation'], notices: ['disciplineRecommendation'] },
      ),
      send(
        '2019-09-11T10:00:00+08:00',
        'violation.recorded',
        { by: 'organiser', unit: '县政务公开办公室', persons: ['某工作人员'], rule: 'tamperWithResults', facts: '改动测评统计表' },
        undefined,
        {
          breaches: ['evaluatedUnitViolation', 'representativeViolation', 'organiserViolation'],
          notices: ['accountabilityReferral'],
        },
      ),
      // Not evaluated this year, not a representative of the year: refused, nothing recorded.
      send(
        '2019-09-12T10:00:00+08:00',
        'violation.recorded',
        { by: 'evaluatedUnit', target: '县卫健局', persons: ['某'], rule: 'retaliate', facts: '不是评议对象' },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send(
        '2019-09-12T10:05:00+08:00',
        'violation.recorded',
        { by: 'representative', representative: '钱某', rule: 'otherHarm', facts: '不是本年度评议代表', serious: false },
        undefined,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-09-12T10:10:00+08:00', 'survey.completed', survey, undefined, { rejected: 'CASE_CLOSED' }),
    ],
  },
];

describeRuleModule(socialEvaluation, { readme, scenarios });

describe('representative eligibility (第八条, 第九条)', () => {
  const targets = [EDU, POWER];
  const candidate = representativeSchema.parse(rep('李某'));
  it('accepts a candidate who meets every condition and holds no side role at an evaluated unit', () => {
    expect(checkEligibility(candidate, targets)).toEqual({ eligible: true, problems: [] });
  });
  it('names each condition of 第九条 that is not met', () => {
    for (const condition of Object.keys(allConditions) as (keyof typeof allConditions)[]) {
      const result = checkEligibility({ ...candidate, conditions: { ...allConditions, [condition]: false } }, targets);
      expect(result.eligible, condition).toBe(false);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(/^第九条/);
    }
  });
  it('refuses a self-appointed evaluator or conduct supervisor of an evaluated unit, not of another unit', () => {
    expect(checkEligibility({ ...candidate, sideRoles: [{ unit: POWER, role: 'selfAppointedEvaluator' }] }, targets).problems).toEqual([
      '第八条: 兼任被评单位县供电公司自聘的评议代表',
    ]);
    expect(checkEligibility({ ...candidate, sideRoles: [{ unit: EDU, role: 'conductSupervisor' }] }, targets).problems).toEqual([
      '第八条: 兼任被评单位县教育局的政风行风监督员',
    ]);
    expect(checkEligibility({ ...candidate, sideRoles: [{ unit: '县财政局', role: 'conductSupervisor' }] }, targets).eligible).toBe(true);
  });
  it('does not mutate its arguments', () => {
    const frozen = Object.freeze({
      ...candidate,
      sideRoles: Object.freeze([{ unit: EDU, role: 'conductSupervisor' as const }]),
    }) as Representative;
    const frozenTargets = Object.freeze([...targets]);
    expect(() => checkEligibility(frozen, frozenTargets)).not.toThrow();
  });
  it('takes representatives only from the sources of 第八条', () => {
    expect(representativeSchema.safeParse({ ...rep('某'), source: 'cppccMember' }).success).toBe(true);
    expect(representativeSchema.safeParse({ ...rep('某'), source: 'anyone' }).success).toBe(false);
  });
});

describe('the year and the results', () => {
  it('refuses a year that ends after the rules expire (第十四条), saying why', () => {
    expect(socialEvaluation.inForce).toEqual({ from: '2018-04-01', to: '2022-04-30' });
    const refused = socialEvaluationInputSchema.safeParse({ year: 2022 });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      'year must be 2021 or earlier: year 2022 ends after the rules expire on 2022-04-30 (第十四条), so they demand no evaluation of it',
    );
    expect(socialEvaluationInputSchema.safeParse({ year: 2017 }).error?.issues[0]?.message).toBe(
      'year must be 2018 or later: the rules take effect on 2018-04-01 (第十四条)',
    );
    expect(socialEvaluationInputSchema.parse({ year: 2021 })).toEqual({ year: 2021 });
  });
  it('counts the yearly deadline so that 8 760 hours end at 24:00 on 31 December', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022]) {
      expect(new Date(Date.parse(yearDeadlineFrom(year)) + 8760 * 3_600_000).toISOString(), String(year)).toBe(
        `${year}-12-31T16:00:00.000Z`,
      );
    }
  });
  it('lists a target that broke the discipline as unqualified whatever its grade (第十二条), without mutating the results', () => {
    const results = [
      { target: EDU, score: 88, grade: 'good' as const },
      { target: POWER, score: 92, grade: 'excellent' as const },
    ];
    expect(finalResults(results, [EDU])).toEqual([{ target: EDU, score: 88, grade: 'unqualified' }, results[1]]);
    expect(results[0]!.grade).toBe('good');
  });
  it('reports the result with the violating unit unqualified', async () => {
    const { engine, cases } = await runScenario({ ...scenarios[1]!, modules: [socialEvaluation] });
    const view = await engine.getCase(cases.e!);
    const report = view.case.notices.find((n) => n.name === 'resultReport')!;
    expect(report.data).toMatchObject({ year: 2020, unqualified: [EDU] });
    expect(report.data.recipients).toEqual([
      '县委',
      '县人民政府',
      '县人大常委会',
      '固原市政务公开联席会议办公室',
      '固原市教育局',
      '国网宁夏电力公司固原供电公司',
    ]);
    const recommendation = view.case.notices.find((n) => n.name === 'disciplineRecommendation')!;
    expect(recommendation.data).toMatchObject({ representative: '张某', employer: '某村村委会', rule: 'acceptHospitality' });
  });
});
