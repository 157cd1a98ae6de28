import type { CaseRecord } from '@zwgk/core';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { deriveReportCounts, reportCountsSchema } from '../src/index.js';

/** A case record with only what the counts read; the rest is filler. */
function record(over: Partial<CaseRecord> & { context?: Record<string, unknown> }): CaseRecord {
  const { context, ...rest } = over;
  return {
    id: 'c',
    moduleId: 'disclosure-request',
    moduleVersion: '1.0.0',
    parentId: null,
    childKey: null,
    agency: '县教育局',
    title: null,
    status: 'done',
    state: 'disclosed',
    snapshot: { status: 'done', context: context ?? {} },
    version: 1,
    openedAt: '2019-05-06T09:00:00+08:00',
    updatedAt: '2019-05-06T09:00:00+08:00',
    closedAt: null,
    openedBy: { id: 'clerk', role: 'clerk' },
    notices: [],
    breaches: [],
    children: {},
    auditSeq: 1,
    auditHash: '0',
    ...rest,
  };
}

describe('deriveReportCounts', () => {
  const cases = [
    record({ id: 'a1', state: 'disclosed' }),
    record({ id: 'a2', state: 'refused', context: { review: { decision: 'notDisclosable' }, thirdParties: {}, coordination: null } }),
    record({
      id: 'a3',
      state: 'refused',
      context: { review: null, thirdParties: { 张某: { answer: 'objected', overridden: false } }, coordination: null },
    }),
    record({ id: 'a4', state: 'refused', context: { review: null, thirdParties: {}, coordination: { release: false } } }),
    record({
      id: 'a5',
      state: 'refused',
      context: { review: null, thirdParties: { 张某: { answer: 'objected', overridden: true } }, coordination: null },
    }),
    record({ id: 'a6', status: 'open', state: 'handling.(main.examining|review.none|agencies.none|thirdParty.none)' }),
    record({ id: 'a7', status: 'ended', state: 'handling.(main.examining|review.none|agencies.none|thirdParty.none)' }),
    // 2020-01-01 00:30 Beijing is still 2019-12-31 in UTC: the year is Beijing's.
    record({ id: 'b1', openedAt: '2019-12-31T16:30:00Z', state: 'disclosed' }),
    record({ id: 'b2', openedAt: '2019-12-31T23:30:00+08:00', state: 'nonexistent' }),
    record({ id: 'o1', agency: '兴隆镇人民政府', state: 'disclosed' }),
    record({ id: 'p1', moduleId: 'proactive-disclosure', state: 'published', context: { basis: { article: '第四条', item: 'budget' } } }),
    record({
      id: 'p2',
      moduleId: 'proactive-disclosure',
      state: 'published',
      context: { input: { basis: { article: '第三条', criterion: 'requiredByLaw' } } },
    }),
    record({ id: 'p3', moduleId: 'proactive-disclosure', state: 'published', context: {} }),
    record({
      id: 'p4',
      moduleId: 'proactive-disclosure',
      status: 'open',
      state: 'preparing',
      context: { basis: { article: '第四条', item: 'budget' } },
    }),
    record({ id: 'x1', moduleId: 'sentiment-response', state: 'closed' }),
  ];

  it('counts the applications of the year by answer, refusals by the ground the case shows, and published proactive items by kind', () => {
    const counts = deriveReportCounts(cases, 2019, { agency: '县教育局' });
    expect(counts).toEqual({
      proactive: { total: 3, by: { budget: 1, requiredByLaw: 1, unclassified: 1 } },
      applications: { total: 8, by: { disclosed: 1, refused: 4, pending: 1, ended: 1, nonexistent: 1 } },
      refusals: { total: 4, by: { confidentialityReview: 1, thirdPartyObjection: 1, otherAgencyObjection: 1, statedReasons: 1 } },
    });
    expect(reportCountsSchema.safeParse(counts).success).toBe(true);
  });

  it('puts a case in the Beijing year of its opening', () => {
    expect(deriveReportCounts(cases, 2020, { agency: '县教育局' }).applications).toEqual({ total: 1, by: { disclosed: 1 } });
  });

  it('counts every agency when none is named, and classifies proactive items as told', () => {
    const counts = deriveReportCounts(cases, 2019, { proactiveKindOf: (c) => (c.id === 'p1' ? 'budget' : 'other') });
    expect(counts.applications.total).toBe(9);
    expect(counts.proactive.by).toEqual({ budget: 1, other: 2 });
  });

  it('gives zero counts for a year without cases', () => {
    const empty = { total: 0, by: {} };
    expect(deriveReportCounts(cases, 2021)).toEqual({ proactive: empty, applications: empty, refusals: empty });
  });

  it('does not change the records it reads', () => {
    const before = JSON.stringify(cases);
    deriveReportCounts(cases, 2019);
    expect(JSON.stringify(cases)).toBe(before);
  });

  it('reads the states and context of real disclosure-request cases', async () => {
    const clerk = { id: 'clerk-ma', role: 'clerk' } as const;
    const application = {
      channel: 'writing',
      applicant: {
        kind: 'citizen',
        name: '马明',
        contact: '13909541234',
        identity: { document: 'residentIdCard', number: '640422198503120027' },
      },
      request: { kind: 'disclosure', description: '2019年农村危房改造补助资金分配明细', form: 'paper' },
    };
    const open = (as: string, at: string) => ({
      at,
      open: { as, module: 'disclosure-request', input: application, actor: clerk, agency: '县住建局' },
    });
    const { engine } = await runScenario({
      name: 'three applications of 2019',
      modules: [disclosureRequest],
      steps: [
        open('refused', '2019-06-03T09:00:00+08:00'),
        {
          at: '2019-06-03T10:00:00+08:00',
          send: {
            case: 'refused',
            type: 'thirdParty.consulted',
            payload: { party: '某建筑公司', information: '中标价格', interest: 'tradeSecret' },
            actor: clerk,
          },
        },
        {
          at: '2019-06-10T10:00:00+08:00',
          send: { case: 'refused', type: 'thirdParty.replied', payload: { party: '某建筑公司', consents: false }, actor: clerk },
        },
        {
          at: '2019-06-11T10:00:00+08:00',
          send: { case: 'refused', type: 'reply.refused', payload: { reasons: '涉及商业秘密，第三方不同意公开' }, actor: clerk },
        },
        open('nonexistent', '2019-07-01T09:00:00+08:00'),
        {
          at: '2019-07-02T10:00:00+08:00',
          send: { case: 'nonexistent', type: 'reply.nonexistent', payload: { explanation: '未制作该信息' }, actor: clerk },
        },
        open('pending', '2019-12-30T09:00:00+08:00'),
      ],
    });
    expect(deriveReportCounts(await engine.listCases(), 2019, { agency: '县住建局' })).toEqual({
      proactive: { total: 0, by: {} },
      applications: { total: 3, by: { refused: 1, nonexistent: 1, pending: 1 } },
      refusals: { total: 1, by: { thirdPartyObjection: 1 } },
    });
  });
});
