import { type Calendar, CalendarError, instantToMs, toInstant } from '@zwgk/calendar';
import { type Sha256Hex, sha256Hex } from '../audit.js';
import type { Clock } from '../clock.js';
import type { AnyRuleModule } from '../define-rule-module.js';
import { ZwgkError } from '../errors.js';
import type { Instant } from '../events.js';
import type { DeadlineSpec } from '../manifest.js';
import { MemoryStore } from '../memory-store.js';
import { own } from '../own.js';
import { type ResolvedPayloadLimits, resolvePayloadLimits } from '../payload-limits.js';
import { ModuleRegistry } from '../registry.js';
import type { CaseStore } from '../store.js';
import { UnitOfWork } from '../work.js';
import { InFlight } from './in-flight.js';
import { resolveParameters } from './parameters.js';
import { SnapshotCache } from './snapshot-cache.js';
import type { EngineOptions } from './types.js';

/**
 * What every part of the engine shares: where cases live, the loaded modules, the clock, how ids
 * and hashes are made. The calendar here is the engine's current one; an operation uses the one
 * its {@link UnitOfWork} captured when it began.
 */
export interface EngineContext {
  readonly store: CaseStore;
  readonly registry: ModuleRegistry;
  /** Replaced by `useCalendar`; read only through `newWork` (one calendar per operation). */
  calendar: Calendar;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly digest: Sha256Hex;
  readonly retries: number;
  /** Resolved module parameters by module key. */
  readonly parameters: ReadonlyMap<string, Record<string, unknown>>;
  readonly snapshots: SnapshotCache;
  readonly limits: ResolvedPayloadLimits;
  /** Operations running now (open, send, tick): `useCalendar` lets them finish before recomputing. */
  readonly inFlight: InFlight;
}

/** Runs an operation, known to `useCalendar` while it runs. */
export async function track<T>(ctx: EngineContext, run: () => Promise<T>): Promise<T> {
  // Registered before the operation's first step, so a calendar change made during it waits for it.
  const id = ctx.inFlight.start();
  try {
    return await run();
  } finally {
    ctx.inFlight.end(id);
  }
}

/** Builds the context from the engine's options (validating the parameter overrides). */
export function createContext(options: EngineOptions): EngineContext {
  const registry = new ModuleRegistry(options.modules);
  return {
    store: options.store ?? new MemoryStore(),
    registry,
    calendar: options.calendar,
    clock: options.clock,
    newId: options.newId ?? (() => crypto.randomUUID()),
    digest: options.sha256 ?? sha256Hex,
    retries: options.retries ?? 3,
    parameters: resolveParameters(registry.all, options.parameters ?? {}),
    snapshots: new SnapshotCache(),
    limits: resolvePayloadLimits(options.payloadLimits),
    inFlight: new InFlight(),
  };
}

/** The clock's now as an instant. */
export function nowInstant(ctx: EngineContext): Instant {
  return toInstant(ctx.clock.now());
}

/** A new operation recording at `recordedAt` (default now), with the calendar in use as it starts. */
export function newWork(ctx: EngineContext, recordedAt: Instant = nowInstant(ctx)): UnitOfWork {
  return new UnitOfWork(recordedAt, ctx.calendar, ctx.digest);
}

/** A caller's legal instant: valid, with an offset, not in the future; now when absent. */
export function legalInstant(ctx: EngineContext, occurredAt: Instant | undefined, field: string): Instant {
  if (occurredAt === undefined) return nowInstant(ctx);
  let ms: number;
  try {
    ms = instantToMs(occurredAt);
  } catch {
    throw new ZwgkError('INVALID_ARGUMENT', `${field} must be an ISO 8601 instant with an offset, e.g. 2024-09-27T09:00:00+08:00`, {
      [field]: occurredAt,
    });
  }
  if (ms > ctx.clock.now()) throw new ZwgkError('INVALID_ARGUMENT', `${field} ${occurredAt} is in the future`, { [field]: occurredAt });
  return toInstant(ms);
}

/** The full citation of one of the module's clauses (the id itself when the table lacks it). */
export function citation(module: AnyRuleModule, clause: string): string {
  return own(module.clauses as Record<string, { citation: string }>, clause)?.citation ?? clause;
}

/** A machine asked for something its manifest does not declare. */
export function moduleFault(module: AnyRuleModule, message: string): never {
  throw new ZwgkError('MODULE_FAULT', `${module.key}: ${message}`, { module: module.key });
}

/** Runs a calendar computation, turning the calendar's errors into the engine's `CALENDAR` error. */
export function calendarGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError) throw new ZwgkError('CALENDAR', error.message, { calendar: error.code }, { cause: error });
    throw error;
  }
}

/**
 * The spec of a deadline name: a declared deadline, or one party's deadline `family:key` of a
 * keyed family (spec `keyed: true`), labelled with its key. Undefined when the module has neither.
 */
export function deadlineSpec(module: AnyRuleModule, name: string): DeadlineSpec | undefined {
  const separator = name.indexOf(':');
  if (separator < 0) {
    const spec = own(module.deadlines, name);
    return spec?.keyed ? undefined : spec;
  }
  const family = own(module.deadlines, name.slice(0, separator));
  const key = name.slice(separator + 1);
  if (!family?.keyed || !key) return undefined;
  return { ...family, label: { zh: `${family.label.zh}（${key}）`, en: `${family.label.en} (${key})` } };
}
