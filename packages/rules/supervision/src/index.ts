export { supervision } from './module.js';
export { input as supervisionInputSchema } from './input.js';
export { supervisionMachine } from './machine.js';
export { clauses } from './clauses.js';
export {
  events,
  investigationConcludedSchema,
  matterReferredSchema,
  answerSentSchema,
  rectificationVerifiedSchema,
  itemInspectedSchema,
  inspectionConcludedSchema,
  rectificationReportedSchema,
} from './events.js';
export { notices, answerNoticeSchema, rectificationOrderSchema, accountabilityReferralSchema, inspectionReportSchema } from './notices.js';
export { parameters } from './parameters.js';
export { inspectionItemSchema, ITEM_CLAUSES, missingItems, deficientItems } from './items.js';
export type { ClauseId } from './clauses.js';
export type { Parameters } from './parameters.js';
export type { ComplaintInput, InspectionInput, SupervisionInput, SupervisionOutput } from './input.js';
export type { InspectionItem, ItemFinding } from './items.js';
export type { SupervisionContext } from './machine.js';
