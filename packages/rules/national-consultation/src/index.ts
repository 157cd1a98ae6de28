export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { ConsultationInput, ConsultationOutput, ConsulteeKind, Opinion } from './consultation.js';
export { consultationInputSchema, consultationOutputSchema, consulteeKindSchema, opinionSchema } from './consultation.js';
export type { EventType } from './events.js';
export { events } from './events.js';
export type { ConsultationContext, Parameters } from './machine.js';
export { consultationMachine, OPINION_DEADLINE } from './machine.js';
export { nationalConsultation, parameters } from './module.js';
