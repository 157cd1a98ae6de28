export { ZwgkError, isZwgkError } from './errors.js';
export type { ZwgkErrorCode } from './errors.js';
export { SimulatedClock, systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { ruleModuleManifestSchema } from './manifest.js';
export type {
  AfterClosureArgs,
  AfterClosureSpec,
  Bilingual,
  BreachSpec,
  Clause,
  DeadlineSpec,
  DeadlineUnit,
  EventSpec,
  NoticeSpec,
  ParameterSpec,
  PauseWarning,
  RuleModuleDefinition,
  SourceDocument,
  WarningUnit,
} from './manifest.js';
export { ENGINE_ACTOR } from './events.js';
export type {
  Actor,
  CaseEvent,
  ChildDoneEvent,
  DeadlineDueEvent,
  DeadlineOperation,
  DeadlineWarningEvent,
  EngineEffect,
  EngineEvent,
  EventsFromSpecs,
  Instant,
  MachineEvent,
  MachineInput,
  TransitionMeta,
} from './events.js';
export {
  cancelDeadline,
  completeDeadline,
  extendDeadline,
  openChild,
  partyDeadline,
  pauseDeadline,
  recordBreach,
  restartDeadline,
  resumeDeadline,
  sendNotice,
  startDeadline,
} from './effects.js';
export type { EffectAction, StartOptions } from './effects.js';
export { defineRuleModule } from './define-rule-module.js';
export type { AnyRuleModule, RuleModule } from './define-rule-module.js';
export { allStateNodes, handledEventTypes, statesWithDelays, transitionRows } from './machine-graph.js';
export type { TransitionRow } from './machine-graph.js';
export { stateToString } from './state-path.js';
export { nextFireAt } from './deadline-record.js';
export type { DeadlineHistoryEntry, DeadlineOutcome, DeadlineRecord, DeadlineStatus } from './deadline-record.js';
export { applyDeadlineOperation, computeDue, recomputeDeadline } from './deadline-ops.js';
export { canonicalJson, chainEntry, GENESIS_HASH, hashEntry, sha256Hex, verifyChain, verifyStoreAudit } from './audit.js';
export type { AuditEntry, AuditFacts, AuditKind, AuditVerification, Sha256Hex } from './audit.js';
export type { BreachRecord, CaseRecord, CaseStatus, NoticeRecord } from './case-record.js';
export type { CaseCountQuery, CaseCounts, CaseQuery, CaseStore, CaseSummary, CaseWrite, Commit, FactsAnswer, FactsQuery, Migration } from './store.js';
export { compareVersions } from './registry.js';
export { MemoryStore } from './memory-store.js';
export { createEngine } from './engine/index.js';
export type {
  CaseView,
  Engine,
  EngineOptions,
  EventRequest,
  FiredDeadline,
  OpenRequest,
  RecomputedDeadline,
  ReplayResult,
  SendResult,
} from './engine/index.js';
export { createScheduler } from './scheduler.js';
export type { Scheduler, SchedulerOptions } from './scheduler.js';
export { clauseUses, moduleReferenceMarkdown, moduleReferenceSections, toMermaid } from './module-reference.js';
export type { ClauseUses, ModuleReferenceSections } from './module-reference.js';
export { moduleJsonSchemas } from './json-schemas.js';
export type { ModuleJsonSchemas } from './json-schemas.js';
