export type { AuditEntry, AuditFacts, AuditKind, AuditVerification, Sha256Hex } from './audit.js';
export { canonicalJson, chainEntry, GENESIS_HASH, hashEntry, sha256Hex, verifyChain, verifyStoreAudit } from './audit.js';
export type { AuditFinding } from './case-projection.js';
export { CaseProjection } from './case-projection.js';
export type { BreachRecord, CaseRecord, CaseStatus, NoticeRecord } from './case-record.js';
export type { Checkpoint, CheckpointSigner, CheckpointVerifier } from './checkpoint.js';
export { checkpointSignedText, makeCheckpoint, parseCheckpoint } from './checkpoint.js';
export type { ClauseReference, ClauseReferenceKind, ClauseReferenceSource } from './clause-references.js';
export { clauseReferences } from './clause-references.js';
export type { Clock } from './clock.js';
export { SimulatedClock, systemClock } from './clock.js';
export { applyDeadlineOperation, computeDue, recomputeDeadline } from './deadline-ops.js';
export type { DeadlineHistoryEntry, DeadlineOutcome, DeadlineRecord, DeadlineStatus } from './deadline-record.js';
export { nextFireAt } from './deadline-record.js';
export type { AnyRuleModule, RuleModule } from './define-rule-module.js';
export { defineRuleModule } from './define-rule-module.js';
export type { EffectAction, StartOptions } from './effects.js';
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
export { deadlineSpec } from './engine/context.js';
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
} from './engine/types.js';
export type { ZwgkErrorCode } from './errors.js';
export { isZwgkError, ZwgkError } from './errors.js';
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
export { ENGINE_ACTOR } from './events.js';
export type { FeedEntry, FeedEntryDraft, FeedKind, FeedQuery } from './feed.js';
export { FEED_KINDS, feedEntriesOf, feedEntryMatches } from './feed.js';
export { ID_MAX_LENGTH, ID_PATTERN, isValidId } from './ids.js';
export type { ModuleJsonSchemas } from './json-schemas.js';
export { moduleJsonSchemas } from './json-schemas.js';
export type {
  AnyRuleKit,
  ClauseEntry,
  DeadlineDetails,
  DeadlineGuard,
  IssuedRegulation,
  KitEvent,
  KitModuleDefinition,
  KitRole,
  KitTransitionMeta,
  KitTypes,
  ParameterValues,
  Period,
  Regulation,
  RegulationNotice,
  RuleKit,
  RuleKitCreator,
  RuleKitDeclarations,
  RuleKitSpec,
} from './kit/index.js';
export {
  booleanParameter,
  breach,
  calendarDays,
  createRuleKit,
  deadline,
  defineRegulation,
  hours,
  labelledEnum,
  minutes,
  ruleKitFor,
  workingDays,
  workingDaysParameter,
} from './kit/index.js';
export type { LedgerLeaf } from './ledger.js';
export {
  consistencyProof,
  EMPTY_LEDGER_ROOT,
  LedgerTree,
  ledgerLeafHash,
  ledgerNodeHash,
  merkleRoot,
  verifyConsistency,
} from './ledger.js';
export type { TransitionRow } from './machine-graph.js';
export { allStateNodes, handledEventTypes, statePath, statesWithDelays, transitionRows } from './machine-graph.js';
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
  RoleSpec,
  RuleModuleDefinition,
  SourceDocument,
  WarningUnit,
} from './manifest.js';
export { ruleModuleManifestSchema } from './manifest.js';
export { MemoryStore } from './memory-store.js';
export type { ClauseUses, ModuleReferenceSections } from './module-reference.js';
export { clauseUses, moduleReferenceMarkdown, moduleReferenceSections, toMermaid } from './module-reference.js';
export { own } from './own.js';
export type { PayloadLimits, ResolvedPayloadLimits } from './payload-limits.js';
export { checkPayloadLimits, DEFAULT_PAYLOAD_LIMITS, resolvePayloadLimits } from './payload-limits.js';
export { compareVersions } from './registry.js';
export type { RulePreset } from './rule-preset.js';
export type { Scheduler, SchedulerOptions } from './scheduler.js';
export { createScheduler } from './scheduler.js';
export { stateLabel } from './state-label.js';
export { stateToString } from './state-path.js';
export type {
  CaseCountQuery,
  CaseCounts,
  CaseQuery,
  CaseStore,
  CaseSummary,
  CaseWrite,
  Commit,
  FactsAnswer,
  FactsQuery,
  Migration,
} from './store.js';
export type { CaseQueryFilter } from './store-rows.js';
export { caseColumns, caseQueryFilters, deadlineColumns, parseStoredJson, tallyCases } from './store-rows.js';
export type { StoreVerification, StoreVerificationOptions } from './verify-store.js';
export { takeCheckpoint, verifyStore } from './verify-store.js';
