export { nationalAnnualReport } from './module.js';
export { annualReportMachine } from './machine.js';
export type { AnnualReportContext } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { events } from './events.js';
export type { EventType } from './events.js';
export { hoursToDue, reportInputSchema, supplementSchema } from './supplement.js';
export type { ReportInput, Supplement } from './supplement.js';
