export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { breaches, deadlines } from './deadlines.js';
export type { PolicyEvents, PolicyInput } from './events.js';
export { policyEvents, policyInputSchema } from './events.js';
export { input, output } from './input.js';
export type { Channel, Form, InterpretationPlan, InterpretationRelease, InterpretationUpdate, Material } from './interpretation.js';
export {
  channelLabels,
  channelSchema,
  formLabels,
  formSchema,
  interpretationDocumentsSchema,
  interpretationPlanSchema,
  interpretationReleaseSchema,
  interpretationUpdateSchema,
  materialSchema,
  onWebsite,
} from './interpretation.js';
export { kit } from './kit.js';
export type { PolicyContext, PolicyOutput } from './machine.js';
export { policyInterpretationMachine } from './machine.js';
export { policyInterpretation } from './module.js';
export { catalogueEntrySchema, policyNotices, urgeNoticeSchema } from './notices.js';
export type { PolicyParameters } from './parameters.js';
export { policyParameters } from './parameters.js';
export type { Role } from './roles.js';
export { roles } from './roles.js';
export { minutesLate } from './simultaneity.js';
