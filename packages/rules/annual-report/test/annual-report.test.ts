import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { proactiveDisclosure } from '@zwgk/rule-proactive-disclosure';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { caseSteps, describeRuleModule } from '@zwgk/testing';
import { annualReport } from '../src/index.js';
import { M, office, report, unit } from './fixtures.js';
import { year2019Steps } from './year-2019.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: M });

const edu = { unit: '县教育局', unitKind: 'department' } as const;
const township = { unit: '兴隆镇人民政府', unitKind: 'township' } as const;

describeRuleModule(annualReport, {
  readme: new URL('../README.md', import.meta.url).pathname,
  dependencies: [disclosureRequest, confidentialityReview, proactiveDisclosure, releaseCoordination],
  scenarios: [
    {
      name: 'the 2019 report is due at 24:00 on 31 March 2020 (a leap year: 2184 hours from 1 January), submitted on time and accepted',
      steps: [
        on('r').open(
          '2020-01-02T09:00:00+08:00',
          { ...edu, year: 2019 },
          {
            actor: office,
            expect: {
              state: 'awaitingReport',
              status: 'open',
              deadlines: {
                report: { dueAt: '2020-04-01T00:00:00+08:00', warnAt: '2020-03-17T00:00:00+08:00', status: 'running', length: 2184 },
                reportRolled: 'absent',
                supplementary: 'absent',
              },
            },
          },
        ),
        on('r').tick('2020-03-17T00:00:00+08:00', { fired: ['report:warning'] }),
        on('r').send('2020-03-31T23:00:00+08:00' /* the last hour of the period */, 'report.submitted', report(), unit, {
          state: 'underReview',
          deadlines: { report: { status: 'completed', outcome: 'met' } },
        }),
        on('r').send('2020-04-03T10:00:00+08:00', 'report.accepted', {}, office, { state: 'accepted', status: 'done', breaches: [] }),
      ],
    },
    {
      name: '三月底前 is a fixed date by default: the 2018 report is due at 24:00 on Sunday 31 March 2019, not rolled; missing it draws a criticism to the unit, circulated to every unit, and a new limit of 10 working days; the late report is accepted',
      steps: [
        on('r').open(
          '2019-01-02T09:00:00+08:00',
          { ...township, year: 2018 },
          {
            actor: office,
            expect: { deadlines: { report: { dueAt: '2019-04-01T00:00:00+08:00', warnAt: '2019-03-17T00:00:00+08:00', length: 2160 } } },
          },
        ),
        on('r').tick('2019-04-01T00:00:00+08:00', {
          fired: ['report:warning', 'report:due'],
          state: 'overdue',
          notices: ['criticism', 'criticismCirculation'],
          breaches: ['reportOverdue'],
          deadlines: {
            // From Monday 04-01 00:00 (not counted): 04-02…04 (3), 04-05 清明 skipped, 04-08…12 (8), 04-15, 16 (10).
            supplementary: { dueAt: '2019-04-17T00:00:00+08:00', status: 'running' },
          },
        }),
        on('r').send('2019-04-10T15:00:00+08:00', 'report.submitted', report({ plan: null }), unit, {
          state: 'underReview',
          deadlines: { supplementary: { status: 'completed', outcome: 'met' } },
        }),
        on('r').send('2019-04-11T09:00:00+08:00', 'report.accepted', { remarks: '补报' }, office, {
          state: 'accepted',
          status: 'done',
          breaches: ['reportOverdue'],
        }),
      ],
    },
    {
      name: 'with reportDueReading rolledPastRestDay the 2018 report is due at 24:00 on Monday 1 April 2019 (《民法典》第二百零三条)',
      parameters: { [M]: { reportDueReading: 'rolledPastRestDay' } },
      steps: [
        on('r').open(
          '2019-01-02T09:00:00+08:00',
          { ...township, year: 2018 },
          {
            actor: office,
            expect: {
              deadlines: {
                report: 'absent',
                reportRolled: { dueAt: '2019-04-02T00:00:00+08:00' /* 2019-03-31 Sunday */, warnAt: '2019-03-18T00:00:00+08:00' },
              },
            },
          },
        ),
        on('r').send('2019-04-01T20:00:00+08:00', 'report.submitted', report(), unit, {
          state: 'underReview',
          breaches: [],
          deadlines: { reportRolled: { outcome: 'met' } },
        }),
      ],
    },
    {
      name: 'an integrator that sets supplementaryWorkingDays to 5 gives a late unit 5 working days to report',
      parameters: { 'annual-report': { supplementaryWorkingDays: 5 } },
      steps: [
        on('r').open('2020-01-06T09:00:00+08:00', { ...edu, year: 2019 }, { actor: office }),
        // The limit starts at 2020-04-01 00:00 (not counted): 04-02, 04-03, 04-07, 04-08, 04-09; 2020-04-04…06 are 清明 holidays.
        on('r').tick('2020-04-01T00:00:00+08:00', {
          fired: ['report:warning', 'report:due'],
          state: 'overdue',
          notices: ['criticism', 'criticismCirculation'],
          deadlines: { supplementary: { dueAt: '2020-04-10T00:00:00+08:00', length: 5 } },
        }),
      ],
    },
    {
      name: 'a unit that lets the new limit pass is recommended for the loss of the year’s awards; a report it sends later is still recorded (第五条第2项, after closure)',
      steps: [
        on('r').open('2020-01-06T09:00:00+08:00', { ...edu, year: 2019 }, { actor: office }),
        on('r').tick('2020-04-01T00:00:00+08:00', {
          fired: ['report:warning', 'report:due'],
          state: 'overdue',
          deadlines: { supplementary: { dueAt: '2020-04-17T00:00:00+08:00' /* 2020-04-04…06 清明 holiday */ } },
        }),
        // No `notices` here: on a tick step run-scenario counts every notice of the case, not the step's (see the plain test).
        on('r').tick('2020-04-17T00:00:00+08:00', {
          fired: ['supplementary:warning', 'supplementary:due'],
          state: 'refused',
          status: 'done',
          breaches: ['reportOverdue', 'refusedToRectify'],
        }),
        on('r').send('2020-05-06T09:00:00+08:00', 'report.submitted', report(), unit, {
          state: 'reportedAfterRefusal',
          status: 'done',
          breaches: ['reportOverdue', 'refusedToRectify'],
        }),
        on('r').send('2020-05-07T09:00:00+08:00', 'report.accepted', {}, office, { rejected: 'CASE_CLOSED' }),
      ],
    },
    {
      name: 'when missing the new limit is not itself a refusal, the office establishes the refusal to rectify',
      parameters: { [M]: { lapseIsRefusal: false } },
      steps: [
        on('r').open(
          '2021-01-04T09:00:00+08:00',
          { ...township, year: 2020 },
          { actor: office, expect: { deadlines: { report: { dueAt: '2021-04-01T00:00:00+08:00' } } } },
        ),
        on('r').tick('2021-04-01T00:00:00+08:00', {
          fired: ['report:warning', 'report:due'],
          state: 'overdue',
          notices: ['criticism', 'criticismCirculation'],
        }),
        on('r').tick('2021-04-17T00:00:00+08:00' /* 2021-04-03…05 清明 holiday */, {
          fired: ['supplementary:warning', 'supplementary:due'],
          state: 'overdue',
          breaches: ['reportOverdue'],
        }),
        on('r').send('2021-04-20T10:00:00+08:00', 'report.refused', { facts: '经两次催报仍拒不报送' }, office, {
          state: 'refused',
          status: 'done',
          notices: ['awardsRecommendation'],
          breaches: ['reportOverdue', 'refusedToRectify'],
        }),
      ],
    },
    {
      name: 'the office returns an incomplete report for completion (第二条), with what is missing and a period; the completed report is accepted',
      steps: [
        on('r').open('2020-01-06T09:00:00+08:00', { ...edu, year: 2019 }, { actor: office }),
        on('r').send('2020-03-02T09:00:00+08:00', 'report.submitted', report({ plan: null }), unit),
        on('r').send('2020-03-03T09:00:00+08:00', 'report.returned', { missing: '缺年初工作计划执行情况（第一条）' }, office, {
          state: 'returned',
          notices: ['reportReturned'],
          // From 03-03 (not counted): 03-04…06 (3), 03-09…13 (8), 03-16, 17 (10).
          deadlines: { completion: { dueAt: '2020-03-18T00:00:00+08:00', status: 'running', length: 10 } },
        }),
        on('r').send('2020-03-10T09:00:00+08:00', 'report.submitted', report(), unit, {
          state: 'underReview',
          deadlines: { completion: { outcome: 'met' } },
        }),
        on('r').send('2020-03-11T09:00:00+08:00', 'report.accepted', {}, office, { state: 'accepted', status: 'done', breaches: [] }),
      ],
    },
    {
      name: 'a returned report not completed within completionWorkingDays is not reported: breach, criticism circulated, new limit (第五条第1项)',
      parameters: { [M]: { completionWorkingDays: 3 } },
      steps: [
        on('r').open('2020-01-06T09:00:00+08:00', { ...edu, year: 2019 }, { actor: office }),
        on('r').send('2020-03-02T09:00:00+08:00', 'report.submitted', report(), unit),
        on('r').send('2020-03-03T09:00:00+08:00', 'report.returned', { missing: '缺主要问题的整改建议' }, office, {
          deadlines: { completion: { dueAt: '2020-03-07T00:00:00+08:00', length: 3 } },
        }),
        on('r').tick('2020-03-07T00:00:00+08:00', {
          fired: ['completion:warning', 'completion:due'],
          state: 'overdue',
          breaches: ['reportIncomplete'],
          notices: ['criticism', 'criticismCirculation'],
          deadlines: { supplementary: { status: 'running' } },
        }),
      ],
    },
    {
      name: 'the office may not write a unit’s report nor supplement figures before a report, an incomplete report is refused, and the office cannot accept or find a refusal before a report or a lapse',
      steps: [
        on('r').open('2021-02-01T09:00:00+08:00', { ...edu, year: 2020 }, { actor: office }),
        on('r').send('2021-02-02T09:00:00+08:00', 'report.submitted', report(), office, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('r').send(
          '2021-02-02T10:00:00+08:00',
          'figures.supplemented',
          { figure: 'proactive.published', add: 2, reason: '纸质公开' },
          office,
          { rejected: 'EVENT_NOT_ALLOWED' },
        ),
        on('r').send('2021-02-02T11:00:00+08:00', 'report.submitted', report({ problems: [] }), unit, { rejected: 'INVALID_PAYLOAD' }),
        on('r').send('2021-02-02T12:00:00+08:00', 'report.accepted', {}, office, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('r').send('2021-02-02T13:00:00+08:00', 'report.refused', { facts: '未报' }, office, {
          rejected: 'EVENT_NOT_ALLOWED',
          state: 'awaitingReport',
        }),
        on('r').send('2021-02-03T09:00:00+08:00', 'report.submitted', report(), unit, { state: 'underReview' }),
        on('r').send('2021-02-03T10:00:00+08:00', 'report.submitted', report(), unit, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('r').send('2021-02-03T11:00:00+08:00', 'figures.supplemented', { figure: 'proactive.published', add: 0, reason: '无' }, office, {
          rejected: 'INVALID_PAYLOAD',
        }),
      ],
    },
    {
      name: '县教育局’s year 2019: the report’s figures are derived from its applications and proactive items; the office supplements one (the hand count is in figures.test.ts); the report comes in on 6 January 2020, while a7 still awaits its correction',
      steps: [
        ...year2019Steps,
        on('r').send('2020-01-08T09:00:00+08:00', 'report.accepted', {}, office, { state: 'accepted', status: 'done' }),
      ],
    },
  ],
});
