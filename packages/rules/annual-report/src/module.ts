import { kit } from './kit.js';
import { annualReportMachine } from './machine.js';

/**
 * 《西吉县政府政务公开工作年度报告制度》 (西政办发〔2018〕47号) as a rule module: one case per
 * reporting unit and year; the report on the year (its content per 第三条) is due at 24:00 on
 * 31 March of the next year (第一条), received by the 政务公开办公室 (第二条); a late unit is
 * criticised and given a new limit, a unit that refuses loses the year's awards (第五条).
 *
 * @example
 * await engine.open('annual-report', { input: { unit: '县教育局', unitKind: 'department', year: 2019 }, actor: office });
 */
export const annualReport = kit.defineModule({
  id: 'annual-report',
  version: '1.0.0',
  title: { zh: '政务公开工作年度报告', en: 'Yearly government disclosure work report' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    第六条: '解释权条款，不是工作流程',
    第七条: '施行日期和有效期，由模块的 inForce 表达',
  },
  afterClosure: {
    // 第一条: a unit found to refuse (第五条第2项) may still send its report later; it is recorded, not refused.
    'report.submitted': { states: ['refused'], moveTo: 'reportedAfterRefusal', clause: '第一条' },
  },
  machine: annualReportMachine,
});
