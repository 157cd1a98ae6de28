import { describeRuleModule } from '@zwgk/testing';
import { annualReport } from '../src/index.js';
import { M, office, report, unit } from './fixtures.js';

const edu = { unit: '县教育局', unitKind: 'department' } as const;
const township = { unit: '兴隆镇人民政府', unitKind: 'township' } as const;

describeRuleModule(annualReport, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    {
      name: 'the 2019 report is due at 24:00 on 31 March 2020, counted from 1 January because 2020 is a leap year, and is submitted on time and accepted',
      steps: [
        {
          at: '2020-01-02T09:00:00+08:00',
          open: { as: 'r', module: M, input: { ...edu, year: 2019 }, actor: office },
          expect: {
            state: 'awaitingReport',
            status: 'open',
            deadlines: {
              report: { dueAt: '2020-04-01T00:00:00+08:00', warnAt: '2020-03-17T00:00:00+08:00', status: 'running' },
              supplementary: 'absent',
            },
          },
        },
        { at: '2020-03-17T00:00:00+08:00', tick: true, expect: { case: 'r', fired: ['report:warning'] } },
        {
          at: '2020-03-31T23:00:00+08:00' /* the last hour of the period */,
          send: { case: 'r', type: 'report.submitted', payload: report(), actor: unit },
          expect: { state: 'underReview', deadlines: { report: { status: 'completed', outcome: 'met' } } },
        },
        {
          at: '2020-04-03T10:00:00+08:00',
          send: { case: 'r', type: 'report.accepted', payload: {}, actor: office },
          expect: { state: 'accepted', status: 'done', breaches: [] },
        },
      ],
    },
    {
      name: 'the 2018 report, whose last day 31 March 2019 is a Sunday, is due at 24:00 on Monday 1 April; missing it draws criticism and a new limit of 10 working days, and the late report is accepted',
      steps: [
        {
          at: '2019-01-02T09:00:00+08:00',
          open: { as: 'r', module: M, input: { ...township, year: 2018 }, actor: office },
          expect: {
            deadlines: {
              report: {
                dueAt: '2019-04-02T00:00:00+08:00' /* 2019-03-31 Sunday → 民法典第二百零三条 */,
                warnAt: '2019-03-18T00:00:00+08:00',
              },
            },
          },
        },
        {
          at: '2019-04-02T00:00:00+08:00',
          tick: true,
          expect: {
            case: 'r',
            fired: ['report:warning', 'report:due'],
            state: 'overdue',
            notices: ['criticism'],
            breaches: ['reportOverdue'],
            deadlines: {
              supplementary: {
                dueAt: '2019-04-18T00:00:00+08:00' /* 2019-04-05 清明 holiday skipped */,
                warnAt: '2019-04-13T00:00:00+08:00',
                status: 'running',
              },
            },
          },
        },
        {
          at: '2019-04-10T15:00:00+08:00',
          send: { case: 'r', type: 'report.submitted', payload: report({ plan: null }), actor: unit },
          expect: { state: 'underReview', deadlines: { supplementary: { status: 'completed', outcome: 'met' } } },
        },
        {
          at: '2019-04-11T09:00:00+08:00',
          send: { case: 'r', type: 'report.accepted', payload: { remarks: '补报' }, actor: office },
          expect: { state: 'accepted', status: 'done', breaches: ['reportOverdue'] },
        },
      ],
    },
    {
      name: 'an integrator that sets supplementaryWorkingDays to 5 gives a late unit 5 working days to report',
      parameters: { 'annual-report': { supplementaryWorkingDays: 5 } },
      steps: [
        { at: '2020-01-06T09:00:00+08:00', open: { as: 'r', module: M, input: { ...edu, year: 2019 }, actor: office } },
        // The limit starts at 2020-04-01 00:00 (not counted): 04-02, 04-03, 04-07, 04-08, 04-09; 2020-04-04…06 are 清明 holidays.
        {
          at: '2020-04-01T00:00:00+08:00',
          tick: true,
          expect: {
            case: 'r',
            fired: ['report:warning', 'report:due'],
            state: 'overdue',
            notices: ['criticism'],
            deadlines: { supplementary: { dueAt: '2020-04-10T00:00:00+08:00', length: 5 } },
          },
        },
      ],
    },
    {
      name: 'a unit that lets the new limit pass as well is recommended for the loss of the year’s commendations and awards',
      steps: [
        { at: '2020-01-06T09:00:00+08:00', open: { as: 'r', module: M, input: { ...edu, year: 2019 }, actor: office } },
        {
          at: '2020-04-01T00:00:00+08:00',
          tick: true,
          expect: {
            case: 'r',
            fired: ['report:warning', 'report:due'],
            state: 'overdue',
            deadlines: { supplementary: { dueAt: '2020-04-17T00:00:00+08:00' /* 2020-04-04…06 清明 holiday */ } },
          },
        },
        {
          at: '2020-04-17T00:00:00+08:00',
          tick: true,
          // No `notices` here: on a tick step run-scenario counts every notice of the case, not the step's (see the plain test).
          expect: {
            case: 'r',
            fired: ['supplementary:warning', 'supplementary:due'],
            state: 'refused',
            status: 'done',
            breaches: ['reportOverdue', 'refusedToRectify'],
          },
        },
      ],
    },
    {
      name: 'when missing the new limit is not itself a refusal, the office establishes the refusal to rectify',
      parameters: { [M]: { lapseIsRefusal: false } },
      steps: [
        {
          at: '2021-01-04T09:00:00+08:00',
          open: { as: 'r', module: M, input: { ...township, year: 2020 }, actor: office },
          expect: { deadlines: { report: { dueAt: '2021-04-01T00:00:00+08:00' } } },
        },
        {
          at: '2021-04-01T00:00:00+08:00',
          tick: true,
          expect: { case: 'r', fired: ['report:warning', 'report:due'], state: 'overdue', notices: ['criticism'] },
        },
        {
          at: '2021-04-17T00:00:00+08:00' /* 2021-04-03…05 清明 holiday */,
          tick: true,
          expect: { case: 'r', fired: ['supplementary:warning', 'supplementary:due'], state: 'overdue', breaches: ['reportOverdue'] },
        },
        {
          at: '2021-04-20T10:00:00+08:00',
          send: { case: 'r', type: 'report.refused', payload: { facts: '经两次催报仍拒不报送' }, actor: office },
          expect: { state: 'refused', status: 'done', notices: ['awardsRecommendation'], breaches: ['reportOverdue', 'refusedToRectify'] },
        },
      ],
    },
    {
      name: 'the office may not write a unit’s report, a report whose figures do not add up is refused, and the office cannot accept or find a refusal before a report or a lapse',
      steps: [
        { at: '2021-02-01T09:00:00+08:00', open: { as: 'r', module: M, input: { ...edu, year: 2020 }, actor: office } },
        {
          at: '2021-02-02T09:00:00+08:00',
          send: { case: 'r', type: 'report.submitted', payload: report(), actor: office },
          expect: { rejected: 'ROLE_NOT_ALLOWED' },
        },
        {
          at: '2021-02-02T10:00:00+08:00',
          send: {
            case: 'r',
            type: 'report.submitted',
            payload: report({
              basics: { ...report().basics, counts: { ...report().basics.counts, refusals: { total: 2, by: { thirdPartyObjection: 1 } } } },
            }),
            actor: unit,
          },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2021-02-02T11:00:00+08:00',
          send: { case: 'r', type: 'report.submitted', payload: report({ problems: [] }), actor: unit },
          expect: { rejected: 'INVALID_PAYLOAD' },
        },
        {
          at: '2021-02-02T12:00:00+08:00',
          send: { case: 'r', type: 'report.accepted', payload: {}, actor: office },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        {
          at: '2021-02-02T13:00:00+08:00',
          send: { case: 'r', type: 'report.refused', payload: { facts: '未报' }, actor: office },
          expect: { rejected: 'EVENT_NOT_ALLOWED', state: 'awaitingReport' },
        },
        {
          at: '2021-02-03T09:00:00+08:00',
          send: { case: 'r', type: 'report.submitted', payload: report(), actor: unit },
          expect: { state: 'underReview' },
        },
        {
          at: '2021-02-03T10:00:00+08:00',
          send: { case: 'r', type: 'report.submitted', payload: report(), actor: unit },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
      ],
    },
  ],
});
