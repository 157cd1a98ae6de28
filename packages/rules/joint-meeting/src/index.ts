export { jointMeeting } from './module.js';
export { jointMeetingMachine } from './machine.js';
export { clauses } from './clauses.js';
export {
  events,
  topicSchema,
  topicSource,
  meetingHeldSchema,
  agreedItemSchema,
  minutesIssuedSchema,
  itemReportedSchema,
  itemUrgedSchema,
  progressCirculatedSchema,
  complaintAssignedSchema,
  complaintHandledSchema,
  complaintUrgedSchema,
  complaintCheckedSchema,
  violationDeliberatedSchema,
} from './events.js';
export {
  notices,
  minutesNoticeSchema,
  itemUrgeNoticeSchema,
  progressBulletinSchema,
  implementationReportSchema,
  complaintAssignmentSchema,
  complaintUrgeNoticeSchema,
  violationReportSchema,
} from './notices.js';
export { parameters, DEFAULT_MEMBER_UNITS, itemReportedWhen } from './parameters.js';
export { trackItems, isItemReported, allItemsReported, outstandingReports, mayReport, recordReport } from './follow-up.js';
export type { ClauseId } from './clauses.js';
export type { AgreedItem, MinutesIssued, ComplaintChecked } from './events.js';
export { input as jointMeetingInputSchema, meetingInputSchema, complaintInputSchema } from './input.js';
export type { JointMeetingInput, JointMeetingOutput } from './input.js';
export type { Parameters, ItemReportedWhen } from './parameters.js';
export type { TrackedItem, UnitReport } from './follow-up.js';
export type { JointMeetingContext, ComplaintUnit, Kind, Outcome } from './machine.js';
