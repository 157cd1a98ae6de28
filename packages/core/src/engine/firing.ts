import { toInstant } from '@zwgk/calendar';
import { type DeadlineRecord, nextFireAt } from '../deadline-record.js';
import { isZwgkError } from '../errors.js';
import { type CaseEvent, ENGINE_ACTOR } from '../events.js';
import type { UnitOfWork } from '../work.js';
import { type EngineContext, newWork } from './context.js';
import { deliver } from './deliver.js';
import { drain } from './lifecycle.js';
import { withRetry } from './retry.js';
import type { FiredDeadline } from './types.js';
import { commit, loadInto } from './working.js';

/**
 * Fires one deadline's next warning or due instant at `nowMs`, in its own operation: flags it,
 * audits it and delivers `deadline.warning` / `deadline.due` to the machine. Undefined when
 * another worker fired it first.
 */
async function fire(
  ctx: EngineContext,
  deadline: DeadlineRecord,
  nowMs: number,
  untilMs = nowMs,
): Promise<{ fired: FiredDeadline; nextFireAtMs: number } | undefined> {
  const work = newWork(ctx, toInstant(nowMs));
  const working = await loadInto(ctx, work, deadline.caseId);
  const current = working.deadlines.get(deadline.name);
  if (!current || current.nextFireAtMs === null || current.nextFireAtMs > untilMs) return undefined; // another worker fired it
  if (current.status === 'paused') return firePauseWarning(ctx, work, current, nowMs);
  const kind = !current.warned && current.warnAtMs !== null ? 'warning' : 'due';
  const scheduledMs = current.nextFireAtMs;
  const scheduledAt = toInstant(scheduledMs);
  const flagged = kind === 'warning' ? { ...current, warned: true } : { ...current, fellDue: true };
  const updated: DeadlineRecord = {
    ...flagged,
    nextFireAtMs: nextFireAt(flagged),
    history: [
      ...current.history,
      { op: kind === 'warning' ? 'warned' : 'fell-due', at: scheduledAt, dueAt: current.dueAt, note: `fired at ${work.recordedAt}` },
    ],
  };
  work.setDeadline(updated);
  const lateMs = nowMs - scheduledMs;
  work.append(deadline.caseId, {
    kind: kind === 'warning' ? 'deadline.warned' : 'deadline.fell-due',
    at: scheduledAt,
    actor: ENGINE_ACTOR,
    data: { clause: current.clause, dueAt: current.dueAt, firedAt: work.recordedAt, lateMs, name: current.name },
  });
  const event: CaseEvent =
    kind === 'warning'
      ? {
          actor: ENGINE_ACTOR,
          at: scheduledAt,
          eventId: `${current.name}:warning:${scheduledMs}`,
          payload: { dueAt: current.dueAt, name: current.name, warnAt: scheduledAt },
          type: 'deadline.warning',
        }
      : {
          actor: ENGINE_ACTOR,
          at: scheduledAt,
          eventId: `${current.name}:due:${scheduledMs}`,
          payload: { dueAt: current.dueAt, name: current.name },
          type: 'deadline.due',
        };
  const delivered = await deliver(ctx, work, working, event, false);
  if (work.queue.length > 0) await drain(ctx, work);
  await commit(ctx, work);
  const nextFireAtMs = Math.min(...[...work.changedDeadlines.values()].map((d) => d.nextFireAtMs ?? Number.POSITIVE_INFINITY));
  return {
    fired: { caseId: deadline.caseId, name: deadline.name, kind, scheduledAt, firedAt: work.recordedAt, lateMs, delivered },
    nextFireAtMs,
  };
}

/**
 * A pause with no end of its own (waiting on someone outside the office) has lasted its warning
 * time: flag it and audit it. The machine is not told (it waits on the outside party); the OA
 * system sees it in what `tick` returns, in `upcoming` and in the audit.
 */
async function firePauseWarning(
  ctx: EngineContext,
  work: UnitOfWork,
  current: DeadlineRecord,
  nowMs: number,
): Promise<{ fired: FiredDeadline; nextFireAtMs: number }> {
  const scheduledMs = current.nextFireAtMs!;
  const scheduledAt = toInstant(scheduledMs);
  const flagged = { ...current, pauseWarned: true };
  work.setDeadline({
    ...flagged,
    nextFireAtMs: nextFireAt(flagged),
    history: [
      ...current.history,
      { op: 'pause-warned', at: scheduledAt, dueAt: null, note: `paused since ${current.pausedAt}; fired at ${work.recordedAt}` },
    ],
  });
  const lateMs = nowMs - scheduledMs;
  work.append(current.caseId, {
    kind: 'deadline.warned',
    at: scheduledAt,
    actor: ENGINE_ACTOR,
    data: { clause: current.clause, dueAt: null, firedAt: work.recordedAt, lateMs, name: current.name, pausedAt: current.pausedAt },
  });
  await commit(ctx, work);
  return {
    fired: {
      caseId: current.caseId,
      name: current.name,
      kind: 'pauseWarning',
      scheduledAt,
      firedAt: work.recordedAt,
      lateMs,
      delivered: false,
    },
    nextFireAtMs: Number.POSITIVE_INFINITY,
  };
}

/** Fires every deadline warning and due instant reached by `now`, in due order. */
export async function tick(ctx: EngineContext, now: number): Promise<FiredDeadline[]> {
  const fired: FiredDeadline[] = [];
  for (;;) {
    // A store shared by several schedulers hands each its own share (claimed), else all that are due.
    const due = await (ctx.store.claimDueDeadlines ? ctx.store.claimDueDeadlines(now, 100) : ctx.store.dueDeadlines(now, 100));
    if (due.length === 0) return fired;
    // Fire in due order: a firing may move its deadline (warning → due) or start new ones
    // earlier than the rest of the batch; past that horizon, query again.
    let horizon = Number.POSITIVE_INFINITY;
    for (const deadline of due) {
      if ((deadline.nextFireAtMs ?? 0) >= horizon) break;
      let one: Awaited<ReturnType<typeof fire>>;
      try {
        one = await withRetry(ctx, () => fire(ctx, deadline, now));
      } catch (error) {
        // Another process is acting on this case (perhaps firing the same deadline): its commit
        // won; the next query sees the deadline fired or still due.
        if (isZwgkError(error, 'VERSION_CONFLICT')) continue;
        throw error;
      }
      if (!one) continue;
      fired.push(one.fired);
      horizon = Math.min(horizon, one.nextFireAtMs);
    }
  }
}

/**
 * Before an event is applied: fires the case's warnings and due instants at or before the event's
 * instant, in due order, as `tick` would have (so a reply entered before the scheduler's next tick
 * still finds its deadline fallen due, and the breach recorded, as a replayed scenario does).
 */
export async function fireCaseUntil(ctx: EngineContext, caseId: string, untilMs: number): Promise<FiredDeadline[]> {
  const fired: FiredDeadline[] = [];
  const nowMs = Math.max(ctx.clock.now(), untilMs);
  for (let guard = 0; guard < 1000; guard++) {
    const next = (await ctx.store.deadlinesOf(caseId))
      .filter((d) => d.nextFireAtMs !== null && d.nextFireAtMs <= untilMs)
      .sort((a, b) => a.nextFireAtMs! - b.nextFireAtMs! || a.name.localeCompare(b.name))[0];
    if (!next) break;
    const one = await withRetry(ctx, () => fire(ctx, next, nowMs, untilMs));
    if (one) fired.push(one.fired);
  }
  return fired;
}
