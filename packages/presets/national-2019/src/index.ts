export type { RulePreset } from '@zwgk/core';
export type { AnnualReport, ApplicantCounts, RemedyCounts, SupplementSource } from './annual-report/derive.js';
export { annualReport } from './annual-report/derive.js';
export { annualReportCsv, annualReportHtml, annualReportText } from './annual-report/render.js';
export type { ApplicationRowKey, RemedyColumn } from './annual-report/rows.js';
export { APPLICANT_COLUMNS, APPLICATION_ROWS, REMEDY_RESULTS } from './annual-report/rows.js';
export { national2019 } from './preset.js';
