import { ZwgkError } from '../errors.js';
import type { CaseEvent } from '../events.js';
import { pureTransition } from '../pure-transition.js';
import type { UnitOfWork, WorkingCase } from '../work.js';
import type { EngineContext } from './context.js';
import { carryOutAll } from './effects.js';
import { closeCase } from './lifecycle.js';
import { machineAcceptedEvents, setSnapshot } from './working.js';

/**
 * Runs one event through a case's machine and carries out what the machine asks. An external
 * event the case cannot take is refused; an engine event it does not handle is recorded as
 * not delivered. Returns whether the machine took it.
 */
export async function deliver(ctx: EngineContext, work: UnitOfWork, working: WorkingCase, event: CaseEvent, external: boolean): Promise<boolean> {
  const caseId = working.record.id;
  if (working.record.status !== 'open') {
    if (external) throw new ZwgkError('CASE_CLOSED', `case ${caseId} is ${working.record.status}; it accepts no events`, { caseId });
    return false;
  }
  // xstate returns the same snapshot and no actions when no transition is enabled (no handler, or
  // every guard failed); the engine turns that silence into a rejection. Checking this on the
  // transition's result, instead of a separate `can()`, computes the transition once.
  const [next, actions] = pureTransition(working.module.machine, working.snapshot, event);
  if (next === working.snapshot && actions.length === 0) {
    if (external) {
      const accepted = machineAcceptedEvents(working);
      throw new ZwgkError(
        'EVENT_NOT_ALLOWED',
        `case ${caseId} is in state ${working.record.state}, which does not accept ${event.type} here (it accepts: ${accepted.join(', ') || 'nothing from outside'})`,
        { caseId, state: working.record.state, event: event.type, accepted },
      );
    }
    work.append(caseId, { kind: 'engine.event', at: event.at, actor: event.actor, data: { delivered: false, event, state: working.record.state } });
    return false;
  }
  const from = working.record.state;
  setSnapshot(working, next, event.at);
  work.append(caseId, {
    kind: external ? 'event.applied' : 'engine.event',
    at: event.at,
    actor: event.actor,
    data: { delivered: true, event, from, to: working.record.state, version: working.record.version },
  });
  await carryOutAll(ctx, work, working, actions, event.at);
  if (next.status === 'done') await closeCase(ctx, work, working, event.at, 'done', next.output);
  return true;
}
