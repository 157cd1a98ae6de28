import { china } from '@zwgk/calendar';
import {
  createEngine,
  deadline,
  defineRuleModule,
  type EngineEffect,
  hours,
  type MachineEvent,
  type MachineInput,
  SimulatedClock,
  startDeadline,
} from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';

const events = { 'item.closed': { schema: z.object({}), roles: ['office'], label: { zh: '办结', en: 'closed' }, clause: 'H1' } } as const;
const machine = setup({
  types: {
    context: {} as { foundAt: string },
    events: {} as MachineEvent<typeof events>,
    input: {} as MachineInput<{ foundAt: string }>,
    emitted: {} as EngineEffect,
  },
}).createMachine({
  id: 'found-item',
  context: ({ input }) => ({ foundAt: input.data.foundAt }),
  initial: 'open',
  states: {
    open: {
      entry: startDeadline('response', { from: ({ context }) => context.foundAt }),
      on: { 'item.closed': { target: 'closed', meta: { clause: 'H1' } } },
    },
    closed: { type: 'final' },
  },
});
const foundItem = defineRuleModule({
  id: 'found-item',
  version: '1.0.0',
  title: { zh: '测试', en: 'test' },
  source: { name: '测试制度', documentNumber: '测试〔2018〕1号', issuer: '测试', jurisdiction: '测试县' },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses: { H1: { citation: '《测试制度》第一条', text: '发现后48小时内回应。' } },
  roles: { office: { zh: '办公室', en: 'office' } },
  input: z.object({ foundAt: z.string() }),
  events,
  deadlines: {
    response: deadline('H1', hours(48), { label: { zh: '回应', en: 'response' }, startsOn: { zh: '发现之时', en: 'when found' } }),
  },
  machine,
});

/** An engine at noon on 2019-10-01 and a case of found-item opened with the item found at `foundAt`. */
function openFound(foundAt: string) {
  const engine = createEngine({ modules: [foundItem], calendar: china, clock: new SimulatedClock('2019-10-01T12:00:00+08:00') });
  const opened = engine.open('found-item', { input: { foundAt }, actor: { id: 'o', role: 'office' } });
  return { engine, opened };
}

describe('a deadline counted from an earlier instant the machine knows', () => {
  it('runs from the time found, not from when the case was entered', async () => {
    const { engine, opened } = openFound('2019-09-30T23:30:00+08:00');
    expect((await engine.getCase((await opened).caseId)).deadlines[0]).toMatchObject({
      startedAt: '2019-09-30T23:30:00+08:00',
      dueAt: '2019-10-02T23:30:00+08:00',
    });
  });

  it('may start later than the event that schedules it (a period that begins on a set day)', async () => {
    const { engine, opened } = openFound('2019-10-02T08:00:00+08:00');
    expect((await engine.getCase((await opened).caseId)).deadlines[0]).toMatchObject({
      anchor: '2019-10-02T08:00:00+08:00',
      dueAt: '2019-10-04T08:00:00+08:00',
    });
  });

  it('faults a module whose start is not an instant', async () => {
    const { engine, opened } = openFound('yesterday');
    await expect(opened).rejects.toMatchObject({ code: 'MODULE_FAULT' });
    expect(await engine.listCases()).toEqual([]);
  });
});
