export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { DisciplineRule } from './discipline.js';
export { disciplineRuleSchema, disciplineRules } from './discipline.js';
export type { Condition, Eligibility, Representative } from './eligibility.js';
export { checkEligibility, conditionLabels, representativeSchema, representativeSources } from './eligibility.js';
export type { SocialEvaluationEvents, ViolationRecorded } from './events.js';
export {
  appraisalCompletedSchema,
  assemblyHeldSchema,
  contentSchema,
  events,
  planAdoptedSchema,
  preparationCompletedSchema,
  rectificationReportedSchema,
  resultsReportedSchema,
  surveyCompletedSchema,
  targetSchema,
  violationRecordedSchema,
} from './events.js';
export type { Grade } from './grades.js';
export type { SocialEvaluationInput, SocialEvaluationOutput } from './input.js';
export { input as socialEvaluationInputSchema } from './input.js';
export type { SocialEvaluationContext, TargetResult } from './machine.js';
export { finalResults, socialEvaluationMachine } from './machine.js';
export { socialEvaluation } from './module.js';
export {
  accountabilityReferralSchema,
  disciplineRecommendationSchema,
  notices,
  resultPublicationSchema,
  resultReportSchema,
} from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export { isLeapYear, yearDeadlineFrom, yearEnd, yearStart } from './year.js';
