import { describeIssue, toBeijingDate } from '@zwgk/calendar';
import { initialTransition } from 'xstate';
import type { z } from 'zod';
import { GENESIS_HASH } from '../audit.js';
import { applyDeadlineOperation } from '../deadline-ops.js';
import { ZwgkError } from '../errors.js';
import { type Actor, ENGINE_ACTOR, type Instant, type MachineInput } from '../events.js';
import { own } from '../own.js';
import { checkPayloadLimits } from '../payload-limits.js';
import { stateToString } from '../state-path.js';
import { draft, type UnitOfWork, type WorkingCase } from '../work.js';
import { deadlineSpec, type EngineContext, moduleFault } from './context.js';
import { deliver } from './deliver.js';
import { carryOutAll, changeDeadline } from './effects.js';
import { loadInto } from './working.js';

/*
 * A case's life: opened (by a caller or as a parent's child), closed when its machine reaches a
 * final state, ended when its parent closes first; children's outcomes go back to the parent.
 */

/** What opening a case needs. */
export interface OpenArgs {
  readonly input: unknown;
  readonly actor: Actor;
  readonly at: Instant;
  readonly parent?: { id: string; key: string };
  readonly agency?: string | null;
  readonly title?: string | null;
  readonly caseId?: string;
}

/** Opens a case of the module version in force at `args.at`, and carries out its initial effects. */
export async function openCase(ctx: EngineContext, work: UnitOfWork, moduleId: string, args: OpenArgs): Promise<WorkingCase> {
  const module = ctx.registry.inForce(moduleId, toBeijingDate(args.at));
  if (args.actor !== ENGINE_ACTOR && own(module.roles, args.actor.role) === undefined) {
    throw new ZwgkError(
      'ROLE_NOT_ALLOWED',
      `role ${args.actor.role} is not a role of ${module.id} (roles: ${Object.keys(module.roles).join(', ')})`,
      {
        module: module.id,
        role: args.actor.role,
      },
    );
  }
  if (args.actor !== ENGINE_ACTOR) checkPayloadLimits(args.input, ctx.limits, 'input', { module: module.id });
  const parsed = (module.input as z.ZodType).safeParse(args.input);
  if (!parsed.success) {
    throw new ZwgkError('INVALID_PAYLOAD', `${module.id} ${describeIssue(parsed.error.issues[0], 'input')}`, {
      module: module.id,
      issues: parsed.error.issues,
    });
  }
  const caseId = args.caseId ?? ctx.newId();
  if (work.cases.has(caseId) || (await ctx.store.load(caseId)))
    throw new ZwgkError('CASE_ID_USED', `case id ${caseId} is already used`, { caseId });
  const machineInput: MachineInput = { caseId, data: parsed.data, openedAt: args.at, parameters: ctx.parameters.get(module.key) ?? {} };
  const [snapshot, actions] = initialTransition(module.machine, machineInput);
  const working: WorkingCase = {
    record: {
      id: caseId,
      moduleId: module.id,
      moduleVersion: module.version,
      parentId: args.parent?.id ?? null,
      childKey: args.parent?.key ?? null,
      agency: args.agency ?? null,
      title: args.title ?? null,
      status: 'open',
      state: stateToString(snapshot.value),
      snapshot: module.machine.getPersistedSnapshot(snapshot),
      version: 1,
      openedAt: args.at,
      updatedAt: args.at,
      closedAt: null,
      openedBy: args.actor,
      notices: [],
      breaches: [],
      children: {},
      auditSeq: 0,
      auditHash: GENESIS_HASH,
    },
    expectedAuditSeq: null,
    owned: true,
    snapshot,
    module,
    deadlines: new Map(),
  };
  work.cases.set(caseId, working);
  work.append(caseId, {
    kind: 'case.opened',
    at: args.at,
    actor: args.actor,
    data: { input: machineInput, module: module.key, parent: args.parent ?? null, state: working.record.state },
  });
  await carryOutAll(ctx, work, working, actions, args.at);
  if (snapshot.status === 'done') await closeCase(ctx, work, working, args.at, 'done', snapshot.output);
  return working;
}

/**
 * Closes a case: `done` (its machine reached a final state, with this output) or `ended` (its
 * parent closed first). Cancels its open deadlines, ends its open children, and tells its parent.
 */
export async function closeCase(
  ctx: EngineContext,
  work: UnitOfWork,
  working: WorkingCase,
  at: Instant,
  status: 'done' | 'ended',
  output: unknown,
): Promise<void> {
  const caseId = working.record.id;
  if (status === 'done' && working.module.output) {
    // The output is the contract parents rely on: a machine that breaks it fails loudly here.
    const parsed = (working.module.output as z.ZodType).safeParse(output);
    if (!parsed.success) {
      moduleFault(working.module, `final output does not match its output schema: ${describeIssue(parsed.error.issues[0])}`);
    }
  }
  for (const deadline of working.deadlines.values()) {
    if (deadline.status !== 'running' && deadline.status !== 'paused') continue;
    const spec = deadlineSpec(working.module, deadline.name);
    if (!spec) continue;
    const next = applyDeadlineOperation(deadline, 'cancel', {
      caseId,
      name: deadline.name,
      spec,
      citation: deadline.citation,
      calendar: work.calendar,
      at,
    });
    changeDeadline(work, deadline, next, 'cancel', at, `case ${status}`);
  }
  const record = draft(working);
  record.status = status;
  record.closedAt = at;
  record.updatedAt = at;
  work.append(caseId, {
    kind: status === 'done' ? 'case.closed' : 'case.ended',
    at,
    data: { output: output ?? null, state: working.record.state },
  });
  // Closing or withdrawing a case ends the children it still waits for.
  for (const childId of Object.values(working.record.children)) {
    const child = await loadInto(ctx, work, childId);
    if (child.record.status === 'open') await closeCase(ctx, work, child, at, 'ended', { reason: `parent ${caseId} ${status}` });
  }
  if (status === 'done' && working.record.parentId && working.record.childKey) {
    work.queue.push({
      caseId: working.record.parentId,
      event: {
        type: 'child.done',
        payload: { caseId, key: working.record.childKey, module: working.record.moduleId, output: output ?? null },
        actor: ENGINE_ACTOR,
        at,
        eventId: `child.done:${caseId}`,
      },
    });
  }
}

/** Delivers what the engine queued (children's outcomes) until nothing is left. */
export async function drain(ctx: EngineContext, work: UnitOfWork): Promise<void> {
  for (let guard = 0; work.queue.length > 0; guard++) {
    if (guard > 1000) throw new ZwgkError('MODULE_FAULT', 'more than 1000 internal events in one step: the modules loop', {});
    const { caseId, event } = work.queue.shift()!;
    await deliver(ctx, work, await loadInto(ctx, work, caseId), event, false);
  }
}
