import type { DeadlineRecord } from '@zwgk/core';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { application as disclosureApplication } from '../../disclosure-request/test/fixtures.js';
import { onTimeReplyRate, scoreAssessment } from '../src/index.js';

function deadline(over: Partial<DeadlineRecord>): DeadlineRecord {
  return { name: 'reply', outcome: null, fellDue: false, dueAtMs: Date.parse('2019-07-01T00:00:00+08:00'), ...over } as DeadlineRecord;
}

describe('onTimeReplyRate', () => {
  it('is the share of reply deadlines met among those with an outcome, leaving out cancelled ones and other deadlines', () => {
    const records = [
      deadline({ outcome: 'met' }),
      deadline({ outcome: 'met' }),
      deadline({ outcome: 'met' }),
      deadline({ outcome: 'missed' }),
      deadline({ outcome: 'cancelled' }),
      deadline({ name: 'review', outcome: 'missed' }),
      deadline({ outcome: null }),
    ];
    expect(onTimeReplyRate(records)).toBe(0.75);
  });

  it('counts a running deadline as missed once it fell due, or once asOf is past its due instant', () => {
    expect(onTimeReplyRate([deadline({ outcome: 'met' }), deadline({ fellDue: true })])).toBe(0.5);
    expect(onTimeReplyRate([deadline({ outcome: 'met' }), deadline({})], { asOf: '2019-07-01T00:00:00+08:00' })).toBe(0.5);
    expect(onTimeReplyRate([deadline({ outcome: 'met' }), deadline({})], { asOf: '2019-06-30T23:59:59+08:00' })).toBe(1);
  });

  it('is null when no deadline counts', () => {
    expect(onTimeReplyRate([])).toBeNull();
    expect(onTimeReplyRate([deadline({ outcome: 'cancelled' })])).toBeNull();
  });

  it('counts another deadline name when told', () => {
    expect(onTimeReplyRate([deadline({ name: 'replyApplication', outcome: 'missed' })], { name: 'replyApplication' })).toBe(0);
  });

  it('does not change its input', () => {
    const records = [deadline({ outcome: 'met' })];
    const before = JSON.stringify(records);
    onTimeReplyRate(records);
    expect(JSON.stringify(records)).toBe(before);
  });

  it('reads the reply deadlines of real disclosure-request cases and feeds the score', async () => {
    const clerk = { id: 'clerk-ma', role: 'clerk' } as const;
    const application = disclosureApplication();
    const { engine, cases } = await runScenario({
      name: 'one reply on time, one late',
      modules: [disclosureRequest],
      steps: [
        { at: '2019-06-03T09:00:00+08:00', open: { as: 'onTime', module: 'disclosure-request', input: application, actor: clerk } },
        {
          at: '2019-06-04T09:00:00+08:00',
          send: { case: 'onTime', type: 'reply.nonexistent', payload: { explanation: '未制作该信息' }, actor: clerk },
        },
        { at: '2019-06-05T09:00:00+08:00', open: { as: 'late', module: 'disclosure-request', input: application, actor: clerk } },
        // 15 working days after 2019-06-05 (端午 2019-06-07 skipped) end at 24:00 on 2019-06-27.
        {
          at: '2019-07-01T09:00:00+08:00',
          send: { case: 'late', type: 'reply.nonexistent', payload: { explanation: '未制作该信息' }, actor: clerk },
        },
      ],
    });
    const deadlines = [...(await engine.getCase(cases['onTime']!)).deadlines, ...(await engine.getCase(cases['late']!)).deadlines];
    const rate = onTimeReplyRate(deadlines);
    expect(rate).toBe(0.5);
    expect(
      scoreAssessment(
        { organisation: 90, institutions: 90, content: 90, forms: 90, procedureAndTimeliness: 90, effect: 90 },
        { timelinessRate: rate },
      ).areas.procedureAndTimeliness,
    ).toBe(50);
  });
});
