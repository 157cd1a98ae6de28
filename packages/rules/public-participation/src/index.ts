export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { Reporter } from './confidentiality.js';
export { mentionsReporter } from './confidentiality.js';
export type { ConsultationPublished, Finding, HearingAnnounced, MeetingNoticed, PublicParticipationEvents } from './events.js';
export {
  consultationClosedSchema,
  consultationPublishedSchema,
  events,
  feedbackGivenSchema,
  hearingAnnouncedSchema,
  hearingCancelledSchema,
  hearingHeldSchema,
  identityDisclosedSchema,
  inquirySentSchema,
  investigationConcludedSchema,
  meetingNoticedSchema,
  opinionSubmittedSchema,
  opinionsAnalysedSchema,
  questionnaireConductedSchema,
  reportChannelSchema,
  reporterSchema,
  submissionChannelSchema,
} from './events.js';
export type { PublicParticipationInput, PublicParticipationOutput } from './input.js';
export { input as publicParticipationInputSchema } from './input.js';
export type { PublicParticipationContext } from './machine.js';
export { publicParticipationMachine } from './machine.js';
export { publicParticipation } from './module.js';
export {
  consultationAnnouncementSchema,
  feedbackNoticeSchema,
  hearingAnnouncementSchema,
  hearingCancellationSchema,
  inquiryNoticeSchema,
  irregularOpinionSchema,
  meetingAnnouncementSchema,
  meetingNoticeSchema,
  notices,
  reportResultNoticeSchema,
} from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export type { ConsultationWindow } from './window.js';
export { beijingDate, hasEnded, isWithinWindow } from './window.js';
