import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { proactiveDisclosure } from '@zwgk/rule-proactive-disclosure';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { type AnnualReportContext, annualReport, FIGURES, reportFigures } from '../src/index.js';
import { handCount2019, year2019Steps } from './year-2019.js';

const modules = [annualReport, disclosureRequest, confidentialityReview, proactiveDisclosure, releaseCoordination];

describe('the figures of 第三条第1项, derived from the cases', () => {
  it('match the hand count of 县教育局’s year 2019: every answer of 依申请公开制度第九条, on time and late, and items published, withheld, not released', async () => {
    const { engine, cases } = await runScenario({ name: 'year 2019', modules, steps: year2019Steps });
    const view = await engine.getCase(cases['r']!);
    const context = (view.case.snapshot as { context: AnnualReportContext }).context;
    expect(context.figures?.derived).toEqual(handCount2019);
    // The office's supplement is kept beside the derived figure, with its reason, and added to the reported one.
    expect(context.figures?.supplements).toEqual([
      {
        figure: 'applications.disclosed',
        add: 1,
        reason: '2019年1月启用本系统前收到的纸质申请1件，已公开',
        at: '2020-01-07T09:00:00+08:00',
        by: 'disclosure-office',
      },
    ]);
    expect(context.figures?.reported).toEqual({ ...handCount2019, 'applications.disclosed': 3 });
    // The store's answers ride on the audited event: replay needs no store and finds the same figures.
    expect((await engine.replay(cases['r']!)).matches).toBe(true);
  });

  it('count a published item once and never count a withheld or not-released one as published', () => {
    const figures = reportFigures(
      {
        proactive: {
          total: 4,
          byStatus: { done: 3, open: 1 },
          byState: { published: 1, withheld: 1, notReleased: 1, 'preparing.x': 1 },
          deadlines: {},
        },
      },
      ['published'],
    );
    expect([
      figures['proactive.published'],
      figures['proactive.withheld'],
      figures['proactive.notReleased'],
      figures['proactive.pending'],
    ]).toEqual([1, 1, 1, 1]);
  });

  it('keep a state a later module version adds: a post-closure state under a published one counts as published, an unknown one as other', () => {
    const figures = reportFigures(
      {
        proactive: { total: 2, byStatus: { done: 2 }, byState: { 'published.corrected': 1, retracted: 1 }, deadlines: {} },
        applications: { total: 1, byStatus: { done: 1 }, byState: { withdrawn: 1 }, deadlines: { reply: { cancelled: 1 } } },
      },
      ['published'],
    );
    expect(figures['proactive.published']).toBe(1);
    expect(figures['proactive.other']).toBe(1);
    expect(figures['applications.other']).toBe(1);
    expect(figures['reply.other']).toBe(1);
  });

  it('are all zero when the store has no case of the unit and year', () => {
    const figures = reportFigures({}, ['published']);
    expect(FIGURES.every((f) => figures[f] === 0)).toBe(true);
  });
});
