import { china, type Calendar } from '@zwgk/calendar';
import {
  createEngine,
  MemoryStore,
  SimulatedClock,
  ZwgkError,
  type Actor,
  type AnyRuleModule,
  type CaseStore,
  type DeadlineRecord,
  type Engine,
  type FiredDeadline,
  type Instant,
  type ZwgkErrorCode,
} from '@zwgk/core';

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

export type ScenarioStep =
  | { readonly at: Instant; readonly open: { readonly as: string; readonly module: string; readonly input: unknown; readonly actor: Actor; readonly agency?: string; readonly occurredAt?: Instant }; readonly expect?: Expectation | readonly Expectation[] }
  | { readonly at: Instant; readonly send: { readonly case: string; readonly type: string; readonly payload?: unknown; readonly actor: Actor; readonly eventId?: string; readonly occurredAt?: Instant }; readonly expect?: Expectation | readonly Expectation[] }
  | { readonly at: Instant; readonly tick: true; readonly expect?: Expectation | readonly Expectation[] };

export interface Scenario {
  readonly name: string;
  /** The modules to load (the module under test and the modules of its children). */
  readonly modules: readonly AnyRuleModule[];
  readonly calendar?: Calendar;
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly store?: CaseStore;
  readonly steps: readonly ScenarioStep[];
}

export interface StepOutcome {
  readonly index: number;
  readonly at: Instant;
  readonly fired: readonly FiredDeadline[];
  readonly error?: ZwgkError;
}

export interface ScenarioResult {
  readonly engine: Engine;
  /** Case ids by alias (children as `alias/key`). */
  readonly cases: Readonly<Record<string, string>>;
  readonly steps: readonly StepOutcome[];
}

/** A scenario expectation that did not hold: says which step, which case and what differed. */
export class ScenarioFailure extends Error {
  override readonly name = 'ScenarioFailure';
  constructor(
    readonly scenario: string,
    readonly step: number,
    message: string,
  ) {
    super(`${scenario}, step ${step + 1}: ${message}`);
  }
}

function fail(scenario: Scenario, step: number, message: string): never {
  throw new ScenarioFailure(scenario.name, step, message);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replays a scenario on a simulated clock: before each step the clock moves to the step's
 * instant and every deadline due by then fires; then the step runs and its expectations are
 * checked against the engine. Throws {@link ScenarioFailure} on the first that does not hold.
 */
export async function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  const first = scenario.steps[0];
  if (!first) throw new ScenarioFailure(scenario.name, 0, 'a scenario needs at least one step');
  const clock = new SimulatedClock(first.at);
  const engine = createEngine({
    modules: scenario.modules,
    calendar: scenario.calendar ?? china,
    clock,
    store: scenario.store ?? new MemoryStore(),
    ...(scenario.parameters ? { parameters: scenario.parameters } : {}),
    newId: idMaker(),
  });
  const cases: Record<string, string> = {};
  const outcomes: StepOutcome[] = [];

  const resolveCase = async (alias: string, index: number): Promise<string> => {
    if (cases[alias]) return cases[alias];
    const [root, ...keys] = alias.split('/');
    let id = cases[root!];
    if (!id) fail(scenario, index, `no case opened as ${root}`);
    for (const key of keys) {
      const view = await engine.getCase(id);
      id = view.case.children[key];
      if (!id) fail(scenario, index, `case ${alias}: no child with key ${key} (children: ${Object.keys(view.case.children).join(', ') || 'none'})`);
    }
    return id;
  };

  for (const [index, step] of scenario.steps.entries()) {
    try {
      clock.set(step.at);
    } catch {
      fail(scenario, index, `step time ${step.at} is before the previous step`);
    }
    // Notices are counted from before the step's tick, so a tick step lists what its firings sent.
    const noticesBefore = new Map((await engine.listCases()).map((c) => [c.id, c.notices.length]));
    const fired = await engine.tick(clock.now());
    let error: ZwgkError | undefined;
    let stepCase: string | undefined;
    try {
      if ('open' in step) {
        const opened = await engine.open(step.open.module, {
          input: step.open.input,
          actor: step.open.actor,
          ...(step.open.agency ? { agency: step.open.agency } : {}),
          ...(step.open.occurredAt ? { occurredAt: step.open.occurredAt } : {}),
        });
        cases[step.open.as] = opened.caseId;
        stepCase = step.open.as;
      } else if ('send' in step) {
        stepCase = step.send.case;
        const caseId = await resolveCase(step.send.case, index);
        await engine.send(caseId, {
          type: step.send.type,
          payload: step.send.payload,
          actor: step.send.actor,
          ...(step.send.eventId ? { eventId: step.send.eventId } : {}),
          ...(step.send.occurredAt ? { occurredAt: step.send.occurredAt } : {}),
        });
      }
    } catch (caught) {
      if (!(caught instanceof ZwgkError)) throw caught;
      error = caught;
    }
    outcomes.push({ index, at: step.at, fired, ...(error ? { error } : {}) });

    const expectations = step.expect === undefined ? [] : Array.isArray(step.expect) ? (step.expect as Expectation[]) : [step.expect as Expectation];
    const expectsRejection = expectations.some((e) => e.rejected !== undefined);
    if (error && !expectsRejection) fail(scenario, index, `was rejected unexpectedly: ${error.code}: ${error.message}`);
    for (const expectation of expectations) {
      if (expectation.rejected !== undefined) {
        if (!error) fail(scenario, index, `expected rejection ${expectation.rejected}, but the step was accepted`);
        if (error.code !== expectation.rejected) fail(scenario, index, `expected rejection ${expectation.rejected}, got ${error.code}: ${error.message}`);
      }
      if (expectation.fired !== undefined) {
        const names = fired.map((f) => `${f.name}:${f.kind}`);
        if (!same(names, expectation.fired)) fail(scenario, index, `fired ${JSON.stringify(names)}, expected ${JSON.stringify(expectation.fired)}`);
      }
      const alias = expectation.case ?? stepCase;
      // A rejected open step has no case to look at: only its rejection (and firings) are checked.
      if (alias !== undefined && error && 'open' in step && alias === step.open.as && !cases[alias]) continue;
      if (alias === undefined) {
        if (expectation.state ?? expectation.status ?? expectation.deadlines ?? expectation.notices ?? expectation.breaches) {
          fail(scenario, index, 'an expectation about a case needs `case` on a tick step');
        }
        continue;
      }
      const view = await engine.getCase(await resolveCase(alias, index));
      const where = `case ${alias}`;
      if (expectation.state !== undefined && view.case.state !== expectation.state) fail(scenario, index, `${where} is in state ${view.case.state}, expected ${expectation.state}`);
      if (expectation.status !== undefined && view.case.status !== expectation.status) fail(scenario, index, `${where} is ${view.case.status}, expected ${expectation.status}`);
      for (const [name, want] of Object.entries(expectation.deadlines ?? {})) {
        const got = view.deadlines.find((d) => d.name === name);
        if (want === 'absent') {
          if (got) fail(scenario, index, `${where} has deadline ${name}, expected none`);
          continue;
        }
        if (!got) fail(scenario, index, `${where} has no deadline ${name} (has: ${view.deadlines.map((d) => d.name).join(', ') || 'none'})`);
        for (const [field, value] of Object.entries(want)) {
          const actual = (got as unknown as Record<string, unknown>)[field];
          if (!same(actual, value)) fail(scenario, index, `${where} deadline ${name}.${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
        }
      }
      if (expectation.notices !== undefined) {
        const sent = view.case.notices.slice(noticesBefore.get(view.case.id) ?? 0).map((n) => n.name);
        if (!same(sent, expectation.notices)) fail(scenario, index, `${where} sent notices ${JSON.stringify(sent)}, expected ${JSON.stringify(expectation.notices)}`);
      }
      if (expectation.breaches !== undefined) {
        const recorded = view.case.breaches.map((b) => b.name);
        if (!same(recorded, expectation.breaches)) fail(scenario, index, `${where} recorded breaches ${JSON.stringify(recorded)}, expected ${JSON.stringify(expectation.breaches)}`);
      }
    }
  }
  return { engine, cases, steps: outcomes };
}

/** Deterministic ids so scenario runs are reproducible. */
function idMaker(): () => string {
  let n = 0;
  return () => `case-${String(++n).padStart(4, '0')}`;
}
