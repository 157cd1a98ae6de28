// A deadline extended while its clock is stopped, a notice that states a deadline's due instant,
// and a kit-built module's facts after closure (issue 15: 《西吉县政府信息依申请公开制度》第八条, 第十三条).
import { china } from '@zwgk/calendar';
import { createEngine, createRuleKit, MemoryStore, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toyClauses, toyRegulation, toyReplyDeadline } from './toy-kit.js';

const kit = createRuleKit({
  regulation: toyRegulation,
  clauses: toyClauses,
  roles: { clerk: { zh: '经办人', en: 'clerk', inside: true } },
  input: z.object({}),
  events: {
    'case.paused': { schema: z.object({}), roles: ['clerk'], label: { zh: '中止', en: 'paused' }, clause: '第九条' },
    'case.resumed': { schema: z.object({}), roles: ['clerk'], label: { zh: '恢复', en: 'resumed' }, clause: '第九条' },
    'reply.extended': {
      schema: z.object({ days: z.number().int() }),
      roles: ['clerk'],
      label: { zh: '延期', en: 'extended' },
      clause: '第八条',
    },
    'reply.given': { schema: z.object({}), roles: ['clerk'], label: { zh: '答复', en: 'answered' }, clause: '第八条' },
    'fee.charged': {
      schema: z.object({ fen: z.number().int() }),
      roles: ['clerk'],
      label: { zh: '邮费', en: 'postage' },
      clause: '第八条',
    },
  },
  deadlines: {
    reply: {
      ...toyReplyDeadline,
      extension: { maxTimes: 1, maxLength: 15, clause: '第八条' },
      pause: { clause: '第九条' },
    },
  },
  notices: {
    extension: {
      label: { zh: '延期告知', en: 'extension' },
      recipient: 'applicant',
      clause: '第八条',
      schema: z.object({ days: z.number(), dueAt: z.string().nullable(), remaining: z.number().nullable() }),
    },
    fee: { label: { zh: '收费', en: 'fee' }, recipient: 'applicant', clause: '第八条', schema: z.object({ fen: z.number() }) },
  },
});

const machine = kit.setup({ types: { context: {} as Record<string, never> } }).createMachine({
  id: 'paused-extension',
  initial: 'open',
  context: {},
  states: {
    open: {
      entry: kit.startDeadline('reply'),
      on: {
        'case.paused': { actions: kit.pauseDeadline('reply'), meta: { clause: '第九条' } },
        'case.resumed': { actions: kit.resumeDeadline('reply'), meta: { clause: '第九条' } },
        'reply.extended': {
          actions: [
            kit.extendDeadline('reply', ({ event }) => event.payload.days),
            kit.sendNotice('extension', ({ event }) => ({ days: event.payload.days }), { deadline: 'reply' }),
          ],
          meta: { clause: '第八条' },
        },
        'reply.given': { target: 'done', actions: kit.completeDeadline('reply'), meta: { clause: '第八条' } },
      },
    },
    done: { type: 'final' },
  },
});

const module = kit.defineModule({
  id: 'paused-extension',
  version: '1.0.0',
  title: { zh: '测试', en: 'test' },
  machine,
  afterClosure: {
    'fee.charged': {
      clause: '第八条',
      effects: ({ event }) => [{ type: 'zwgk.notice', notice: 'fee', data: { fen: (event.payload as { fen: number }).fen } }],
    },
  },
});

const clerk = { id: 'c', role: 'clerk' } as const;

async function setUp() {
  const clock = new SimulatedClock('2019-11-04T10:00:00+08:00');
  const engine = createEngine({ modules: [module], calendar: china, clock, store: new MemoryStore() });
  const { caseId } = await engine.open('paused-extension', { input: {}, actor: clerk });
  const reply = async () => (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'reply')!;
  return { clock, engine, caseId, reply };
}

describe('an extension while the clock is stopped', () => {
  it('adds the days to those left; the due instant follows when the clock runs again, and the notice states the days left', async () => {
    const { clock, engine, caseId, reply } = await setUp();
    clock.set('2019-11-08T15:00:00+08:00'); // 11 working days left (11-11 … 11-25)
    await engine.send(caseId, { type: 'case.paused', payload: {}, actor: clerk });
    clock.set('2019-11-08T16:00:00+08:00');
    const sent = await engine.send(caseId, { type: 'reply.extended', payload: { days: 15 }, actor: clerk });
    expect(sent.notices[0]?.data).toEqual({ days: 15, dueAt: null, remaining: 26 });
    expect(await reply()).toMatchObject({ status: 'paused', remaining: 26, extensionsUsed: 1 });
    await expect(engine.send(caseId, { type: 'reply.extended', payload: { days: 1 }, actor: clerk })).rejects.toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
    });
    clock.set('2019-11-11T09:00:00+08:00');
    await engine.send(caseId, { type: 'case.resumed', payload: {}, actor: clerk });
    // 26 working days from 11-12: 11-12 … 12-17.
    expect(await reply()).toMatchObject({ status: 'running', dueAt: '2019-12-18T00:00:00+08:00', extensionsUsed: 1 });
  });

  it('a running deadline’s extension notice states the new due instant', async () => {
    const { clock, engine, caseId } = await setUp();
    clock.set('2019-11-20T10:00:00+08:00');
    const sent = await engine.send(caseId, { type: 'reply.extended', payload: { days: 15 }, actor: clerk });
    // Due 2019-11-25 24:00; 15 more working days: 11-26 … 12-16.
    expect(sent.notices[0]?.data).toEqual({ days: 15, dueAt: '2019-12-17T00:00:00+08:00', remaining: null });
  });

  it('is refused when the deadline fell due before its clock stopped', async () => {
    const { clock, engine, caseId } = await setUp();
    clock.set('2019-11-27T10:00:00+08:00');
    await engine.tick();
    await engine.send(caseId, { type: 'case.paused', payload: {}, actor: clerk });
    await expect(engine.send(caseId, { type: 'reply.extended', payload: { days: 5 }, actor: clerk })).rejects.toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
      message: expect.stringContaining('fell due before its clock stopped'),
    });
  });
});

describe('a kit-built module’s facts after closure', () => {
  it('records the declared event on a closed case with its effects; anything else is CASE_CLOSED', async () => {
    const { clock, engine, caseId } = await setUp();
    clock.set('2019-11-20T10:00:00+08:00');
    await engine.send(caseId, { type: 'reply.given', payload: {}, actor: clerk });
    clock.set('2019-11-21T10:00:00+08:00');
    const sent = await engine.send(caseId, { type: 'fee.charged', payload: { fen: 1200 }, actor: clerk });
    expect(sent.notices).toEqual([expect.objectContaining({ name: 'fee', data: { fen: 1200 } })]);
    await expect(engine.send(caseId, { type: 'case.paused', payload: {}, actor: clerk })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    expect((await engine.replay(caseId)).matches).toBe(true);
  });
});
