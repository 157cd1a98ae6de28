export { socialEvaluation } from './module.js';
export { socialEvaluationMachine, finalResults } from './machine.js';
export type { Grade, SocialEvaluationContext, TargetResult } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export {
  events,
  targetSchema,
  contentSchema,
  planAdoptedSchema,
  preparationCompletedSchema,
  surveyCompletedSchema,
  assemblyHeldSchema,
  rectificationReportedSchema,
  appraisalCompletedSchema,
  resultsReportedSchema,
  violationRecordedSchema,
} from './events.js';
export type { SocialEvaluationEvents, ViolationRecorded } from './events.js';
export { input as socialEvaluationInputSchema } from './input.js';
export type { SocialEvaluationInput, SocialEvaluationOutput } from './input.js';
export { checkEligibility, conditionLabels, representativeSchema, representativeSources } from './eligibility.js';
export type { Condition, Eligibility, Representative } from './eligibility.js';
export { disciplineRules, disciplineRuleSchema } from './discipline.js';
export type { DisciplineRule } from './discipline.js';
export { notices, resultReportSchema, resultPublicationSchema, accountabilityReferralSchema, disciplineRecommendationSchema } from './notices.js';
export { parameters } from './parameters.js';
export type { Parameters } from './parameters.js';
export { isLeapYear, yearDeadlineFrom, yearEnd, yearStart } from './year.js';
