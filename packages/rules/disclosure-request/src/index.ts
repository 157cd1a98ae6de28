export type { CoordinationOutcome, ReviewOutcome } from './children.js';
export { COORDINATION_KEY, coordinationOutcomeSchema, REVIEW_KEY, reviewOutcomeSchema } from './children.js';
export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { breaches, deadlines } from './deadlines.js';
export type { EventType, FeeItem } from './events.js';
export { events, feeItemSchema, onTheSpotAnswerSchema } from './events.js';
export type { ApplicantPapers } from './identity/problem.js';
export { identityProblem } from './identity/problem.js';
export { isResidentIdNumber, residentIdCheckCharacter } from './identity/resident-id-number.js';
export { normalisedCodeSchema, residentIdNumberSchema, unifiedSocialCreditCodeSchema } from './identity/schemas.js';
export { isUnifiedSocialCreditCode, unifiedSocialCreditCheckCharacter } from './identity/unified-social-credit-code.js';
export type { Application, Difficulty, InformationForm } from './input.js';
export {
  applicantSchema,
  applicationSchema,
  channelSchema,
  citizenIdentitySchema,
  difficultySchema,
  informationFormSchema,
  input,
  organisationCertificateSchema,
  requestSchema,
} from './input.js';
export { kit } from './kit.js';
export type { DisclosureRequestContext, DisclosureRequestOutput, Outcome, ThirdPartyAnswer, ThirdPartyConsultation } from './machine.js';
export { disclosureRequestMachine, feeStatement } from './machine.js';
export { disclosureRequest } from './module.js';
export type { NoticeName } from './notices.js';
export { notices } from './notices.js';
export type { Parameters, RestartOnCorrection } from './parameters.js';
export { parameters, REGULATION_2019_IN_FORCE } from './parameters.js';
export type { Role } from './roles.js';
export { roles } from './roles.js';
