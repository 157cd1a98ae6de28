export { nationalConsultation, parameters } from './module.js';
export { consultationMachine, OPINION_DEADLINE } from './machine.js';
export type { ConsultationContext, Parameters } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { events } from './events.js';
export type { EventType } from './events.js';
export { consulteeKindSchema, consultationInputSchema, consultationOutputSchema, opinionSchema } from './consultation.js';
export type { ConsulteeKind, ConsultationInput, ConsultationOutput, Opinion } from './consultation.js';
