import { kit } from './kit.js';
import { annualReportMachine } from './machine.js';

/**
 * The yearly report of 《中华人民共和国政府信息公开条例》第四十九条、第五十条 as a case: its deadline
 * and the office's audited additions. The tables themselves are derived from the year's cases by
 * `annualReport` in @zwgk/preset-national-2019.
 *
 * @example
 * await engine.open('national-annual-report', { input: { agency: '某县自然资源局', year: 2025, level: 'department' }, actor });
 */
export const nationalAnnualReport = kit.defineModule({
  id: 'national-annual-report',
  version: '1.0.0',
  title: { zh: '政府信息公开工作年度报告（2019年条例）', en: 'Yearly disclosure report (2019 national regulation)' },
  machine: annualReportMachine,
});
