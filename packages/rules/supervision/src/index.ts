export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export {
  answerSentSchema,
  events,
  inspectionConcludedSchema,
  investigationConcludedSchema,
  itemInspectedSchema,
  matterReferredSchema,
  rectificationReportedSchema,
  rectificationVerifiedSchema,
} from './events.js';
export type { ComplaintInput, InspectionInput, SupervisionInput, SupervisionOutput } from './input.js';
export { input as supervisionInputSchema } from './input.js';
export type { InspectionItem, ItemFinding } from './items.js';
export { deficientItems, ITEM_CLAUSES, inspectionItemSchema, missingItems } from './items.js';
export type { SupervisionContext } from './machine.js';
export { supervisionMachine } from './machine.js';
export { supervision } from './module.js';
export { accountabilityReferralSchema, answerNoticeSchema, inspectionReportSchema, notices, rectificationOrderSchema } from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
