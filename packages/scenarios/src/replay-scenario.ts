import { china } from '@zwgk/calendar';
import type { Engine, FiredDeadline } from '@zwgk/core';
import { createEngine, MemoryStore, SimulatedClock, ZwgkError } from '@zwgk/core';
import type { Expectation, ExpectationFailure, Scenario, ScenarioResult, StepOutcome } from './scenario.js';

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

/** Options of {@link replayScenario}. */
export interface ReplayOptions {
  /** Throw {@link ScenarioFailure} at the first expectation that fails (tests), instead of collecting them all (auditors). */
  readonly stopAtFirstFailure?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A failure of one expectation, or of the scenario's own wiring (an alias that names no case). */
class Mismatch extends Error {}

/**
 * Replays a scenario on a simulated clock: before each step the clock moves to the step's
 * instant and every deadline due by then fires; then the step runs and its expectations are
 * checked against the engine. Every expectation is checked; failures are returned (or thrown at
 * the first, with `stopAtFirstFailure`).
 */
export async function replayScenario(scenario: Scenario, options: ReplayOptions = {}): Promise<ScenarioResult> {
  const first = scenario.steps[0];
  if (!first) throw new ScenarioFailure(scenario.name, 0, 'a scenario needs at least one step');
  const clock = new SimulatedClock(scenario.start ?? first.at);
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
  const failures: ExpectationFailure[] = [];
  let checked = 0;
  const fail = (step: number, message: string) => {
    if (options.stopAtFirstFailure) throw new ScenarioFailure(scenario.name, step, message);
    failures.push({ step, message });
  };

  const resolveCase = async (alias: string): Promise<string> => {
    if (cases[alias]) return cases[alias];
    const [root, ...keys] = alias.split('/');
    let id = cases[root!];
    if (!id) throw new Mismatch(`no case opened as ${root}`);
    for (const key of keys) {
      const view = await engine.getCase(id);
      id = view.case.children[key];
      if (!id)
        throw new Mismatch(`case ${alias}: no child with key ${key} (children: ${Object.keys(view.case.children).join(', ') || 'none'})`);
    }
    return id;
  };

  for (const [index, step] of scenario.steps.entries()) {
    try {
      clock.set(step.at);
    } catch {
      fail(index, `step time ${step.at} is before the previous step`);
      continue;
    }
    // Notices are counted from before the step's tick, so a tick step lists what its firings sent.
    const noticesBefore = new Map((await engine.listCases()).map((c) => [c.id, c.notices.length]));
    const fired = await engine.tick(clock.now());
    let error: ZwgkError | undefined;
    let stepCase: string | undefined;
    try {
      if ('open' in step) {
        stepCase = step.open.as;
        const opened = await engine.open(step.open.module, {
          input: step.open.input,
          actor: step.open.actor,
          ...(step.open.agency ? { agency: step.open.agency } : {}),
          ...(step.open.title ? { title: step.open.title } : {}),
          ...(step.open.occurredAt ? { occurredAt: step.open.occurredAt } : {}),
        });
        cases[step.open.as] = opened.caseId;
      } else if ('send' in step) {
        stepCase = step.send.case;
        const caseId = await resolveCase(step.send.case);
        await engine.send(caseId, {
          type: step.send.type,
          payload: step.send.payload,
          actor: step.send.actor,
          ...(step.send.eventId ? { eventId: step.send.eventId } : {}),
          ...(step.send.occurredAt ? { occurredAt: step.send.occurredAt } : {}),
        });
      }
    } catch (caught) {
      if (caught instanceof Mismatch) {
        fail(index, caught.message);
        outcomes.push({ index, at: step.at, fired });
        continue;
      }
      if (!(caught instanceof ZwgkError)) throw caught;
      error = caught;
    }
    outcomes.push({ index, at: step.at, fired, ...(error ? { error } : {}) });

    const expectations =
      step.expect === undefined ? [] : Array.isArray(step.expect) ? (step.expect as Expectation[]) : [step.expect as Expectation];
    if (error && !expectations.some((e) => e.rejected !== undefined)) {
      checked++;
      fail(index, `was rejected unexpectedly: ${error.code}: ${error.message}`);
    }
    for (const expectation of expectations) {
      checked++;
      try {
        const problem = await check(engine, expectation, { step, error, fired, stepCase, cases, noticesBefore, resolveCase });
        if (problem) fail(index, problem);
      } catch (caught) {
        if (!(caught instanceof Mismatch)) throw caught;
        fail(index, caught.message);
      }
    }
  }
  return { engine, cases, steps: outcomes, checked, failures };
}

interface StepContext {
  readonly step: Scenario['steps'][number];
  readonly error: ZwgkError | undefined;
  readonly fired: readonly FiredDeadline[];
  readonly stepCase: string | undefined;
  readonly cases: Readonly<Record<string, string>>;
  readonly noticesBefore: ReadonlyMap<string, number>;
  readonly resolveCase: (alias: string) => Promise<string>;
}

/** Checks one expectation; returns what differed, or undefined when it holds. */
async function check(engine: Engine, expectation: Expectation, ctx: StepContext): Promise<string | undefined> {
  const { error, fired, step } = ctx;
  if (expectation.rejected !== undefined) {
    if (!error) return `expected rejection ${expectation.rejected}, but the step was accepted`;
    if (error.code !== expectation.rejected) return `expected rejection ${expectation.rejected}, got ${error.code}: ${error.message}`;
  }
  if (expectation.fired !== undefined) {
    const names = fired.map((f) => `${f.name}:${f.kind}`);
    if (!same(names, expectation.fired)) return `fired ${JSON.stringify(names)}, expected ${JSON.stringify(expectation.fired)}`;
  }
  const alias = expectation.case ?? ctx.stepCase;
  // A refused open step has no case to look at: only its rejection (and firings) are checked.
  if (alias !== undefined && error && 'open' in step && alias === step.open.as && !ctx.cases[alias]) return undefined;
  if (alias === undefined) {
    if (expectation.state ?? expectation.status ?? expectation.deadlines ?? expectation.notices ?? expectation.breaches) {
      return 'an expectation about a case needs `case` on a tick step';
    }
    return undefined;
  }
  const view = await engine.getCase(await ctx.resolveCase(alias));
  const where = `case ${alias}`;
  if (expectation.state !== undefined && view.case.state !== expectation.state)
    return `${where} is in state ${view.case.state}, expected ${expectation.state}`;
  if (expectation.status !== undefined && view.case.status !== expectation.status)
    return `${where} is ${view.case.status}, expected ${expectation.status}`;
  for (const [name, want] of Object.entries(expectation.deadlines ?? {})) {
    const got = view.deadlines.find((d) => d.name === name);
    if (want === 'absent') {
      if (got) return `${where} has deadline ${name}, expected none`;
      continue;
    }
    if (!got) return `${where} has no deadline ${name} (has: ${view.deadlines.map((d) => d.name).join(', ') || 'none'})`;
    for (const [field, value] of Object.entries(want)) {
      const actual = (got as unknown as Record<string, unknown>)[field];
      if (!same(actual, value)) return `${where} deadline ${name}.${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`;
    }
  }
  if (expectation.notices !== undefined) {
    const sent = view.case.notices.slice(ctx.noticesBefore.get(view.case.id) ?? 0).map((n) => n.name);
    if (!same(sent, expectation.notices))
      return `${where} sent notices ${JSON.stringify(sent)}, expected ${JSON.stringify(expectation.notices)}`;
  }
  if (expectation.breaches !== undefined) {
    const recorded = view.case.breaches.map((b) => b.name);
    if (!same(recorded, expectation.breaches))
      return `${where} recorded breaches ${JSON.stringify(recorded)}, expected ${JSON.stringify(expectation.breaches)}`;
  }
  return undefined;
}

/** Deterministic ids so scenario runs are reproducible. */
function idMaker(): () => string {
  let n = 0;
  return () => `case-${String(++n).padStart(4, '0')}`;
}
