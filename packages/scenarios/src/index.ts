export { formatBeijing, parseBeijingInstant } from './beijing-instant.js';
export type { CaseTimeline, ClauseRef, DeadlineBar, DeadlineVerdict, TimelineEntry } from './case-timeline.js';
export { caseTimeline, deadlineBar, describeEntry } from './case-timeline.js';
export { clausesOfEntry, leafPaths } from './entry-clauses.js';
export { importRuleModules, isRuleModule } from './import-rule-modules.js';
export type { Verdict, Words } from './labels.js';
export { entryWords, eventWords, stateWords, VERDICT_WORDS } from './labels.js';
export type { ParsedScenarioFile } from './parse-scenario-file.js';
export { parseScenarioFile, readScenarioFile } from './parse-scenario-file.js';
export type { NamedPreset } from './presets.js';
export { builtInCatalog, presets } from './presets.js';
export type { ReplayOptions } from './replay-scenario.js';
export { replayScenario, ScenarioFailure } from './replay-scenario.js';
export type { ModuleCatalog } from './resolve-scenario.js';
export { NAMED_CALENDARS, resolveScenario } from './resolve-scenario.js';
export type { Refusal, ScenarioReport } from './run-scenario-file.js';
export { runScenarioFile } from './run-scenario-file.js';
export type {
  DeadlineExpectation,
  Expectation,
  ExpectationFailure,
  Scenario,
  ScenarioResult,
  ScenarioStep,
  StepOutcome,
} from './scenario.js';
export type { ScenarioFileProblem } from './scenario-file-error.js';
export { ScenarioFileError } from './scenario-file-error.js';
export type { ScenarioFile, ScenarioFileExpectation, ScenarioFileStep } from './scenario-file-schema.js';
export { scenarioFileJsonSchema, scenarioFileSchema } from './scenario-file-schema.js';
export { STATE_WORDS_ZH } from './state-words.js';
export { caseTimelineLines, scenarioReportLines } from './timeline-text.js';
