import type { z } from 'zod';
import type { EventSpec } from './manifest.js';
import type { FactsAnswer } from './store.js';

/** An ISO 8601 instant with its offset, e.g. `2024-10-24T00:00:00+08:00`. */
export type Instant = string;

/** Who sent an event: a person or office with one role of the module. */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly name?: string;
}

/** The actor of everything the engine itself does (deadlines firing, child outcomes). */
export const ENGINE_ACTOR: Actor = Object.freeze({ id: 'zwgk-engine', role: 'engine' });

/** The event a machine receives for an external event: its payload, parsed by the module's schema. */
export interface CaseEvent<T extends string = string, P = unknown> {
  readonly type: T;
  readonly payload: P;
  readonly actor: Actor;
  /** When it happened in law (the receipt of a letter), which may precede when it was entered. */
  readonly at: Instant;
  readonly eventId: string;
  /** Answers to the event's facts queries (EventSpec `facts`), by query name. */
  readonly facts?: Readonly<Record<string, FactsAnswer>>;
}

/** A deadline's warning lead was reached. */
export type DeadlineWarningEvent = CaseEvent<
  'deadline.warning',
  { readonly name: string; readonly dueAt: Instant; readonly warnAt: Instant }
>;
/** A deadline's due instant passed before the duty was done. */
export type DeadlineDueEvent = CaseEvent<'deadline.due', { readonly name: string; readonly dueAt: Instant }>;
/** A child case reached its final state; `output` is the child machine's output. */
export type ChildDoneEvent = CaseEvent<
  'child.done',
  { readonly key: string; readonly module: string; readonly caseId: string; readonly output: unknown }
>;

/** Events the engine delivers to machines. */
export type EngineEvent = DeadlineWarningEvent | DeadlineDueEvent | ChildDoneEvent;

/** The types of {@link EngineEvent}: reserved, no module may declare or send them. The one list of them. */
export const ENGINE_EVENT_TYPES: ReadonlySet<string> = new Set<EngineEvent['type']>(['deadline.warning', 'deadline.due', 'child.done']);

/** The external events of a module, typed from its event specs. */
export type EventsFromSpecs<S extends Record<string, EventSpec>> = {
  [K in keyof S & string]: CaseEvent<K, z.output<S[K]['schema']>>;
}[keyof S & string];

/** Everything a module's machine receives: its own events and the engine's. */
export type MachineEvent<S extends Record<string, EventSpec>> = EventsFromSpecs<S> | EngineEvent;

/** The input every machine is started with. */
export interface MachineInput<TData = unknown, TParams = Record<string, unknown>> {
  readonly caseId: string;
  readonly openedAt: Instant;
  readonly data: TData;
  readonly parameters: TParams;
}

/** What a machine can do to a deadline (see the effect helpers `startDeadline`, `pauseDeadline`, …). */
export type DeadlineOperation = 'start' | 'pause' | 'resume' | 'extend' | 'restart' | 'complete' | 'cancel';

/** What a machine asks of the engine (emitted with xstate's `emit`, never executed by xstate). */
export type EngineEffect =
  | {
      readonly type: 'zwgk.deadline';
      readonly op: DeadlineOperation;
      /** The deadline's name, or `family:key` for one party's deadline of a keyed family. */
      readonly name: string;
      readonly length?: number;
      readonly reason?: string;
      readonly from?: Instant;
      /** For `pause`: warn after this many units (the spec's `pause.warnAfter` unit) if the pause has not ended. */
      readonly warnAfter?: number;
    }
  | {
      readonly type: 'zwgk.notice';
      readonly notice: string;
      readonly data: Readonly<Record<string, unknown>>;
      /**
       * A deadline of the case whose due instant the notice states: the engine adds `dueAt` (null
       * while its clock is stopped) and `remaining` (the units left while stopped, else null) to the data.
       */
      readonly deadline?: string;
    }
  | { readonly type: 'zwgk.child'; readonly module: string; readonly key: string; readonly input: unknown }
  | { readonly type: 'zwgk.breach'; readonly breach: string; readonly data: Readonly<Record<string, unknown>> };

/** Transition metadata: the clause (or clauses) that demand the transition. */
export interface TransitionMeta<C extends string = string> {
  readonly clause: C | readonly C[];
}
