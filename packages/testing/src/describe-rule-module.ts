import type { AnyRuleModule } from '@zwgk/core';
import type { Scenario } from '@zwgk/scenarios';
import { describe, expect, it } from 'vitest';
import { checkRuleModule } from './check-module.js';
import { citedClauses, exercisedClauses } from './clause-coverage.js';
import { checkGeneratedReadme } from './readme-check.js';
import { runScenario } from './run-scenario.js';

/** What `describeRuleModule` checks a module against: its scenarios, the modules of its children, its README. */
export interface RuleModuleSuite {
  /** Modules of the children the module opens. */
  readonly dependencies?: readonly AnyRuleModule[];
  readonly scenarios: readonly Omit<Scenario, 'modules'>[];
  /** Clauses the scenarios must exercise together; defaults to every clause the module cites. */
  readonly clausesToCover?: readonly string[];
  /** Known stuck states waived in the module check, each with the issue that fixes it (see `ModuleCheckOptions`). */
  readonly knownStuckStates?: Readonly<Record<string, string>>;
  /** Path of the module's README: its generated reference section must match the module. */
  readonly readme?: string;
}

/**
 * The vitest suite every rule module runs, built-in or an integrator's: it checks the module,
 * replays each scenario on a simulated clock, and checks that each case's audit trail verifies
 * and replays to the same snapshot.
 *
 * @example
 * describeRuleModule(disclosureRequest, { dependencies: [confidentialityReview], scenarios });
 */
export function describeRuleModule(module: AnyRuleModule, suite: RuleModuleSuite): void {
  describe(`rule module ${module.key}`, () => {
    it('passes the module check: every transition cites a clause, every clause is implemented or explained, no state waits forever', () => {
      expect(
        checkRuleModule(module, suite.knownStuckStates === undefined ? {} : { knownStuckStates: suite.knownStuckStates }).problems,
      ).toEqual([]);
    });
    if (suite.readme !== undefined) {
      const readme = suite.readme;
      it('has a README whose generated reference (diagram, deadlines, clauses) matches the module', () => {
        expect(checkGeneratedReadme(module, readme)).toBeNull();
      });
    }
    const exercised = new Set<string>();
    const scenariosRun = { count: 0 };
    for (const scenario of suite.scenarios) {
      it(scenario.name, async () => {
        const { engine } = await runScenario({ ...scenario, modules: [module, ...(suite.dependencies ?? [])] });
        for (const record of await engine.listCases({ moduleId: module.id })) {
          for (const clause of exercisedClauses(module, await engine.history(record.id))) exercised.add(clause);
        }
        scenariosRun.count++;
        const verdict = await engine.verifyAudit();
        expect(verdict).toMatchObject({ ok: true });
        for (const record of await engine.listCases()) {
          const replay = await engine.replay(record.id);
          expect(replay.replayed, `case ${record.id} replays from its audit trail`).toEqual(replay.stored);
        }
      });
    }
    // Runs after the scenarios (vitest runs a file's tests in order): together they must have
    // exercised every clause the module cites, or the ones named in clausesToCover.
    it('its scenarios together exercise every clause the module cites', () => {
      expect(scenariosRun.count, 'every scenario ran').toBe(suite.scenarios.length);
      const required = suite.clausesToCover ?? [...citedClauses(module)];
      expect(
        required.filter((clause) => !exercised.has(clause)),
        'clauses no scenario exercised',
      ).toEqual([]);
    });
  });
}
