export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { breaches, deadlines } from './deadlines.js';
export type { ConsultationLetter, ReplyGiven } from './events.js';
export {
  authorityDecidedSchema,
  consultationLetterSchema,
  events,
  informationSchema,
  letterReceivedSchema,
  matterEscalatedSchema,
  releaseObjectedSchema,
  releasePublishedSchema,
  replyGivenSchema,
} from './events.js';
export { input as releaseCoordinationInputSchema, output as releaseCoordinationOutputSchema } from './input.js';
export { kit } from './kit.js';
export type {
  AgencyPosition,
  AgencyStatus,
  Mode,
  ReleaseCoordinationContext,
  ReleaseCoordinationInput,
  ReleaseCoordinationOutput,
  SettledBy,
} from './machine.js';
export { MAX_CONSULTED_AGENCIES, MODES, releaseCoordinationMachine, replyDeadlineName } from './machine.js';
export { releaseCoordination } from './module.js';
export { consultationLetterNoticeSchema, escalationReportSchema, notices, objectionReportSchema } from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export type { Role } from './roles.js';
export { roles } from './roles.js';
