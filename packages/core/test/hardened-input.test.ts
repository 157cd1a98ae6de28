import { china } from '@zwgk/calendar';
import { createEngine, type Engine, isZwgkError, MemoryStore, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { toyEngine } from './fixtures/engine.js';
import { clerk, head, toyRequest, toyReview } from './fixtures/toy-modules.js';

// Issue 19: input that used to crash, slip through or cost every later event. Each refusal is a
// typed error, and "nothing changed" is read back: the case, its version and a verifying chain.

async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (isZwgkError(error)) return { code: error.code, details: error.details as Record<string, unknown> };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function opened(engine: Engine, caseId = 'oa-1') {
  return (await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, caseId })).caseId;
}

describe('own-property lookups', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses event type %s as UNKNOWN_EVENT and audits it, changing nothing else',
    async (type) => {
      const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
      const caseId = await opened(engine);
      const before = await engine.getCase(caseId);
      expect(await refusal(engine.send(caseId, { type, payload: {}, actor: clerk }))).toMatchObject({ code: 'UNKNOWN_EVENT' });
      const after = await engine.getCase(caseId);
      expect(after.case.version).toBe(before.case.version);
      expect(after.case.state).toBe(before.case.state);
      const rejected = (await engine.history(caseId)).filter((e) => e.kind === 'event.rejected');
      expect(rejected.map((e) => [e.data.type, e.data.code])).toEqual([[type, 'UNKNOWN_EVENT']]);
      expect(await engine.verifyAudit()).toMatchObject({ ok: true });
    },
  );

  it.each(['constructor', 'toString', '__proto__'])('refuses role %s on open', async (role) => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    expect(await refusal(engine.open('toy-request', { input: { applicant: '张三' }, actor: { id: 'x', role } }))).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(await engine.listCases()).toEqual([]);
  });
});

describe('ids', () => {
  it('refuses a case id outside ID_PATTERN before anything is written', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    for (const caseId of ['\ud800', 'a/b', '西政办〔2019〕1号', 'x'.repeat(129), ' a', '']) {
      expect(
        await refusal(engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, caseId })),
        JSON.stringify(caseId),
      ).toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
    expect(await engine.listCases()).toEqual([]);
  });

  it('refuses an event id outside ID_PATTERN without writing or auditing', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    const caseId = await opened(engine);
    const entries = (await engine.history(caseId)).length;
    for (const eventId of ['\udfff', 'a b', 'x'.repeat(129)]) {
      expect(await refusal(engine.send(caseId, { type: 'answer.given', payload: { text: '答复' }, actor: clerk, eventId }))).toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    }
    expect((await engine.getCase(caseId)).case.version).toBe(1);
    expect(await engine.history(caseId)).toHaveLength(entries);
  });
});

describe('the same request twice', () => {
  it('answers the same open with the case and duplicate: true, and another open with a used id CASE_ID_USED', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    const request = {
      input: { applicant: '张三' },
      actor: clerk,
      caseId: 'oa-7',
      agency: '西吉县政府办',
      occurredAt: '2019-09-26T09:00:00+08:00',
    };
    const first = await engine.open('toy-request', request);
    const again = await engine.open('toy-request', request);
    expect(again).toEqual({ ...first, duplicate: true });
    for (const [what, other] of [
      ['input', { ...request, input: { applicant: '李四' } }],
      ['actor', { ...request, actor: head }],
      ['agency', { ...request, agency: '西吉县教育局' }],
      ['occurredAt', { ...request, occurredAt: '2019-09-25T09:00:00+08:00' }],
    ] as const) {
      const refused = await refusal(engine.open('toy-request', other));
      expect(refused, what).toMatchObject({ code: 'CASE_ID_USED', details: { caseId: 'oa-7', differs: [what] } });
    }
    expect(
      await refusal(engine.open('toy-review', { input: { subject: 'x' }, actor: { id: 'r', role: 'reviewer' }, caseId: 'oa-7' })),
    ).toMatchObject({ code: 'CASE_ID_USED' });
    expect(await engine.listCases()).toHaveLength(1);
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });

  it('answers an event id reused for another type, payload, actor or time with IDEMPOTENCY_MISMATCH', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    const caseId = await opened(engine);
    const event = { type: 'reply.extended', payload: { reason: '需调取档案' }, actor: head, eventId: 'oa-ev-1' };
    const first = await engine.send(caseId, event);
    expect(await engine.send(caseId, { ...event, payload: { reason: '需调取档案' } })).toEqual({ ...first, duplicate: true });
    for (const other of [
      { ...event, payload: { reason: '另一理由' } },
      { ...event, type: 'answer.given', actor: clerk, payload: { text: '答复' } },
      { ...event, actor: { id: 'head-2', role: 'officeHead' } },
      { ...event, occurredAt: '2019-09-27T09:00:00+08:00' },
    ]) {
      expect(await refusal(engine.send(caseId, other))).toMatchObject({
        code: 'IDEMPOTENCY_MISMATCH',
        details: { caseId, eventId: 'oa-ev-1' },
      });
    }
    const view = await engine.getCase(caseId);
    expect(view.case.version).toBe(first.version);
    expect((await engine.history(caseId)).filter((e) => e.kind === 'event.rejected').map((e) => e.data.code)).toEqual(
      Array(4).fill('IDEMPOTENCY_MISMATCH'),
    );
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });
});

describe('payload limits, for every module', () => {
  const engineWith = (payloadLimits?: Parameters<typeof createEngine>[0]['payloadLimits']) =>
    createEngine({
      modules: [toyRequest, toyReview],
      calendar: china,
      clock: new SimulatedClock('2019-09-27T10:00:00+08:00'),
      store: new MemoryStore(),
      ...(payloadLimits ? { payloadLimits } : {}),
    });

  it('refuses a 10 MB string with INVALID_PAYLOAD and audits only its hash and size', async () => {
    const engine = engineWith();
    const caseId = await opened(engine);
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(await refusal(engine.send(caseId, { type: 'answer.given', payload: { text: huge }, actor: clerk }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      details: { path: 'payload.text', limit: 'maxStringLength', max: 20_000 },
    });
    const rejected = (await engine.history(caseId)).find((e) => e.kind === 'event.rejected')!;
    expect(rejected.data.payload).toEqual({
      omitted: 'longer than the audited limit',
      chars: huge.length + 11,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(rejected).length).toBeLessThan(2_000);
    expect((await engine.getCase(caseId)).case.version).toBe(1);
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });

  it('bounds arrays, keys and depth, on inputs too, and takes its limits from the options', async () => {
    const engine = engineWith({ maxStringLength: 10, maxArrayLength: 3, maxObjectKeys: 4, maxDepth: 3 });
    expect(await refusal(engine.open('toy-request', { input: { applicant: '张三'.repeat(6) }, actor: clerk }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      details: { path: 'input.applicant' },
    });
    const caseId = await opened(engine);
    for (const [payload, limit] of [
      [{ text: 'ok', list: [1, 2, 3, 4] }, 'maxArrayLength'],
      [{ a: 1, b: 2, c: 3, d: 4, e: 5 }, 'maxObjectKeys'],
      [{ a: { b: { c: { d: 1 } } } }, 'maxDepth'],
    ] as const) {
      expect(await refusal(engine.send(caseId, { type: 'answer.given', payload, actor: clerk })), limit).toMatchObject({
        code: 'INVALID_PAYLOAD',
        details: { limit },
      });
    }
    expect((await engine.getCase(caseId)).case.version).toBe(1);
    expect(() => engineWith({ maxDepth: 0 })).toThrow(/payloadLimits.maxDepth must be a positive integer/);
  });
});
