import { CalendarError, instantToMs, toBeijingDate, toInstant, type Calendar } from '@zwgk/calendar';
import { __unsafe_getAllOwnEventDescriptors, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { z } from 'zod';
import { canonicalJson, GENESIS_HASH, sha256Hex, verifyStoreAudit, type AuditEntry, type AuditVerification, type Sha256Hex } from './audit.js';
import type { CaseRecord, NoticeRecord } from './case-record.js';
import type { Clock } from './clock.js';
import { applyDeadlineOperation, recomputeDeadline } from './deadline-ops.js';
import { nextFireAt, type DeadlineRecord } from './deadline-record.js';
import type { AnyRuleModule } from './define-rule-module.js';
import { isZwgkError, ZwgkError } from './errors.js';
import { ENGINE_ACTOR, type Actor, type CaseEvent, type DeadlineOperation, type EngineEffect, type Instant, type MachineInput } from './events.js';
import { MemoryStore } from './memory-store.js';
import { pureTransition } from './pure-transition.js';
import { ModuleRegistry } from './registry.js';
import { stateToString } from './state-path.js';
import type { CaseQuery, CaseStore } from './store.js';
import { draft, UnitOfWork, type WorkingCase } from './work.js';

/** Options of `createEngine`. */
export interface EngineOptions {
  readonly modules: readonly AnyRuleModule[];
  readonly calendar: Calendar;
  readonly clock: Clock;
  /** Defaults to a {@link MemoryStore}. */
  readonly store?: CaseStore;
  /** Overrides of module parameters, by module id then parameter name; validated at creation. */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Makes case ids and default event ids. Defaults to `crypto.randomUUID`. */
  readonly newId?: () => string;
  /** How often a write that lost a race is retried before the conflict reaches the caller. Default 3. */
  readonly retries?: number;
  /** SHA-256 for the audit chain; defaults to Node's native one, or pure-JS @noble/hashes where the host has none. */
  readonly sha256?: Sha256Hex;
}

/** What `engine.open` needs to open a case: the module's input, who opens it, when the matter began. */
export interface OpenRequest {
  readonly input: unknown;
  readonly actor: Actor;
  /** When the matter began in law (the application's receipt). Defaults to now; never in the future. */
  readonly occurredAt?: Instant;
  readonly agency?: string;
  readonly title?: string;
  /** Choose the case id (the OA system's own file number); must be unused. */
  readonly caseId?: string;
}

/** What `engine.send` needs: the event type and payload, who sends it, and an optional idempotency id. */
export interface EventRequest {
  readonly type: string;
  readonly payload?: unknown;
  readonly actor: Actor;
  /** The caller's id for this event: sending the same id again changes nothing. */
  readonly eventId?: string;
  readonly occurredAt?: Instant;
  /** Fail with VERSION_CONFLICT unless the case is still at this version. */
  readonly expectedVersion?: number;
}

/** The case after `open` or `send`: its version, state, status and the notices the step sent. */
export interface SendResult {
  readonly caseId: string;
  readonly version: number;
  readonly state: string;
  readonly status: CaseRecord['status'];
  /** True when this event id had been applied before: nothing changed. */
  readonly duplicate: boolean;
  readonly notices: readonly NoticeRecord[];
}

/** A case as `engine.getCase` returns it, with its deadlines and the events it may accept now. */
export interface CaseView {
  readonly case: CaseRecord;
  readonly deadlines: readonly DeadlineRecord[];
  /** Event types the current state may accept (their guards are checked when sent). */
  readonly acceptedEvents: readonly string[];
}

/** A deadline warning or due instant that `engine.tick` fired. */
export interface FiredDeadline {
  readonly caseId: string;
  readonly name: string;
  readonly kind: 'warning' | 'due';
  readonly scheduledAt: Instant;
  readonly firedAt: Instant;
  /** How late it fired: the process may have been down. */
  readonly lateMs: number;
  /** Whether the machine's current state handles the event (it is recorded either way). */
  readonly delivered: boolean;
}

/** A deadline whose due instant `engine.useCalendar` moved. */
export interface RecomputedDeadline {
  readonly caseId: string;
  readonly name: string;
  readonly previousDueAt: Instant | null;
  readonly dueAt: Instant | null;
}

/** Whether replaying a case's audited events through its machine reproduces the stored case. */
export interface ReplayResult {
  readonly matches: boolean;
  readonly replayedEvents: number;
  readonly replayed: unknown;
  readonly stored: unknown;
}

/** Runs rule-module cases: opens them, applies events, fires deadlines, and keeps the audit trail (see `createEngine`). */
export interface Engine {
  readonly modules: readonly AnyRuleModule[];
  readonly calendar: Calendar;
  /** Opens a case of a module (by id); the input is validated against the module's input schema. */
  open(moduleId: string, request: OpenRequest): Promise<SendResult>;
  /** Applies an event to a case, after checking its role, payload and the machine's current state. */
  send(caseId: string, request: EventRequest): Promise<SendResult>;
  /** Fires every deadline warning and due instant reached by `now` (default: the clock's now). */
  tick(now?: number): Promise<FiredDeadline[]>;
  /** The case, its deadlines and the events it accepts now; `NOT_FOUND` when there is none. */
  getCase(caseId: string): Promise<CaseView>;
  /** The case's audit trail, oldest first. */
  history(caseId: string): Promise<AuditEntry[]>;
  /** Cases matching the query (all when none is given). */
  listCases(query?: CaseQuery): Promise<CaseRecord[]>;
  /** Running deadlines that warn or fall due in [from, to). */
  upcoming(window: { from: number; to: number }): Promise<DeadlineRecord[]>;
  /** Checks the hash chain of one case's audit trail, or of every case. */
  verifyAudit(caseId?: string): Promise<AuditVerification>;
  /** Replays the case's audited events through its machine and compares the result with the stored case. */
  replay(caseId: string): Promise<ReplayResult>;
  /** Switches to another calendar (a changed schedule) and recomputes the open deadlines it moves. */
  useCalendar(calendar: Calendar): Promise<RecomputedDeadline[]>;
}

const ENGINE_EVENT_TYPES = new Set(['deadline.warning', 'deadline.due', 'child.done']);

function isEffect(action: { type: string; params?: unknown }): EngineEffect | undefined {
  if (action.type !== 'xstate.emit') return undefined;
  const event = (action.params as { event?: { type?: unknown } } | undefined)?.event;
  return typeof event?.type === 'string' && event.type.startsWith('zwgk.') ? (event as EngineEffect) : undefined;
}

function calendarGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError) throw new ZwgkError('CALENDAR', error.message, { calendar: error.code }, { cause: error });
    throw error;
  }
}

/**
 * Creates the engine an OA system embeds: it opens cases of rule modules, applies events,
 * keeps deadlines as data and fires them on `tick`, and writes a hash-chained audit trail.
 *
 * @example
 * const engine = createEngine({ modules: [disclosureRequest], calendar: china, clock: systemClock, store });
 * const { caseId } = await engine.open('disclosure-request', { input, actor: { id: 'clerk-1', role: 'receptionist' } });
 */
export function createEngine(options: EngineOptions): Engine {
  const registry = new ModuleRegistry(options.modules);
  const store = options.store ?? new MemoryStore();
  const clock = options.clock;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const retries = options.retries ?? 3;
  const digest = options.sha256 ?? sha256Hex;
  const newWork = (recordedAt: Instant) => new UnitOfWork(recordedAt, digest);
  let calendar = options.calendar;
  const parameters = resolveParameters(registry.all, options.parameters ?? {});

  const nowInstant = () => toInstant(clock.now());

  // Restored snapshots by case, valid while the case's version is unchanged: saves resolving the
  // persisted snapshot on every event. Bounded; the oldest entries go first.
  const snapshotCache = new Map<string, { version: number; snapshot: AnyMachineSnapshot }>();
  const SNAPSHOT_CACHE_SIZE = 10_000;
  function remember(record: CaseRecord, snapshot: AnyMachineSnapshot): void {
    snapshotCache.delete(record.id);
    snapshotCache.set(record.id, { version: record.version, snapshot });
    if (snapshotCache.size > SNAPSHOT_CACHE_SIZE) snapshotCache.delete(snapshotCache.keys().next().value!);
  }

  function legalInstant(occurredAt: Instant | undefined, field: string): Instant {
    if (occurredAt === undefined) return nowInstant();
    let ms: number;
    try {
      ms = instantToMs(occurredAt);
    } catch {
      throw new ZwgkError('INVALID_ARGUMENT', `${field} must be an ISO 8601 instant with an offset, e.g. 2024-09-27T09:00:00+08:00`, { [field]: occurredAt });
    }
    if (ms > clock.now()) throw new ZwgkError('INVALID_ARGUMENT', `${field} ${occurredAt} is in the future`, { [field]: occurredAt });
    return toInstant(ms);
  }

  function citation(module: AnyRuleModule, clause: string): string {
    return (module.clauses as Record<string, { citation: string }>)[clause]?.citation ?? clause;
  }

  function moduleFault(module: AnyRuleModule, message: string): never {
    throw new ZwgkError('MODULE_FAULT', `${module.key}: ${message}`, { module: module.key });
  }

  async function loadInto(work: UnitOfWork, caseId: string): Promise<WorkingCase> {
    const existing = work.cases.get(caseId);
    if (existing) return existing;
    const record = await store.load(caseId);
    if (!record) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
    const module = registry.byKey(record.moduleId, record.moduleVersion);
    const cached = snapshotCache.get(caseId);
    let snapshot: AnyMachineSnapshot;
    if (cached && cached.version === record.version) snapshot = cached.snapshot;
    else {
      try {
        snapshot = module.machine.resolveState(record.snapshot as never) as AnyMachineSnapshot;
      } catch (error) {
        throw new ZwgkError('STORE_CORRUPT', `case ${caseId}: its stored snapshot does not fit ${module.key}`, { caseId }, { cause: error });
      }
    }
    const deadlines = new Map((await store.deadlinesOf(caseId)).map((d) => [d.name, d]));
    const working: WorkingCase = { record, expectedAuditSeq: record.auditSeq, snapshot, module, deadlines };
    work.cases.set(caseId, working);
    return working;
  }

  function setSnapshot(working: WorkingCase, snapshot: AnyMachineSnapshot, at: Instant): void {
    working.snapshot = snapshot;
    const record = draft(working);
    record.snapshot = working.module.machine.getPersistedSnapshot(snapshot);
    record.state = stateToString(snapshot.value);
    record.version += 1;
    record.updatedAt = at;
  }

  /** The external event types the case's current state has transitions for. */
  function acceptedEvents(working: WorkingCase): string[] {
    return __unsafe_getAllOwnEventDescriptors(working.snapshot).filter((type: string) => type in working.module.events);
  }

  /** Runs one event through a case's machine and carries out what the machine asks. */
  async function deliver(work: UnitOfWork, working: WorkingCase, event: CaseEvent, external: boolean): Promise<boolean> {
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
        const accepted = acceptedEvents(working);
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
    for (const action of actions) {
      const effect = isEffect(action);
      const pending = effect && carryOut(work, working, effect, event.at);
      if (pending) await pending;
    }
    if (next.status === 'done') await closeCase(work, working, event.at, 'done', next.output);
    return true;
  }

  /**
   * Carries out one effect. Only opening a child case waits for the store, so only it returns a
   * promise: the common effects (deadlines, notices, breaches) cost no promise and no microtask.
   */
  function carryOut(work: UnitOfWork, working: WorkingCase, effect: EngineEffect, at: Instant): Promise<void> | undefined {
    const { module } = working;
    const caseId = working.record.id;
    switch (effect.type) {
      case 'zwgk.deadline': {
        const spec = module.deadlines?.[effect.name];
        if (!spec) moduleFault(module, `the machine asked to ${effect.op} deadline ${effect.name}, which deadlines does not declare`);
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
          applyDeadlineOperation(previous, effect.op, { caseId, name: effect.name, spec, citation: citation(module, spec.clause), calendar, at: anchor }, effect.length),
        );
        changeDeadline(work, previous, next, effect.op, at, effect.reason);
        return;
      }
      case 'zwgk.notice': {
        const spec = module.notices?.[effect.notice];
        if (!spec) moduleFault(module, `the machine sent notice ${effect.notice}, which notices does not declare`);
        let data = effect.data;
        if (spec.schema) {
          const parsed = (spec.schema as z.ZodType).safeParse(effect.data);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new ZwgkError('INVALID_PAYLOAD', `notice ${effect.notice} (${citation(module, spec.clause)}) requires ${issue?.path.join('.') || 'its content'}: ${issue?.message ?? ''}`, {
              caseId,
              notice: effect.notice,
              issues: parsed.error.issues,
            });
          }
          data = parsed.data as Record<string, unknown>;
        }
        const notice: NoticeRecord = { at, citation: citation(module, spec.clause), clause: spec.clause, data, name: effect.notice, recipient: spec.recipient };
        const record = draft(working);
        record.notices = [...record.notices, notice];
        work.append(caseId, { kind: 'notice.sent', at, data: { ...notice } });
        return;
      }
      case 'zwgk.breach': {
        const spec = module.breaches?.[effect.breach];
        if (!spec) moduleFault(module, `the machine recorded breach ${effect.breach}, which breaches does not declare`);
        const breach = { at, citation: citation(module, spec.clause), clause: spec.clause, data: effect.data, name: effect.breach };
        const record = draft(working);
        record.breaches = [...record.breaches, breach];
        work.append(caseId, { kind: 'breach.recorded', at, data: { ...breach } });
        return;
      }
      case 'zwgk.child':
        return openChildCase(work, working, effect, at);
    }
  }

  async function openChildCase(work: UnitOfWork, working: WorkingCase, effect: Extract<EngineEffect, { type: 'zwgk.child' }>, at: Instant): Promise<void> {
    const { module } = working;
    const caseId = working.record.id;
    if (!module.children?.includes(effect.module)) moduleFault(module, `the machine opened a ${effect.module} child, which children does not list`);
    if (effect.key in working.record.children) moduleFault(module, `the machine opened a second child with key ${effect.key}`);
    const child = await openCase(work, effect.module, {
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
  function changeDeadline(work: UnitOfWork, previous: DeadlineRecord | undefined, next: DeadlineRecord, op: DeadlineOperation, at: Instant, reason?: string): void {
    work.setDeadline(next);
    work.append(next.caseId, {
      kind: 'deadline.changed',
      at,
      data: { clause: next.clause, dueAt: next.dueAt, name: next.name, op, outcome: next.outcome, previousDueAt: previous?.dueAt ?? null, ...(reason ? { reason } : {}), status: next.status },
    });
  }

  async function closeCase(work: UnitOfWork, working: WorkingCase, at: Instant, status: 'done' | 'ended', output: unknown): Promise<void> {
    const caseId = working.record.id;
    if (status === 'done' && working.module.output) {
      // The output is the contract parents rely on: a machine that breaks it fails loudly here.
      const parsed = (working.module.output as z.ZodType).safeParse(output);
      if (!parsed.success) moduleFault(working.module, `final output does not match its output schema: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
    }
    for (const deadline of working.deadlines.values()) {
      if (deadline.status !== 'running' && deadline.status !== 'paused') continue;
      const spec = working.module.deadlines?.[deadline.name];
      if (!spec) continue;
      const next = applyDeadlineOperation(deadline, 'cancel', { caseId, name: deadline.name, spec, citation: deadline.citation, calendar, at });
      changeDeadline(work, deadline, next, 'cancel', at, `case ${status}`);
    }
    const record = draft(working);
    record.status = status;
    record.closedAt = at;
    record.updatedAt = at;
    work.append(caseId, { kind: status === 'done' ? 'case.closed' : 'case.ended', at, data: { output: output ?? null, state: working.record.state } });
    // Closing or withdrawing a case ends the children it still waits for.
    for (const childId of Object.values(working.record.children)) {
      const child = await loadInto(work, childId);
      if (child.record.status === 'open') await closeCase(work, child, at, 'ended', { reason: `parent ${caseId} ${status}` });
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

  interface OpenArgs {
    input: unknown;
    actor: Actor;
    at: Instant;
    parent?: { id: string; key: string };
    agency?: string | null;
    title?: string | null;
    caseId?: string;
  }

  async function openCase(work: UnitOfWork, moduleId: string, args: OpenArgs): Promise<WorkingCase> {
    const module = registry.inForce(moduleId, toBeijingDate(args.at));
    if (args.actor !== ENGINE_ACTOR && !(args.actor.role in module.roles)) {
      throw new ZwgkError('ROLE_NOT_ALLOWED', `role ${args.actor.role} is not a role of ${module.id} (roles: ${Object.keys(module.roles).join(', ')})`, {
        module: module.id,
        role: args.actor.role,
      });
    }
    const parsed = (module.input as z.ZodType).safeParse(args.input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ZwgkError('INVALID_PAYLOAD', `${module.id} input.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { module: module.id, issues: parsed.error.issues });
    }
    const caseId = args.caseId ?? newId();
    if (work.cases.has(caseId) || (await store.load(caseId))) throw new ZwgkError('INVALID_ARGUMENT', `case id ${caseId} is already used`, { caseId });
    const machineInput: MachineInput = { caseId, data: parsed.data, openedAt: args.at, parameters: parameters.get(module.key) ?? {} };
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
    for (const action of actions) {
      const effect = isEffect(action);
      const pending = effect && carryOut(work, working, effect, args.at);
      if (pending) await pending;
    }
    if (snapshot.status === 'done') await closeCase(work, working, args.at, 'done', snapshot.output);
    return working;
  }

  /** Delivers what the engine queued (children's outcomes) until nothing is left. */
  async function drain(work: UnitOfWork): Promise<void> {
    for (let guard = 0; work.queue.length > 0; guard++) {
      if (guard > 1000) throw new ZwgkError('MODULE_FAULT', 'more than 1000 internal events in one step: the modules loop', {});
      const { caseId, event } = work.queue.shift()!;
      await deliver(work, await loadInto(work, caseId), event, false);
    }
  }

  async function commit(work: UnitOfWork): Promise<void> {
    await store.commit(work.toCommit());
    for (const working of work.cases.values()) remember(working.record, working.snapshot);
  }

  function result(working: WorkingCase, duplicate: boolean, notices: readonly NoticeRecord[]): SendResult {
    const { record } = working;
    return { caseId: record.id, version: record.version, state: record.state, status: record.status, duplicate, notices };
  }

  /** Retries work that lost a race with another writer, reloading each time. */
  async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!(error instanceof ZwgkError && error.code === 'VERSION_CONFLICT' && error.details.retryable !== false) || attempt >= retries) throw error;
      }
    }
  }

  async function recordRejection(caseId: string, request: EventRequest, error: ZwgkError): Promise<void> {
    await withRetry(async () => {
      const work = newWork(nowInstant());
      const working = await loadInto(work, caseId);
      work.append(caseId, {
        kind: 'event.rejected',
        at: work.recordedAt,
        actor: request.actor,
        data: { code: error.code, eventId: request.eventId ?? null, message: error.message, payload: jsonSafe(request.payload), state: working.record.state, type: String(request.type) },
      });
      await commit(work);
    });
  }

  function validateActor(actor: unknown, field: string): asserts actor is Actor {
    const a = actor as Partial<Actor> | undefined;
    if (!a || typeof a.id !== 'string' || !a.id || typeof a.role !== 'string' || !a.role) {
      throw new ZwgkError('INVALID_ARGUMENT', `${field} must be { id, role } with non-empty strings`, { [field]: actor ?? null });
    }
  }

  async function applyEvent(caseId: string, request: EventRequest, eventId: string): Promise<SendResult> {
    const work = newWork(nowInstant());
    const working = await loadInto(work, caseId);
    const { module } = working;
    if (request.expectedVersion !== undefined && request.expectedVersion !== working.record.version) {
      throw new ZwgkError('VERSION_CONFLICT', `case ${caseId} is at version ${working.record.version}, not ${request.expectedVersion}`, {
        caseId,
        expectedVersion: request.expectedVersion,
        actualVersion: working.record.version,
        retryable: false,
      });
    }
    const spec = module.events[request.type];
    if (!spec || ENGINE_EVENT_TYPES.has(request.type)) {
      throw new ZwgkError('UNKNOWN_EVENT', `${module.key} has no event ${request.type} (events: ${Object.keys(module.events).join(', ')})`, { caseId, event: request.type });
    }
    if (!spec.roles.includes(request.actor.role)) {
      throw new ZwgkError('ROLE_NOT_ALLOWED', `role ${request.actor.role} may not send ${request.type} (allowed: ${spec.roles.join(', ')})`, {
        caseId,
        event: request.type,
        role: request.actor.role,
        allowed: spec.roles,
      });
    }
    const parsed = (spec.schema as z.ZodType).safeParse(request.payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ZwgkError('INVALID_PAYLOAD', `${request.type} payload.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, {
        caseId,
        event: request.type,
        issues: parsed.error.issues,
      });
    }
    // Without occurredAt the event happened now: the instant this work records (formatted once).
    const at = request.occurredAt === undefined ? work.recordedAt : legalInstant(request.occurredAt, 'occurredAt');
    const event: CaseEvent = { actor: request.actor, at, eventId, payload: parsed.data, type: request.type };
    const noticesBefore = working.record.notices.length;
    await deliver(work, working, event, true);
    if (work.queue.length > 0) await drain(work);
    const sendResult = result(working, false, working.record.notices.slice(noticesBefore));
    work.idempotency.push({ caseId, eventId, result: sendResult });
    await commit(work);
    return sendResult;
  }

  async function fire(deadline: DeadlineRecord, nowMs: number): Promise<{ fired: FiredDeadline; nextFireAtMs: number } | undefined> {
    const work = newWork(toInstant(nowMs));
    const working = await loadInto(work, deadline.caseId);
    const current = working.deadlines.get(deadline.name);
    if (!current || current.nextFireAtMs === null || current.nextFireAtMs > nowMs) return undefined; // another worker fired it
    const kind = !current.warned && current.warnAtMs !== null ? 'warning' : 'due';
    const scheduledMs = current.nextFireAtMs;
    const scheduledAt = toInstant(scheduledMs);
    const flagged = kind === 'warning' ? { ...current, warned: true } : { ...current, fellDue: true };
    const updated: DeadlineRecord = {
      ...flagged,
      nextFireAtMs: nextFireAt(flagged),
      history: [...current.history, { op: kind === 'warning' ? 'warned' : 'fell-due', at: scheduledAt, dueAt: current.dueAt, note: `fired at ${work.recordedAt}` }],
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
        ? { actor: ENGINE_ACTOR, at: scheduledAt, eventId: `${current.name}:warning:${scheduledMs}`, payload: { dueAt: current.dueAt, name: current.name, warnAt: scheduledAt }, type: 'deadline.warning' }
        : { actor: ENGINE_ACTOR, at: scheduledAt, eventId: `${current.name}:due:${scheduledMs}`, payload: { dueAt: current.dueAt, name: current.name }, type: 'deadline.due' };
    const delivered = await deliver(work, working, event, false);
    if (work.queue.length > 0) await drain(work);
    await commit(work);
    const nextFireAtMs = Math.min(...[...work.changedDeadlines.values()].map((d) => d.nextFireAtMs ?? Number.POSITIVE_INFINITY));
    return { fired: { caseId: deadline.caseId, name: deadline.name, kind, scheduledAt, firedAt: work.recordedAt, lateMs, delivered }, nextFireAtMs };
  }

  const engine: Engine = {
    get modules() {
      return registry.all;
    },
    get calendar() {
      return calendar;
    },

    async open(moduleId, request) {
      validateActor(request?.actor, 'actor');
      const at = legalInstant(request.occurredAt, 'occurredAt');
      return withRetry(async () => {
        const work = newWork(nowInstant());
        const working = await openCase(work, moduleId, {
          input: request.input,
          actor: request.actor,
          at,
          agency: request.agency ?? null,
          title: request.title ?? null,
          ...(request.caseId === undefined ? {} : { caseId: request.caseId }),
        });
        if (work.queue.length > 0) await drain(work);
        await commit(work);
        return result(working, false, working.record.notices);
      });
    },

    async send(caseId, request) {
      if (typeof caseId !== 'string' || !caseId) throw new ZwgkError('INVALID_ARGUMENT', 'caseId must be a non-empty string', {});
      validateActor(request?.actor, 'actor');
      if (typeof request.type !== 'string') throw new ZwgkError('INVALID_ARGUMENT', 'type must be the event type', {});
      const eventId = request.eventId ?? newId();
      try {
        return await withRetry(async () => {
          const previous = request.eventId === undefined ? undefined : await store.idempotentResult(caseId, eventId);
          if (previous !== undefined) return { ...(previous as SendResult), duplicate: true };
          return applyEvent(caseId, request, eventId);
        });
      } catch (error) {
        if (error instanceof ZwgkError && error.code !== 'UNKNOWN_CASE' && error.code !== 'VERSION_CONFLICT' && error.code !== 'STORE_CORRUPT') {
          await recordRejection(caseId, request, error);
        }
        throw error;
      }
    },

    async tick(now = clock.now()) {
      const fired: FiredDeadline[] = [];
      for (;;) {
        const due = await store.dueDeadlines(now, 100);
        if (due.length === 0) return fired;
        // Fire in due order: a firing may move its deadline (warning → due) or start new ones
        // earlier than the rest of the batch; past that horizon, query again.
        let horizon = Number.POSITIVE_INFINITY;
        for (const deadline of due) {
          if ((deadline.nextFireAtMs ?? 0) >= horizon) break;
          let one: Awaited<ReturnType<typeof fire>>;
          try {
            one = await withRetry(() => fire(deadline, now));
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
    },

    async getCase(caseId) {
      const work = newWork(nowInstant());
      const working = await loadInto(work, caseId);
      return { case: working.record, deadlines: [...working.deadlines.values()], acceptedEvents: acceptedEvents(working) };
    },

    async history(caseId) {
      if (!(await store.load(caseId))) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
      return store.audit(caseId);
    },

    listCases: (query = {}) => store.listCases(query),

    upcoming: ({ from, to }) => store.deadlinesBetween(from, to),

    verifyAudit: (caseId) => verifyStoreAudit(store, caseId === undefined ? undefined : [caseId], digest),

    async replay(caseId) {
      const record = await store.load(caseId);
      if (!record) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
      const module = registry.byKey(record.moduleId, record.moduleVersion);
      const entries = await store.audit(caseId);
      const opened = entries.find((e) => e.kind === 'case.opened');
      if (!opened) throw new ZwgkError('STORE_CORRUPT', `case ${caseId} has no case.opened audit entry`, { caseId });
      let [snapshot] = initialTransition(module.machine, (opened.data as { input: MachineInput }).input);
      let replayedEvents = 0;
      for (const entry of entries) {
        if ((entry.kind === 'event.applied' || entry.kind === 'engine.event') && entry.data.delivered === true) {
          [snapshot] = transition(module.machine, snapshot, entry.data.event as CaseEvent);
          replayedEvents++;
        }
      }
      const replayed = JSON.parse(JSON.stringify(module.machine.getPersistedSnapshot(snapshot))) as unknown;
      const stored = JSON.parse(JSON.stringify(record.snapshot)) as unknown;
      return { matches: canonicalJson(replayed) === canonicalJson(stored), replayedEvents, replayed, stored };
    },

    async useCalendar(next) {
      const previous = calendar;
      calendar = next;
      if (previous.version === next.version) return [];
      const changed: RecomputedDeadline[] = [];
      const byCase = new Map<string, DeadlineRecord[]>();
      for (const d of await store.openDeadlines()) {
        if (d.status !== 'running' || d.calendarVersion === next.version) continue;
        byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), d]);
      }
      for (const caseId of byCase.keys()) {
        await withRetry(async () => {
          const work = newWork(nowInstant());
          const working = await loadInto(work, caseId);
          for (const d of working.deadlines.values()) {
            const spec = working.module.deadlines?.[d.name];
            if (!spec || d.status !== 'running' || d.calendarVersion === next.version) continue;
            const updated = calendarGuard(() => recomputeDeadline(d, spec, next, work.recordedAt));
            work.setDeadline(updated);
            if (updated.dueAt !== d.dueAt) {
              changed.push({ caseId, name: d.name, previousDueAt: d.dueAt, dueAt: updated.dueAt });
              work.append(caseId, {
                kind: 'deadline.recomputed',
                at: work.recordedAt,
                actor: ENGINE_ACTOR,
                data: { calendar: next.version, dueAt: updated.dueAt, name: d.name, previousCalendar: d.calendarVersion, previousDueAt: d.dueAt },
              });
            }
          }
          // A version-only change writes deadlines but no audit; the case row is untouched.
          await commit(work);
        });
      }
      return changed;
    },
  };
  return engine;
}

/** A rejected payload as the audit can hold it: JSON's view of it (Infinity → null), or a note when it has none. */
function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return { unserialisable: Object.prototype.toString.call(value) };
  }
}

function resolveParameters(modules: readonly AnyRuleModule[], overrides: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Map<string, Record<string, unknown>> {
  const resolved = new Map<string, Record<string, unknown>>();
  const known = new Set(modules.map((m) => m.id));
  for (const moduleId of Object.keys(overrides)) {
    if (!known.has(moduleId)) throw new ZwgkError('INVALID_ARGUMENT', `parameters.${moduleId}: no such module is loaded`, { module: moduleId });
  }
  for (const module of modules) {
    const values: Record<string, unknown> = { ...module.defaultParameters };
    for (const [name, value] of Object.entries(overrides[module.id] ?? {})) {
      const spec = module.parameters?.[name];
      if (!spec) throw new ZwgkError('INVALID_ARGUMENT', `parameters.${module.id}.${name}: ${module.id} has no such parameter`, { module: module.id, parameter: name });
      const parsed = (spec.schema as z.ZodType).safeParse(value);
      if (!parsed.success) {
        throw new ZwgkError('INVALID_ARGUMENT', `parameters.${module.id}.${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { module: module.id, parameter: name });
      }
      values[name] = parsed.data;
    }
    resolved.set(module.key, values);
  }
  return resolved;
}
