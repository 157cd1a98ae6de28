import { canonicalJson } from '../audit.js';
import type { AnyRuleModule } from '../define-rule-module.js';
import { ZwgkError } from '../errors.js';
import type { CaseEvent, EngineEffect } from '../events.js';
import type { AfterClosureSpec } from '../manifest.js';
import { own } from '../own.js';
import { draft, type UnitOfWork, type WorkingCase } from '../work.js';
import { type EngineContext, moduleFault } from './context.js';
import { carryOut } from './effects.js';

/*
 * Facts after closure (issue 14 §1): a closed case records the events its module declares in
 * `afterClosure`, with their effects; the machine is not run again (a done xstate actor takes no
 * events), so the handler's effects are audited with the event and replay recomputes them.
 */

/** The after-closure spec that records `type` in the case's current state, if any. */
export function afterClosureSpec(module: AnyRuleModule, type: string, state: string): AfterClosureSpec | undefined {
  const spec = own(module.afterClosure, type);
  return spec && (!spec.states || spec.states.includes(state)) ? spec : undefined;
}

/** The external events a closed case still records in its current state. */
export function afterClosureEvents(working: WorkingCase): string[] {
  return Object.keys(working.module.afterClosure ?? {}).filter(
    (type) => Object.hasOwn(working.module.events, type) && afterClosureSpec(working.module, type, working.record.state),
  );
}

/** The effects a handler asks for, checked: a closed case opens no children. */
export function afterClosureEffects(
  module: AnyRuleModule,
  spec: AfterClosureSpec,
  event: CaseEvent,
  state: string,
  output: unknown,
): EngineEffect[] {
  const effects = [...(spec.effects?.({ event, state, output }) ?? [])];
  for (const effect of effects) {
    if (effect?.type === 'zwgk.child') moduleFault(module, `afterClosure.${event.type} opened a child case: a closed case opens none`);
    if (typeof effect?.type !== 'string' || !effect.type.startsWith('zwgk.'))
      moduleFault(module, `afterClosure.${event.type} returned ${JSON.stringify(effect)}, which is not an engine effect`);
  }
  return effects;
}

/** Records a fact on a closed case: audit entry (with its effects, for replay), state move, effects. */
export async function recordAfterClosure(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  spec: AfterClosureSpec,
  event: CaseEvent,
  external: boolean,
): Promise<void> {
  const caseId = working.record.id;
  const from = working.record.state;
  const effects = afterClosureEffects(working.module, spec, event, from, working.snapshot.output);
  const record = draft(working);
  if (spec.moveTo) record.state = spec.moveTo;
  record.version += 1;
  record.updatedAt = event.at;
  work.append(caseId, {
    kind: external ? 'event.applied' : 'engine.event',
    at: event.at,
    actor: event.actor,
    data: {
      afterClosure: true,
      delivered: true,
      effects: JSON.parse(JSON.stringify(effects)) as unknown,
      event,
      from,
      to: working.record.state,
      version: working.record.version,
    },
  });
  for (const effect of effects) {
    const pending = carryOut(ctx, work, working, effect, event.at);
    if (pending) await pending;
  }
}

/** Replays one audited after-closure entry: the same spec, state and effects, or why not. */
export function replayAfterClosure(module: AnyRuleModule, data: Readonly<Record<string, unknown>>, output: unknown): string | undefined {
  const event = data.event as CaseEvent;
  const from = String(data.from);
  const spec = afterClosureSpec(module, event.type, from);
  if (!spec) return `${event.type} is not recorded after closure in state ${from}`;
  const to = spec.moveTo ?? from;
  if (to !== data.to) return `${event.type} moved the case to ${String(data.to)}, the module now says ${to}`;
  let effects: EngineEffect[];
  try {
    effects = afterClosureEffects(module, spec, event, from, output);
  } catch (error) {
    return error instanceof ZwgkError ? error.message : String(error);
  }
  if (canonicalJson(JSON.parse(JSON.stringify(effects))) !== canonicalJson(data.effects))
    return `${event.type}'s effects differ from those recorded`;
  return undefined;
}
