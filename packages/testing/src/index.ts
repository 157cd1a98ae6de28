export { checkRuleModule } from './check-module.js';
export type { ModuleCheck } from './check-module.js';
export { runScenario, ScenarioFailure } from './run-scenario.js';
export type { DeadlineExpectation, Expectation, Scenario, ScenarioResult, ScenarioStep, StepOutcome } from './run-scenario.js';
export { describeRuleModule } from './describe-rule-module.js';
export type { RuleModuleSuite } from './describe-rule-module.js';
export { createCommit, describeStoreConformance, sampleCase, sampleDeadline, updateCommit } from './store-conformance.js';
export { checkGeneratedReadme } from './readme-check.js';
export { citedClauses, exercisedClauses } from './clause-coverage.js';
