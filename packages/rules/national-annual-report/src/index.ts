export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { EventType } from './events.js';
export { events } from './events.js';
export type { AnnualReportContext } from './machine.js';
export { annualReportMachine } from './machine.js';
export { nationalAnnualReport } from './module.js';
export type { ReportInput, Supplement } from './supplement.js';
export { hoursToDue, reportInputSchema, supplementSchema } from './supplement.js';
