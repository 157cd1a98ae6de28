export { disclosureRequest } from './module.js';
export { disclosureRequestMachine } from './machine.js';
export type { DisclosureRequestContext, DisclosureRequestOutput, Outcome, ThirdPartyConsultation } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { events, feeItemSchema, onTheSpotAnswerSchema } from './events.js';
export type { EventType, FeeItem } from './events.js';
export { notices } from './notices.js';
export type { NoticeName } from './notices.js';
export { parameters, REGULATION_2019_IN_FORCE } from './parameters.js';
export type { Parameters, RestartOnCorrection } from './parameters.js';
export { kit } from './kit.js';
export { roles } from './roles.js';
export type { Role } from './roles.js';
export { breaches, deadlines } from './deadlines.js';
export {
  input,
  applicantSchema,
  applicationSchema,
  channelSchema,
  citizenIdentitySchema,
  difficultySchema,
  informationFormSchema,
  requestSchema,
} from './input.js';
export type { Application, Difficulty, InformationForm } from './input.js';
export { COORDINATION_KEY, REVIEW_KEY, coordinationOutcomeSchema, reviewOutcomeSchema } from './children.js';
export type { CoordinationOutcome, ReviewOutcome } from './children.js';
export { isResidentIdNumber, residentIdCheckCharacter } from './identity/resident-id-number.js';
export { isUnifiedSocialCreditCode, unifiedSocialCreditCheckCharacter } from './identity/unified-social-credit-code.js';
export { residentIdNumberSchema, unifiedSocialCreditCodeSchema } from './identity/schemas.js';
