import { defineRuleModule, type EngineEffect, type MachineEvent, type MachineInput, openChild } from '@zwgk/core';
import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { type ReleaseCoordinationOutput, releaseCoordination } from '../src/index.js';

// A minimal parent shaped like 依申请公开: it opens the consultation as a child with the input contract
// and waits for the output contract in `child.done`.
const parentEvents = {
  'consultation.needed': {
    schema: z.object({ agencies: z.array(z.string()).min(1) }),
    roles: ['clerk'],
    label: { zh: '需征求意见', en: 'consultation needed' },
    clause: 'P1',
  },
} as const;

const parentMachine = setup({
  types: {
    context: {} as { outcome: ReleaseCoordinationOutput | null },
    events: {} as MachineEvent<typeof parentEvents>,
    input: {} as MachineInput,
    emitted: {} as EngineEffect,
    output: {} as { outcome: ReleaseCoordinationOutput | null },
  },
}).createMachine({
  id: 'parent',
  initial: 'working',
  context: { outcome: null },
  states: {
    working: {
      on: {
        'consultation.needed': {
          target: 'consulting',
          actions: openChild('release-coordination', 'coordination', ({ event }) => ({
            mode: 'application',
            subject: '申请的信息',
            agencies: event.payload.agencies,
          })),
          meta: { clause: 'P1' },
        },
      },
    },
    consulting: {
      on: {
        'child.done': {
          target: 'answered',
          actions: assign({ outcome: ({ event }) => event.payload.output as ReleaseCoordinationOutput }),
          meta: { clause: 'P1' },
        },
      },
    },
    answered: { type: 'final' },
  },
  output: ({ context }) => ({ outcome: context.outcome }),
});

const parent = defineRuleModule({
  id: 'parent',
  version: '1.0.0',
  title: { zh: '测试申请', en: 'test application' },
  source: { name: '测试制度', documentNumber: '测试〔2018〕1号', issuer: '测试', jurisdiction: '测试县' },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses: { P1: { citation: '《测试制度》第一条', text: '涉及其他机关的，征求意见。' } },
  roles: { clerk: { zh: '经办人', en: 'clerk' } },
  input: z.object({}),
  events: parentEvents,
  children: ['release-coordination'],
  machine: parentMachine,
});

const clerk = { id: 'clerk-1', role: 'clerk' } as const;
const consulted = { id: 'fin-clerk', role: 'consultedAgency' } as const;
const releasing = { id: 'edu-clerk', role: 'releasingAgency' } as const;
const letter = {
  information: {
    title: '某项目审批文件',
    documentNumber: null,
    description: '审批意见',
    producedOn: '2021-03-01',
    publisher: '西吉县教育局',
  },
  matters: ['是否涉及第三方'],
  opinion: '拟公开',
  basis: '《中华人民共和国政府信息公开条例》',
};

describe('release-coordination as the child of an application module', () => {
  it('is opened with the input contract and returns the output contract when settled by deemed consent', async () => {
    const { engine, cases } = await runScenario({
      name: 'child',
      modules: [parent, releaseCoordination],
      steps: [
        { at: '2021-03-01T09:00:00+08:00', open: { as: 'app', module: 'parent', input: {}, actor: clerk } },
        {
          at: '2021-03-02T09:00:00+08:00',
          send: { case: 'app', type: 'consultation.needed', payload: { agencies: ['县财政局'] }, actor: clerk },
          // Opened on receipt of the application's consultation need: 5 working days 03-03 … 03-09.
          expect: {
            case: 'app/coordination',
            state: 'application.preparing',
            deadlines: { sendApplication: { dueAt: '2021-03-10T00:00:00+08:00' } },
          },
        },
        { at: '2021-03-03T09:00:00+08:00', send: { case: 'app/coordination', type: 'letter.sent', payload: letter, actor: releasing } },
        // 5 working days from 03-03: 03-04 … 03-10.
        {
          at: '2021-03-03T10:00:00+08:00',
          send: { case: 'app/coordination', type: 'letter.received', payload: { agency: '县财政局' }, actor: consulted },
          expect: { case: 'app/coordination', deadlines: { replyApplication: { dueAt: '2021-03-11T00:00:00+08:00' } } },
        },
        {
          at: '2021-03-11T00:00:00+08:00',
          tick: true,
          expect: [
            { case: 'app/coordination', status: 'done' },
            { case: 'app', state: 'answered', status: 'done' },
          ],
        },
      ],
    });
    const closed = (await engine.history(cases.app!)).find((e) => e.kind === 'case.closed');
    expect((closed?.data as { output: unknown }).output).toEqual({
      outcome: { release: true, settledBy: 'deemedConsent', disagreements: [] },
    });
  });
});
