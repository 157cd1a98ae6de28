export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export { COMPLETION_WORKING_DAYS, SUPPLEMENTARY_WORKING_DAYS } from './deadlines.js';
export type { ReportEvents } from './events.js';
export { events } from './events.js';
export type { Figure, FigureSupplement, Figures } from './figures.js';
export {
  APPLICATION_ANSWERS,
  DISCLOSURE_REQUEST,
  FIGURES,
  figureQueries,
  figuresSchema,
  PROACTIVE_DISCLOSURE,
  reportedFigures,
  reportFigures,
  yearBounds,
} from './figures.js';
export type { AnnualReportOutput, ReportingInput } from './input.js';
export { input as reportingInputSchema } from './input.js';
export type { AnnualReportContext, ReportFiguresRecord } from './machine.js';
export { annualReportMachine } from './machine.js';
export { annualReport } from './module.js';
export {
  awardsRecommendationNoticeSchema,
  criticismCirculationNoticeSchema,
  criticismNoticeSchema,
  notices,
  reportReturnedNoticeSchema,
} from './notices.js';
export type { Parameters } from './parameters.js';
export { parameters } from './parameters.js';
export { REPORT_PERIOD_DAYS, reportHours, reportingSeasonStart, reportPeriodStart } from './period.js';
export type { Report } from './report.js';
export { reportSchema } from './report.js';
