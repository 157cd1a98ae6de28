export { accountability } from './module.js';
export { input as accountabilityInputSchema } from './input.js';
export { accountabilityMachine, responsiblePersons } from './machine.js';
export { clauses } from './clauses.js';
export {
  events,
  findingRecordedSchema,
  responsibilityAssessedSchema,
  statementRecordedSchema,
  decisionIssuedSchema,
  caseDismissedSchema,
  decisionReceivedSchema,
  appealFiledSchema,
  reviewDecidedSchema,
  rectificationReportedSchema,
} from './events.js';
export { notices, decisionNoticeSchema, disciplinaryReferralSchema, judicialReferralSchema, reviewResultSchema, rectificationReportSchema } from './notices.js';
export { parameters } from './parameters.js';
export { groundSchema, sourceSchema, GROUND_CLAUSES, suggestedGround } from './grounds.js';
export { conductSchema, allocateResponsibility } from './responsibility.js';
export { severitySchema, measureSchema, SANCTIONS, disallowedMeasures, needsDisciplinaryReferral, needsJudicialReferral } from './sanctions.js';
export type { ClauseId } from './clauses.js';
export type { DecisionIssued } from './events.js';
export type { Parameters } from './parameters.js';
export type { Ground, Source } from './grounds.js';
export type { Conduct, Share, Allocation } from './responsibility.js';
export type { Severity, Measure } from './sanctions.js';
export type { AccountabilityInput, AccountabilityOutput, Level } from './input.js';
export type { AccountabilityContext, Finding, Outcome } from './machine.js';
