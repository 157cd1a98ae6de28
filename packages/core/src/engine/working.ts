import { __unsafe_getAllOwnEventDescriptors, type AnyMachineSnapshot } from 'xstate';
import type { NoticeRecord } from '../case-record.js';
import { ZwgkError } from '../errors.js';
import type { Instant } from '../events.js';
import { stateToString } from '../state-path.js';
import { draft, type UnitOfWork, type WorkingCase } from '../work.js';
import type { EngineContext } from './context.js';
import type { SendResult } from './types.js';

/** Loads a case into the operation (once): its record, restored snapshot, module and deadlines. */
export async function loadInto(ctx: EngineContext, work: UnitOfWork, caseId: string): Promise<WorkingCase> {
  const existing = work.cases.get(caseId);
  if (existing) return existing;
  const record = await ctx.store.load(caseId);
  if (!record) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
  const module = ctx.registry.byKey(record.moduleId, record.moduleVersion);
  let snapshot = ctx.snapshots.get(record);
  if (!snapshot) {
    try {
      snapshot = module.machine.resolveState(record.snapshot as never) as AnyMachineSnapshot;
    } catch (error) {
      throw new ZwgkError('STORE_CORRUPT', `case ${caseId}: its stored snapshot does not fit ${module.key}`, { caseId }, { cause: error });
    }
  }
  const deadlines = new Map((await ctx.store.deadlinesOf(caseId)).map((d) => [d.name, d]));
  const working: WorkingCase = { record, expectedAuditSeq: record.auditSeq, snapshot, module, deadlines };
  work.cases.set(caseId, working);
  return working;
}

/** Moves the case to the machine's next snapshot: a new version. */
export function setSnapshot(working: WorkingCase, snapshot: AnyMachineSnapshot, at: Instant): void {
  working.snapshot = snapshot;
  const record = draft(working);
  record.snapshot = working.module.machine.getPersistedSnapshot(snapshot);
  record.state = stateToString(snapshot.value);
  record.version += 1;
  record.updatedAt = at;
}

/** The external event types the case's current state has transitions for. */
export function machineAcceptedEvents(working: WorkingCase): string[] {
  return __unsafe_getAllOwnEventDescriptors(working.snapshot).filter((type: string) => type in working.module.events);
}

/** Writes the operation to the store, then remembers the snapshots it produced. */
export async function commit(ctx: EngineContext, work: UnitOfWork): Promise<void> {
  await ctx.store.commit(work.toCommit());
  for (const working of work.cases.values()) ctx.snapshots.remember(working.record, working.snapshot);
}

/** What `open` and `send` return for a case. */
export function result(working: WorkingCase, duplicate: boolean, notices: readonly NoticeRecord[]): SendResult {
  const { record } = working;
  return { caseId: record.id, version: record.version, state: record.state, status: record.status, duplicate, notices };
}
