export { releaseCoordination, releaseCoordinationInputSchema } from './module.js';
export { releaseCoordinationMachine, MODES, MAX_CONSULTED_AGENCIES, replyDeadlineName } from './machine.js';
export { clauses } from './clauses.js';
export {
  events,
  informationSchema,
  consultationLetterSchema,
  letterReceivedSchema,
  replyGivenSchema,
  matterEscalatedSchema,
  authorityDecidedSchema,
  releasePublishedSchema,
  releaseObjectedSchema,
} from './events.js';
export { notices, consultationLetterNoticeSchema, escalationReportSchema, objectionReportSchema } from './notices.js';
export { parameters } from './parameters.js';
export type { ClauseId } from './clauses.js';
export type { ConsultationLetter, ReplyGiven } from './events.js';
export type { Parameters } from './parameters.js';
export type {
  AgencyPosition,
  AgencyStatus,
  Mode,
  ReleaseCoordinationContext,
  ReleaseCoordinationInput,
  ReleaseCoordinationOutput,
  SettledBy,
} from './machine.js';
