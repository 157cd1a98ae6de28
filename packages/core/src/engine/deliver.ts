import { instantToMs } from '@zwgk/calendar';
import { ZwgkError } from '../errors.js';
import type { CaseEvent } from '../events.js';
import { pureTransition } from '../pure-transition.js';
import type { UnitOfWork, WorkingCase } from '../work.js';
import { afterClosureEvents, afterClosureSpec, recordAfterClosure } from './after-closure.js';
import type { EngineContext } from './context.js';
import { carryOutAll, isEffect } from './effects.js';
import { closeCase } from './lifecycle.js';
import { machineAcceptedEvents, setSnapshot } from './working.js';

/**
 * Runs one event through a case's machine and carries out what the machine asks. An external
 * event the case cannot take is refused; an engine event it does not handle is recorded as
 * not delivered. Returns whether the machine took it.
 */
export async function deliver(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  event: CaseEvent,
  external: boolean,
): Promise<boolean> {
  const caseId = working.record.id;
  if (working.record.status !== 'open') {
    const spec = working.record.status === 'done' ? afterClosureSpec(working.module, event.type, working.record.state) : undefined;
    if (spec) {
      await recordAfterClosure(ctx, work, working, spec, event, external);
      return true;
    }
    if (external) {
      const accepted = working.record.status === 'done' ? afterClosureEvents(working) : [];
      throw new ZwgkError(
        'CASE_CLOSED',
        `case ${caseId} is ${working.record.status}; it accepts no events${accepted.length ? ` but the facts recorded after closure (${accepted.join(', ')})` : ''}`,
        { caseId, accepted },
      );
    }
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
    work.append(caseId, {
      kind: 'engine.event',
      at: event.at,
      actor: event.actor,
      data: { delivered: false, event, state: working.record.state },
    });
    return false;
  }
  if (external) refuseBackdatedDeadlineChange(working, actions, event);
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

/**
 * Time order: an event may not change a deadline as of an instant before that deadline already
 * fell due (a back-dated extension of a reply deadline already recorded as missed).
 */
function refuseBackdatedDeadlineChange(
  working: WorkingCase,
  actions: readonly { type: string; params?: unknown }[],
  event: CaseEvent,
): void {
  for (const action of actions) {
    const effect = isEffect(action);
    if (effect?.type !== 'zwgk.deadline') continue;
    const current = working.deadlines.get(effect.name);
    if (!current?.fellDue || current.dueAtMs === null || (current.status !== 'running' && current.status !== 'paused')) continue;
    const asOf = effect.from ?? event.at;
    let asOfMs: number;
    try {
      asOfMs = instantToMs(asOf);
    } catch {
      continue; // carryOut reports the malformed instant as the module's fault
    }
    if (asOfMs < current.dueAtMs) {
      throw new ZwgkError(
        'OUT_OF_ORDER',
        `${event.type} would ${effect.op} deadline ${effect.name} as of ${asOf}, but it already fell due at ${current.dueAt}: record what happened after that instant, or correct the earlier facts`,
        { caseId: working.record.id, event: event.type, deadline: effect.name, asOf, dueAt: current.dueAt },
      );
    }
  }
}
