export { nationalRemedy } from './module.js';
export { remedyMachine } from './machine.js';
export type { RemedyContext, RemedyOutput } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { events } from './events.js';
export type { EventType } from './events.js';
export { remedyInputSchema, remedyResultSchema, windowDays } from './remedy.js';
export type { RemedyInput, RemedyResult } from './remedy.js';
