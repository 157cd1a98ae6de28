export { confidentialityReview } from './module.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export {
  events,
  initialOpinionPayload,
  stepVerdictPayload,
  classificationReferredPayload,
  classificationDeterminedPayload,
  jointConsentPayload,
  declassificationCompletedPayload,
  declassificationRefusedPayload,
} from './events.js';
export type { ReviewEvents, InitialOpinionPayload, StepVerdictPayload, ClassificationDeterminedPayload, JointConsentPayload } from './events.js';
export { groundClause, nonDisclosureGround, reviewerGround, secrecyLevel } from './grounds.js';
export type { NonDisclosureGround, SecrecyLevel } from './grounds.js';
export { reviewInput } from './input.js';
export { reviewOutput } from './input.js';
export type { ReviewInput, ReviewOutput } from './input.js';
export { reviewMachine } from './machine.js';
export type { ChainStep, ReviewContext } from './machine.js';
export { notices, reviewOpinionNotice } from './notices.js';
export { OPINION_WARNING_LEAD, parameters, sendBackTarget } from './parameters.js';
export type { ReviewParameters, SendBackTarget } from './parameters.js';
export { roles } from './roles.js';
export type { Role } from './roles.js';
export { kit } from './kit.js';
export { breaches, deadlines } from './deadlines.js';
