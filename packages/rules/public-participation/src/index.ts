export { publicParticipation } from './module.js';
export { publicParticipationMachine } from './machine.js';
export type { Finding, PublicParticipationContext } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export {
  events,
  reporterSchema,
  reportChannelSchema,
  submissionChannelSchema,
  consultationPublishedSchema,
  opinionSubmittedSchema,
  questionnaireConductedSchema,
  meetingNoticedSchema,
  hearingAnnouncedSchema,
  hearingHeldSchema,
  consultationClosedSchema,
  opinionsAnalysedSchema,
  feedbackGivenSchema,
  inquirySentSchema,
  investigationConcludedSchema,
  identityDisclosedSchema,
} from './events.js';
export type { ConsultationPublished, HearingAnnounced, MeetingNoticed, PublicParticipationEvents } from './events.js';
export { input as publicParticipationInputSchema } from './input.js';
export type { PublicParticipationInput, PublicParticipationOutput } from './input.js';
export {
  notices,
  consultationAnnouncementSchema,
  meetingNoticeSchema,
  meetingAnnouncementSchema,
  hearingAnnouncementSchema,
  feedbackNoticeSchema,
  inquiryNoticeSchema,
  reportResultNoticeSchema,
} from './notices.js';
export { parameters } from './parameters.js';
export type { Parameters } from './parameters.js';
export { beijingDate, hasEnded, isWithinWindow } from './window.js';
export type { ConsultationWindow } from './window.js';
export { mentionsReporter } from './confidentiality.js';
export type { Reporter } from './confidentiality.js';
