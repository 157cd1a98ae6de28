export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { DecisionIssued } from './events.js';
export {
  appealFiledSchema,
  caseDismissedSchema,
  decisionIssuedSchema,
  decisionReceivedSchema,
  events,
  findingRecordedSchema,
  rectificationReportedSchema,
  responsibilityAssessedSchema,
  reviewDecidedSchema,
  statementRecordedSchema,
} from './events.js';
export type { Ground, Source } from './grounds.js';
export { GROUND_CLAUSES, groundSchema, sourceSchema, suggestedGround } from './grounds.js';
export type { AccountabilityInput, AccountabilityOutput, Level } from './input.js';
export { input as accountabilityInputSchema } from './input.js';
export type { AccountabilityContext, Finding, Outcome } from './machine.js';
export { accountabilityMachine, responsiblePersons } from './machine.js';
export { accountability } from './module.js';
export {
  decisionNoticeSchema,
  disciplinaryReferralSchema,
  judicialReferralSchema,
  notices,
  rectificationReportSchema,
  reviewResultSchema,
} from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export type { Allocation, Conduct, Share } from './responsibility.js';
export { allocateResponsibility, conductSchema } from './responsibility.js';
export type { Measure, Sanction, Severity } from './sanctions.js';
export {
  disallowedMeasures,
  measureSchema,
  missingMeasures,
  needsDisciplinaryReferral,
  needsJudicialReferral,
  PERIOD_MEASURES,
  SANCTIONS,
  sanctionProblems,
  severitySchema,
} from './sanctions.js';
