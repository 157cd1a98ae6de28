import type { Calendar } from '@zwgk/calendar';
import type { Actor, AnyRuleModule, CaseStore, DeadlineRecord, Engine, FiredDeadline, Instant, ZwgkError, ZwgkErrorCode } from '@zwgk/core';

/** What a deadline should look like after a step. Only the fields given are compared. */
export interface DeadlineExpectation {
  readonly dueAt?: Instant | null;
  readonly warnAt?: Instant | null;
  readonly status?: DeadlineRecord['status'];
  readonly outcome?: DeadlineRecord['outcome'];
  readonly extensionsUsed?: number;
  /** The length the deadline was started with (a module parameter may set it). */
  readonly length?: number;
}

/** What must hold after a step. Only the fields given are checked. */
export interface Expectation {
  /** The case the expectation is about (alias, or `alias/childKey` for a child). Defaults to the step's case. */
  readonly case?: string;
  readonly state?: string;
  readonly status?: 'open' | 'done' | 'ended';
  readonly deadlines?: Readonly<Record<string, DeadlineExpectation | 'absent'>>;
  /** Names of the notices this step sent on the case, in order. */
  readonly notices?: readonly string[];
  /** Names of all breaches recorded on the case so far, in order. */
  readonly breaches?: readonly string[];
  /** The step must be rejected with this error code (and change nothing but the audit). */
  readonly rejected?: ZwgkErrorCode;
  /** Deadlines this step's tick fired, as `name:warning` or `name:due`, in order. */
  readonly fired?: readonly string[];
}

interface StepCommon {
  readonly at: Instant;
  /** Why the step is there (shown in timelines). */
  readonly note?: string;
  readonly expect?: Expectation | readonly Expectation[];
}

/** A timed step: open a case, send an event, or only move the clock. */
export type ScenarioStep =
  | (StepCommon & {
      readonly open: {
        readonly as: string;
        readonly module: string;
        readonly input: unknown;
        readonly actor: Actor;
        readonly agency?: string;
        /** The case's title: the matter's key (a website's name), which facts queries of other cases filter by. */
        readonly title?: string;
        readonly occurredAt?: Instant;
      };
    })
  | (StepCommon & {
      readonly send: {
        readonly case: string;
        readonly type: string;
        readonly payload?: unknown;
        readonly actor: Actor;
        readonly eventId?: string;
        readonly occurredAt?: Instant;
      };
    })
  | (StepCommon & { readonly tick: true });

/** A scenario ready to replay: modules, calendar and timed steps. */
export interface Scenario {
  readonly name: string;
  /** The modules to load (the module under test and the modules of its children). */
  readonly modules: readonly AnyRuleModule[];
  readonly calendar?: Calendar;
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly store?: CaseStore;
  /** Where the simulated clock starts; defaults to the first step's instant. */
  readonly start?: Instant;
  readonly steps: readonly ScenarioStep[];
}

/** What happened at a step: the deadlines that fired first, and the refusal if any. */
export interface StepOutcome {
  readonly index: number;
  readonly at: Instant;
  /** Deadlines that fired when the clock reached the step. */
  readonly fired: readonly FiredDeadline[];
  /** The refusal, when the engine refused the step. */
  readonly error?: ZwgkError;
}

/** An expectation that did not hold: which step and what differed. */
export interface ExpectationFailure {
  readonly step: number;
  readonly message: string;
}

/** What a replay leaves: the engine (to query), the case ids, each step's outcome, the failures. */
export interface ScenarioResult {
  readonly engine: Engine;
  /** Case ids by alias (children as `alias/key`). */
  readonly cases: Readonly<Record<string, string>>;
  readonly steps: readonly StepOutcome[];
  /** How many expectations were checked, and those that failed. */
  readonly checked: number;
  readonly failures: readonly ExpectationFailure[];
}
