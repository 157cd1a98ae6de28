import { describeIssue, instantToMs, toInstant } from '@zwgk/calendar';
import type { z } from 'zod';
import type { NoticeRecord } from '../case-record.js';
import { applyDeadlineOperation } from '../deadline-ops.js';
import type { DeadlineRecord } from '../deadline-record.js';
import { ZwgkError } from '../errors.js';
import { type DeadlineOperation, ENGINE_ACTOR, type EngineEffect, type Instant } from '../events.js';
import { own } from '../own.js';
import { draft, type UnitOfWork, type WorkingCase } from '../work.js';
import { calendarGuard, citation, deadlineSpec, type EngineContext, moduleFault } from './context.js';
import { openCase } from './lifecycle.js';

/** The engine effect an xstate action carries, if it is one (an `emit` of a `zwgk.*` event). */
export function isEffect(action: { type: string; params?: unknown }): EngineEffect | undefined {
  if (action.type !== 'xstate.emit') return undefined;
  const event = (action.params as { event?: { type?: unknown } } | undefined)?.event;
  return typeof event?.type === 'string' && event.type.startsWith('zwgk.') ? (event as EngineEffect) : undefined;
}

/** Carries out, in order, the effects among a transition's actions. */
export async function carryOutAll(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  actions: readonly { type: string; params?: unknown }[],
  at: Instant,
): Promise<void> {
  for (const action of actions) {
    const effect = isEffect(action);
    const pending = effect && carryOut(ctx, work, working, effect, at);
    if (pending) await pending;
  }
}

/**
 * Carries out one effect. Only opening a child case waits for the store, so only it returns a
 * promise: the common effects (deadlines, notices, breaches) cost no promise and no microtask.
 */
export function carryOut(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  effect: EngineEffect,
  at: Instant,
): Promise<void> | undefined {
  const { module } = working;
  const caseId = working.record.id;
  switch (effect.type) {
    case 'zwgk.deadline': {
      const spec = deadlineSpec(module, effect.name);
      if (!spec)
        moduleFault(
          module,
          `the machine asked to ${effect.op} deadline ${effect.name}, which deadlines does not declare (a keyed family is started as family:key)`,
        );
      const previous = working.deadlines.get(effect.name);
      let anchor = at;
      if (effect.from !== undefined) {
        let fromMs: number;
        try {
          fromMs = instantToMs(effect.from);
        } catch {
          return moduleFault(module, `deadline ${effect.name}: from ${JSON.stringify(effect.from)} is not an instant with an offset`);
        }
        anchor = toInstant(fromMs);
      }
      const next = calendarGuard(() =>
        applyDeadlineOperation(
          previous,
          effect.op,
          { caseId, name: effect.name, spec, citation: citation(module, spec.clause), calendar: work.calendar, at: anchor },
          effect.length,
          effect.warnAfter === undefined ? {} : { warnAfter: effect.warnAfter },
        ),
      );
      changeDeadline(work, previous, next, effect.op, at, effect.reason);
      return;
    }
    case 'zwgk.notice': {
      const spec = own(module.notices, effect.notice);
      if (!spec) moduleFault(module, `the machine sent notice ${effect.notice}, which notices does not declare`);
      let data = effect.data;
      if (effect.deadline !== undefined) {
        const deadline = working.deadlines.get(effect.deadline);
        if (!deadline) moduleFault(module, `notice ${effect.notice} states deadline ${effect.deadline}, which the case has not started`);
        data = { ...data, dueAt: deadline.dueAt, remaining: deadline.status === 'paused' ? deadline.remaining : null };
      }
      if (spec.schema) {
        const parsed = (spec.schema as z.ZodType).safeParse(data);
        if (!parsed.success) {
          throw new ZwgkError(
            'INVALID_PAYLOAD',
            `notice ${effect.notice} (${citation(module, spec.clause)}) requires ${describeIssue(parsed.error.issues[0], 'data')}`,
            {
              caseId,
              notice: effect.notice,
              issues: parsed.error.issues,
            },
          );
        }
        data = parsed.data as Record<string, unknown>;
      }
      const notice: NoticeRecord = {
        at,
        citation: citation(module, spec.clause),
        clause: spec.clause,
        data,
        name: effect.notice,
        recipient: spec.recipient,
      };
      const record = draft(working);
      record.notices = [...record.notices, notice];
      work.append(caseId, { kind: 'notice.sent', at, data: { ...notice } });
      return;
    }
    case 'zwgk.breach': {
      const spec = own(module.breaches, effect.breach);
      if (!spec) moduleFault(module, `the machine recorded breach ${effect.breach}, which breaches does not declare`);
      const breach = { at, citation: citation(module, spec.clause), clause: spec.clause, data: effect.data, name: effect.breach };
      const record = draft(working);
      record.breaches = [...record.breaches, breach];
      work.append(caseId, { kind: 'breach.recorded', at, data: { ...breach } });
      return;
    }
    case 'zwgk.child':
      return openChildCase(ctx, work, working, effect, at);
  }
}

async function openChildCase(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  effect: Extract<EngineEffect, { type: 'zwgk.child' }>,
  at: Instant,
): Promise<void> {
  const { module } = working;
  const caseId = working.record.id;
  if (!module.children?.includes(effect.module))
    moduleFault(module, `the machine opened a ${effect.module} child, which children does not list`);
  if (Object.hasOwn(working.record.children, effect.key)) moduleFault(module, `the machine opened a second child with key ${effect.key}`);
  const child = await openCase(ctx, work, effect.module, {
    input: effect.input,
    actor: ENGINE_ACTOR,
    at,
    parent: { id: caseId, key: effect.key },
    agency: working.record.agency,
  });
  const record = draft(working);
  record.children = { ...record.children, [effect.key]: child.record.id };
  work.append(caseId, { kind: 'child.opened', at, data: { caseId: child.record.id, key: effect.key, module: child.module.key } });
}

/** Stores a deadline's new state and audits the change with the clause behind it. */
export function changeDeadline(
  work: UnitOfWork,
  previous: DeadlineRecord | undefined,
  next: DeadlineRecord,
  op: DeadlineOperation,
  at: Instant,
  reason?: string,
): void {
  work.setDeadline(next);
  work.append(next.caseId, {
    kind: 'deadline.changed',
    at,
    // `provisional` only when true, so the entries of every other deadline hash as before.
    data: {
      clause: next.clause,
      dueAt: next.dueAt,
      name: next.name,
      op,
      outcome: next.outcome,
      previousDueAt: previous?.dueAt ?? null,
      ...(next.provisional ? { provisional: true } : {}),
      ...(reason ? { reason } : {}),
      status: next.status,
    },
  });
}
