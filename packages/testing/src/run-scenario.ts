import { replayScenario, type Scenario, type ScenarioResult } from '@zwgk/scenarios';

/**
 * Replays a scenario on a simulated clock (see `replayScenario` in @zwgk/scenarios) and throws
 * `ScenarioFailure` at the first expectation that does not hold, as a test wants.
 */
export function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  return replayScenario(scenario, { stopAtFirstFailure: true });
}
