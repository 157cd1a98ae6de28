import { type AnyRuleModule, defineRuleModule, type EngineEffect, type MachineEvent, type MachineInput, openChild } from '@zwgk/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';

const events = {
  'child.requested': {
    schema: z.object({ input: z.unknown() }),
    roles: ['clerk'],
    label: { zh: '开启子案', en: 'child case requested' },
    clause: 'P1',
  },
} as const;

/**
 * A minimal parent rule module, id `parent`, for testing a child module's contracts as a parent sees
 * them: its `clerk` sends `child.requested` with `{ input }`, which opens a case of `child` under the
 * key `key` with that input (the child's input contract); when the child is done, the parent closes in
 * state `done` with the child's output (its output contract) as its own output.
 *
 * @example
 * const parent = parentModuleOf('release-coordination', 'coordination');
 * // open `parent` as 'p', send child.requested { input: { mode: 'application', … } }, then drive 'p/coordination'
 */
export function parentModuleOf(child: string, key: string): AnyRuleModule {
  const machine = setup({
    types: {
      context: {} as { output: unknown },
      events: {} as MachineEvent<typeof events>,
      input: {} as MachineInput,
      emitted: {} as EngineEffect,
    },
  }).createMachine({
    id: 'parent',
    initial: 'working',
    context: { output: null },
    states: {
      working: {
        on: {
          'child.requested': {
            target: 'waiting',
            actions: openChild(child, key, ({ event }) => (event.type === 'child.requested' ? event.payload.input : undefined)),
            meta: { clause: 'P1' },
          },
        },
      },
      waiting: {
        on: {
          'child.done': {
            target: 'done',
            actions: assign({ output: ({ event }) => (event.type === 'child.done' ? event.payload.output : null) }),
            meta: { clause: 'P1' },
          },
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => context.output,
  });
  return defineRuleModule({
    id: 'parent',
    version: '1.0.0',
    title: { zh: '测试父模块', en: 'test parent' },
    source: { name: '测试制度', documentNumber: '测试〔2018〕1号', issuer: '测试', jurisdiction: '测试县' },
    inForce: { from: '2000-01-01', to: '2099-12-31' },
    clauses: { P1: { citation: '《测试制度》第一条', text: '需要时开启子案，待其办结。' } },
    roles: { clerk: { zh: '经办人', en: 'clerk' } },
    input: z.object({}),
    events,
    children: [child],
    machine,
  });
}
