export type { DeadlineDetails, Period } from './declarations.js';
export {
  booleanParameter,
  breach,
  calendarDays,
  deadline,
  hours,
  labelledEnum,
  minutes,
  workingDays,
  workingDaysParameter,
} from './declarations.js';
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
  RuleKitCreator,
  RuleKitDeclarations,
  RuleKitSpec,
} from './rule-kit.js';
export { createRuleKit, ruleKitFor } from './rule-kit.js';
