import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, type AnyStateMachine, createMachine, initialTransition, spawnChild, transition } from 'xstate';
import { pureTransition } from '../src/pure-transition.js';
import { toyRequest } from './fixtures/toy-modules.js';

const START = '2019-09-27T10:00:00+08:00';
const actor = { id: 'clerk-1', role: 'clerk' };
const events = [
  { type: 'thirdParty.consulted', payload: { party: '某公司' } },
  { type: 'thirdParty.replied', payload: { agrees: true } },
  { type: 'reply.extended', payload: { reason: '情况复杂' } },
  { type: 'application.corrected', payload: {} },
  { type: 'review.requested', payload: { subject: '涉密审查' } },
  { type: 'answer.given', payload: { text: '予以公开' } },
  { type: 'application.withdrawn', payload: {} },
  { type: 'deadline.due', payload: { name: 'reply', dueAt: START } },
] as const;

/** What a transition produced, in a form two runs can be compared by. */
function outcome(machine: AnyStateMachine, [snapshot, actions]: [AnyMachineSnapshot, { type: string; params?: unknown }[]]) {
  return { snapshot: machine.getPersistedSnapshot(snapshot), actions: actions.map((a) => ({ type: a.type, params: a.params })) };
}

describe('pureTransition: xstate transition() with one inert scope per machine', () => {
  it('gives the snapshots and actions transition() gives, for any sequence of events on a rule machine', () => {
    const machine = toyRequest.machine;
    const input = { caseId: 'c-1', openedAt: START, data: { applicant: '张三' }, parameters: {} };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 12 }), (sequence) => {
        let [viaScope] = initialTransition(machine, input);
        let [viaXstate] = initialTransition(machine, input);
        sequence.forEach((e, i) => {
          const event = { ...e, actor, at: START, eventId: `e${i}` };
          const ours = pureTransition(machine, viaScope, event);
          const theirs = transition(machine, viaXstate, event as never);
          expect(outcome(machine, ours)).toEqual(outcome(machine, theirs));
          // An event no transition takes leaves the very same snapshot, as transition() does: the engine relies on it.
          expect(ours[0] === viaScope).toBe(theirs[0] === viaXstate);
          [viaScope, viaXstate] = [ours[0], theirs[0]];
        });
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to transition() for a machine that spawns actors, so cases never share a system', () => {
    const child = createMachine({ id: 'child', initial: 'waiting', states: { waiting: {} } });
    const machine = createMachine({
      id: 'spawner',
      initial: 'idle',
      states: { idle: { on: { go: { target: 'busy', actions: spawnChild(child, { id: 'helper', systemId: 'helper' }) } } }, busy: {} },
    });
    // Two cases spawning a child with the same systemId: a shared system would refuse the second.
    for (let c = 0; c < 2; c++) {
      const [start] = initialTransition(machine);
      const [next] = pureTransition(machine, start, { type: 'go' });
      expect(next.value).toBe('busy');
      expect(Object.keys(next.children)).toEqual(['helper']);
    }
  });
});
