import type { Instant } from '@zwgk/core';
import { type CaseTimeline, caseTimeline } from './case-timeline.js';
import { readScenarioFile } from './parse-scenario-file.js';
import { replayScenario } from './replay-scenario.js';
import { type ModuleCatalog, resolveScenario } from './resolve-scenario.js';

/** A step the engine refused: expected (an out-of-force date, a wrong role) or not. */
export interface Refusal {
  readonly step: number;
  readonly line: number;
  readonly at: Instant;
  readonly code: string;
  readonly message: string;
  readonly expected: boolean;
}

/** The outcome of replaying one scenario file: its verdict, refusals and every case's timeline. */
export interface ScenarioReport {
  readonly file: string;
  readonly scenario: string;
  /** The story, as the file gives it: one text, or Chinese and English. */
  readonly description?: string | { readonly zh: string; readonly en: string };
  /** True when every expectation held. */
  readonly ok: boolean;
  readonly checked: number;
  readonly failures: readonly { readonly step: number; readonly line: number; readonly message: string }[];
  readonly refusals: readonly Refusal[];
  readonly cases: readonly CaseTimeline[];
  readonly start: Instant;
  readonly end: Instant;
}

/**
 * Reads, resolves and replays a scenario file, checking every expectation, and returns its report
 * with the timeline of every case it opened. A malformed file throws `ScenarioFileError`.
 */
export async function runScenarioFile(path: string, catalog: ModuleCatalog): Promise<ScenarioReport> {
  const parsed = await readScenarioFile(path);
  const scenario = await resolveScenario(parsed, catalog);
  const result = await replayScenario(scenario);
  const lineOf = (step: number) => parsed.locate(['steps', step]).line;
  const refusals = result.steps.flatMap((outcome): Refusal[] => {
    if (!outcome.error) return [];
    const step = scenario.steps[outcome.index]!;
    const expectations = step.expect === undefined ? [] : Array.isArray(step.expect) ? step.expect : [step.expect];
    return [
      {
        step: outcome.index,
        line: lineOf(outcome.index),
        at: outcome.at,
        code: outcome.error.code,
        message: outcome.error.message,
        expected: expectations.some((e) => e.rejected === outcome.error!.code),
      },
    ];
  });
  // The cases the steps opened, in order; their children appear under them.
  const cases: CaseTimeline[] = [];
  for (const [alias, caseId] of Object.entries(result.cases))
    if (!alias.includes('/')) cases.push(await caseTimeline(result.engine, caseId, result.cases));
  return {
    file: path,
    scenario: scenario.name,
    ...(parsed.data.description ? { description: parsed.data.description } : {}),
    ok: result.failures.length === 0,
    checked: result.checked,
    failures: result.failures.map((f) => ({ ...f, line: lineOf(f.step) })),
    refusals,
    cases,
    start: parsed.data.start,
    end: scenario.steps[scenario.steps.length - 1]!.at,
  };
}
