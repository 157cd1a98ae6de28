import type { Calendar } from '@zwgk/calendar';
import { recomputeDeadline } from '../deadline-ops.js';
import type { DeadlineRecord } from '../deadline-record.js';
import { ENGINE_ACTOR } from '../events.js';
import { calendarGuard, deadlineSpec, type EngineContext, newWork } from './context.js';
import { withRetry } from './retry.js';
import type { RecomputedDeadline } from './types.js';
import { commit, loadInto } from './working.js';

/**
 * Switches the engine to another calendar and recomputes the running deadlines counted with
 * another one. Operations already in flight keep the calendar they started with (one operation never
 * counts with two); they are let finish first, so the deadlines they write are recomputed too.
 */
export async function useCalendar(ctx: EngineContext, next: Calendar): Promise<RecomputedDeadline[]> {
  const previous = ctx.calendar;
  ctx.calendar = next;
  if (previous.version === next.version) return [];
  await ctx.inFlight.settled();
  const changed: RecomputedDeadline[] = [];
  // Another process sharing the store may still write on the old calendar: ask again, a few times.
  for (let pass = 0; pass < 3; pass++) {
    const byCase = new Map<string, DeadlineRecord[]>();
    for (const d of await ctx.store.openDeadlines()) {
      if (d.status !== 'running' || d.calendarVersion === next.version) continue;
      byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), d]);
    }
    if (byCase.size === 0 || ctx.calendar !== next) break;
    for (const caseId of byCase.keys()) {
      await withRetry(ctx, async () => {
        const work = newWork(ctx);
        const working = await loadInto(ctx, work, caseId);
        for (const d of working.deadlines.values()) {
          const spec = deadlineSpec(working.module, d.name);
          if (!spec || d.status !== 'running' || d.calendarVersion === next.version) continue;
          const updated = calendarGuard(() => recomputeDeadline(d, spec, next, work.recordedAt));
          work.setDeadline(updated);
          if (updated.dueAt !== d.dueAt) {
            const moved = d.dueAtMs !== null && updated.dueAtMs !== null && updated.dueAtMs < d.dueAtMs ? 'earlier' : 'later';
            const provisional = updated.provisional === true;
            changed.push({ caseId, name: d.name, previousDueAt: d.dueAt, dueAt: updated.dueAt, moved, provisional });
            work.append(caseId, {
              kind: 'deadline.recomputed',
              at: work.recordedAt,
              actor: ENGINE_ACTOR,
              data: {
                calendar: next.version,
                dueAt: updated.dueAt,
                moved,
                name: d.name,
                previousCalendar: d.calendarVersion,
                previousDueAt: d.dueAt,
                previousProvisional: d.provisional === true,
                provisional,
                // The schedule took time away: the case must know before its warning instant would have told it.
                ...(moved === 'earlier' ? { warning: `${d.label.zh}截止时间因节假日安排提前：${d.dueAt} → ${updated.dueAt}` } : {}),
              },
            });
          }
        }
        // A version-only change writes deadlines but no audit; the case row is untouched.
        await commit(ctx, work);
      });
    }
  }
  return changed;
}
