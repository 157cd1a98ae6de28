export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { EventType } from './events.js';
export { events } from './events.js';
export type { RemedyContext, RemedyOutput } from './machine.js';
export { remedyMachine } from './machine.js';
export { nationalRemedy } from './module.js';
export type { RemedyInput, RemedyResult } from './remedy.js';
export { remedyInputSchema, remedyResultSchema, windowDays } from './remedy.js';
