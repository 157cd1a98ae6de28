import { initialTransition, transition } from 'xstate';
import { canonicalJson } from '../audit.js';
import { ZwgkError } from '../errors.js';
import type { CaseEvent, MachineInput } from '../events.js';
import { replayAfterClosure } from './after-closure.js';
import type { EngineContext } from './context.js';
import type { ReplayResult } from './types.js';

/** Replays the case's audited, delivered events through its machine and compares with the stored snapshot. */
export async function replay(ctx: EngineContext, caseId: string): Promise<ReplayResult> {
  const record = await ctx.store.load(caseId);
  if (!record) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
  const module = ctx.registry.byKey(record.moduleId, record.moduleVersion);
  const entries = await ctx.store.audit(caseId);
  const opened = entries.find((e) => e.kind === 'case.opened');
  if (!opened) throw new ZwgkError('STORE_CORRUPT', `case ${caseId} has no case.opened audit entry`, { caseId });
  let [snapshot] = initialTransition(module.machine, (opened.data as { input: MachineInput }).input);
  let replayedEvents = 0;
  const afterClosure: string[] = [];
  for (const entry of entries) {
    if ((entry.kind === 'event.applied' || entry.kind === 'engine.event') && entry.data.delivered === true) {
      // A fact after closure did not run the machine: its handler is run again and must give the same effects.
      if (entry.data.afterClosure === true) {
        const problem = replayAfterClosure(module, entry.data, snapshot.output);
        if (problem) afterClosure.push(`audit entry ${entry.seq}: ${problem}`);
      } else [snapshot] = transition(module.machine, snapshot, entry.data.event as CaseEvent);
      replayedEvents++;
    }
  }
  const replayed = JSON.parse(JSON.stringify(module.machine.getPersistedSnapshot(snapshot))) as unknown;
  const stored = JSON.parse(JSON.stringify(record.snapshot)) as unknown;
  return {
    matches: canonicalJson(replayed) === canonicalJson(stored) && afterClosure.length === 0,
    replayedEvents,
    replayed,
    stored,
    ...(afterClosure.length ? { problems: afterClosure } : {}),
  };
}
