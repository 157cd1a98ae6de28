import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { annualReport } from '../src/index.js';
import { M, office } from './fixtures.js';

describe('the notices of 第五条', () => {
  it('criticise the late unit with its new limit, circulate the criticism to every unit, then recommend the loss of awards with the facts', async () => {
    const { engine, cases } = await runScenario({
      name: 'no report at all',
      modules: [annualReport],
      steps: [
        {
          at: '2020-01-06T09:00:00+08:00',
          open: { as: 'r', module: M, input: { unit: '县教育局', unitKind: 'department', year: 2019 }, actor: office },
        },
        { at: '2020-04-17T00:00:00+08:00', tick: true },
      ],
    });
    const view = await engine.getCase(cases['r']!);
    expect(view.case.notices.map((n) => [n.name, n.recipient, n.clause, n.at, n.data])).toEqual([
      [
        'criticism',
        'reportingUnit',
        '第五条(一)',
        '2020-04-01T00:00:00+08:00',
        { unit: '县教育局', year: 2019, missedDueAt: '2020-04-01T00:00:00+08:00', supplementaryWorkingDays: 10 },
      ],
      [
        'criticismCirculation',
        'allReportingUnits',
        '第五条(一)',
        '2020-04-01T00:00:00+08:00',
        { unit: '县教育局', year: 2019, missedDueAt: '2020-04-01T00:00:00+08:00' },
      ],
      [
        'awardsRecommendation',
        'supervisingAuthority',
        '第五条(二)',
        '2020-04-17T00:00:00+08:00',
        { unit: '县教育局', year: 2019, facts: '逾期不报告，经通报批评并责令限期补报，补报期限（2020-04-17T00:00:00+08:00）届满仍未报告' },
      ],
    ]);
  });
});
