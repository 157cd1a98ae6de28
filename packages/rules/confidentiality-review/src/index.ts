export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { breaches, deadlines } from './deadlines.js';
export type {
  ClassificationDeterminedPayload,
  InitialOpinionPayload,
  JointConsentPayload,
  ReviewEvents,
  StepVerdictPayload,
} from './events.js';
export {
  classificationDeterminedPayload,
  classificationReferredPayload,
  declassificationCompletedPayload,
  declassificationRefusedPayload,
  events,
  explanationRequestedPayload,
  initialOpinionPayload,
  jointConsentPayload,
  stepVerdictPayload,
} from './events.js';
export type { NonDisclosureGround, SecrecyLevel } from './grounds.js';
export { groundClause, nonDisclosureGround, reviewerGround, secrecyLevel } from './grounds.js';
export type { ReviewInput, ReviewOutput } from './input.js';
export { reviewInput, reviewOutput } from './input.js';
export { kit } from './kit.js';
export type { ChainStep, ReviewContext } from './machine.js';
export { reviewMachine, unionWithheld } from './machine.js';
export { confidentialityReview } from './module.js';
export { notices, reviewOpinionNotice, withholdingExplanationNotice } from './notices.js';
export type { ReviewParameters, SendBackTarget } from './parameters.js';
export { OPINION_WARNING_LEAD, parameters, sendBackTarget } from './parameters.js';
export type { Role } from './roles.js';
export { roles } from './roles.js';
