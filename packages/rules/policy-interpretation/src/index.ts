export { policyInterpretation } from './module.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { policyEvents, policyInputSchema } from './events.js';
export type { PolicyEvents, PolicyInput } from './events.js';
export {
  channelLabels,
  channelSchema,
  formLabels,
  formSchema,
  interpretationDocumentsSchema,
  interpretationPlanSchema,
  interpretationReleaseSchema,
  materialSchema,
} from './interpretation.js';
export type { Channel, Form, InterpretationPlan, InterpretationRelease, Material } from './interpretation.js';
export { minutesLate } from './simultaneity.js';
export { catalogueEntrySchema, policyNotices, urgeNoticeSchema } from './notices.js';
export { policyParameters } from './parameters.js';
export type { PolicyParameters } from './parameters.js';
export { policyInterpretationMachine } from './machine.js';
export type { PolicyContext, PolicyOutput } from './machine.js';
export { kit } from './kit.js';
export { roles } from './roles.js';
export type { Role } from './roles.js';
export { breaches, deadlines } from './deadlines.js';
export { input, output } from './input.js';
