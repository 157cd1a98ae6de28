export type { CountyItem, Criterion, DisclosureBasis, TownshipItem } from './basis.js';
export { countyItem, criterion, disclosureBasis, townshipItem } from './basis.js';
export type { Channel } from './channels.js';
export { channel, channelZh, OFFLINE_CHANNELS } from './channels.js';
export type { CoordinationOutcome, ReviewOutcome } from './children.js';
export { COORDINATION_KEY, coordinationOutcomeSchema, REVIEW_KEY, reviewOutcomeSchema } from './children.js';
export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { breaches, deadlines } from './deadlines.js';
export type { ItemPublishedPayload, ProactiveDisclosureEvents, ViolationRecordedPayload, ViolationSituation } from './events.js';
export {
  events,
  itemPublishedPayload,
  pressConferenceHeldPayload,
  reviewRequestedPayload,
  violationRecordedPayload,
  violationSituation,
} from './events.js';
export type { ProactiveDisclosureInput, PublisherLevel } from './input.js';
export { input as proactiveDisclosureInput, output as proactiveDisclosureOutput, publisherLevel } from './input.js';
export { kit } from './kit.js';
export type { Outcome, ProactiveDisclosureContext, ProactiveDisclosureOutput } from './machine.js';
export { channelsSuffice, describeBasis, proactiveDisclosureMachine } from './machine.js';
export { proactiveDisclosure } from './module.js';
export { catalogueEntrySchema, correctionOrderSchema, notices } from './notices.js';
export type { ProactiveDisclosureParameters } from './parameters.js';
export { PUBLICATION_WARNING_LEAD, parameters } from './parameters.js';
export type { Role } from './roles.js';
export { roles } from './roles.js';
