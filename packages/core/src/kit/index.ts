export type { ClauseEntry, IssuedRegulation, Regulation, RegulationNotice } from './regulation.js';
export { defineRegulation } from './regulation.js';
export type {
  AnyRuleKit,
  DeadlineGuard,
  KitEvent,
  KitModuleDefinition,
  KitRole,
  KitTransitionMeta,
  KitTypes,
  ParameterValues,
  RuleKit,
  RuleKitSpec,
} from './rule-kit.js';
export { createRuleKit } from './rule-kit.js';
