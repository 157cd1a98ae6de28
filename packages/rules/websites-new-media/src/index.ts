export { websitesNewMedia } from './module.js';
export { websitesNewMediaMachine, MIN_POSTS_PER_WEEK } from './machine.js';
export { clauses } from './clauses.js';
export {
  events,
  OPENING_STEPS,
  REVIEW_STAGES,
  errorReportForwardedSchema,
  errorReportAnsweredSchema,
  openingAppliedSchema,
  openingDecidedSchema,
  openingStepDoneSchema,
  siteLaunchedSchema,
  takedownReviewedSchema,
  takedownDecidedSchema,
  siteTakenDownSchema,
  siteRestoredSchema,
  noticePostedSchema,
  noticeRemovedSchema,
  accountOpenedSchema,
  accountFiledSchema,
  accountClosedSchema,
  accountClosureFiledSchema,
  postPublishedSchema,
} from './events.js';
export {
  input as websitesNewMediaInputSchema,
  errorReportInputSchema,
  openingInputSchema,
  takedownInputSchema,
  earlierTakedownSchema,
  migrationNoticeInputSchema,
  accountInputSchema,
  weekInputSchema,
} from './input.js';
export { notices, errorReportTransferSchema, errorReportReplySchema, takedownAnnouncementSchema, accountClosureAnnouncementSchema } from './notices.js';
export { parameters } from './parameters.js';
export { decideTakedown, MAX_TAKEDOWNS_PER_YEAR, MAX_TAKEDOWN_DAYS } from './takedown-allowance.js';
export type { ClauseId } from './clauses.js';
export type { OpeningStep, PostPublished } from './events.js';
export type { Kind, WebsitesNewMediaInput, WebsitesNewMediaOutput } from './input.js';
export type { Parameters } from './parameters.js';
export type { EarlierTakedown, TakedownDecision, TakedownRefusal, TakedownRequest, YearBasis } from './takedown-allowance.js';
export type { Outcome, WebsitesNewMediaContext } from './machine.js';
