export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { OpeningStep, PostPublished } from './events.js';
export {
  accountClosedSchema,
  accountClosureFiledSchema,
  accountFiledSchema,
  accountOpenedSchema,
  COUNTED_TAKEDOWN_STATES,
  EARLIER_TAKEDOWNS,
  emergencyFiledSchema,
  errorReportAnsweredSchema,
  errorReportForwardedSchema,
  events,
  INSPECTION_METHODS,
  inspectionDoneSchema,
  inspectionPublishedSchema,
  matterClosedSchema,
  migrationDecidedSchema,
  migrationReviewedSchema,
  migrationStartedSchema,
  noticePostedSchema,
  noticeRemovedSchema,
  OPENING_STEPS,
  openingAppliedSchema,
  openingDecidedSchema,
  openingStepDoneSchema,
  postPublishedSchema,
  REVIEW_STAGES,
  reviewDefects,
  siteLaunchedSchema,
  siteRestoredSchema,
  siteTakenDownSchema,
  takedownDecidedSchema,
  takedownReviewedSchema,
  yearlyTablePublishedSchema,
} from './events.js';
export type { Kind, WebsitesNewMediaInput, WebsitesNewMediaOutput } from './input.js';
export {
  accountInputSchema,
  earlierTakedownSchema,
  emergencyTakedownInputSchema,
  errorReportInputSchema,
  input as websitesNewMediaInputSchema,
  inspectionInputSchema,
  migrationInputSchema,
  migrationNoticeInputSchema,
  openingInputSchema,
  takedownInputSchema,
  weekInputSchema,
  yearlyTableInputSchema,
} from './input.js';
export type { Outcome, WebsitesNewMediaContext } from './machine.js';
export { MIN_POSTS_PER_WEEK, websitesNewMediaMachine } from './machine.js';
export { websitesNewMedia } from './module.js';
export {
  accountClosureAnnouncementSchema,
  accountSanctionSchema,
  errorReportReplySchema,
  errorReportTransferSchema,
  notices,
  takedownAnnouncementSchema,
} from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export type { QuarterSpan } from './quarter.js';
export { quarterSpan } from './quarter.js';
export type { EarlierTakedown, TakedownDecision, TakedownRefusal, TakedownRequest, YearBasis } from './takedown-allowance.js';
export { decideTakedown, MAX_TAKEDOWN_DAYS, MAX_TAKEDOWNS_PER_YEAR } from './takedown-allowance.js';
