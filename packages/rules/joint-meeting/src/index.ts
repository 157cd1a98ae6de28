export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { AgreedItem, ComplaintChecked, MinutesIssued } from './events.js';
export {
  agreedItemSchema,
  complaintAssignedSchema,
  complaintCheckedSchema,
  complaintHandledSchema,
  complaintUrgedSchema,
  evaluationConcludedSchema,
  events,
  inspectionRecordedSchema,
  itemReportedSchema,
  itemUrgedSchema,
  meetingHeldSchema,
  minutesIssuedSchema,
  progressCirculatedSchema,
  reportPublishedSchema,
  topicSchema,
  topicSource,
  violationDeliberatedSchema,
  violationInvestigatedSchema,
} from './events.js';
export type { TrackedItem, UnitReport } from './follow-up.js';
export { allItemsReported, isItemReported, mayReport, outstandingReports, recordReport, trackItems } from './follow-up.js';
export type { JointMeetingInput, JointMeetingOutput } from './input.js';
export {
  complaintInputSchema,
  evaluationInputSchema,
  input as jointMeetingInputSchema,
  meetingInputSchema,
  violationInputSchema,
} from './input.js';
export type { ComplaintUnit, Inspection, JointMeetingContext, Kind, Outcome } from './machine.js';
export { jointMeetingMachine } from './machine.js';
export { jointMeeting } from './module.js';
export {
  complaintAssignmentSchema,
  complaintUrgeNoticeSchema,
  disclosureReportSchema,
  implementationReportSchema,
  itemUrgeNoticeSchema,
  minutesNoticeSchema,
  notices,
  progressBulletinSchema,
  violationReportSchema,
} from './notices.js';
export type { ItemReportedWhen, Parameters } from './parameters.js';
export { DEFAULT_MEMBER_UNITS, itemReportedWhen, parameters } from './parameters.js';
