import { defineRuleModule } from '@zwgk/core';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { annualReportMachine, SUPPLEMENTARY_WORKING_DAYS } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { REPORT_PERIOD_DAYS } from './period.js';
import { reportCountsSchema, reportingInputSchema } from './report.js';

/**
 * 《西吉县政府政务公开工作年度报告制度》 (西政办发〔2018〕47号) as a rule module: one case per
 * reporting unit and year; the report on the year (its content per 第三条) is due at 24:00 on
 * 31 March of the next year (第一条), received by the 政务公开办公室 (第二条); a late unit is
 * criticised and given a new limit, a unit that refuses loses the year's awards (第五条).
 *
 * @example
 * await engine.open('annual-report', { input: { unit: '县教育局', unitKind: 'department', year: 2019 }, actor: office });
 */
export const annualReport = defineRuleModule({
  id: 'annual-report',
  version: '1.0.0',
  title: { zh: '政务公开工作年度报告', en: 'Yearly government disclosure work report' },
  source: {
    name: '西吉县政府政务公开工作年度报告制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    解释: '解释权条款，不是工作流程',
    施行: '施行日期和有效期，由模块的 inForce 表达',
  },
  roles: {
    reportingUnit: { zh: '报告单位（县政府各部门、各乡（镇）政府）', en: 'reporting unit (county department or township government)' },
    office: { zh: '政府政务公开办公室', en: 'government disclosure office' },
  },
  input: reportingInputSchema,
  events,
  deadlines: {
    report: {
      label: { zh: '年度报告报送期限（次年三月底前）', en: 'yearly report (by the end of March of the next year)' },
      length: REPORT_PERIOD_DAYS,
      unit: 'calendarDays',
      startsOn: {
        zh: '报告年度的最后一日（12月31日）；次年为闰年时自次年1月1日起算，使期限均止于3月31日24时',
        en: 'the last day of the reported year (31 December); 1 January when the next year is a leap year, so that the period always ends at 24:00 on 31 March',
      },
      clause: '第一条',
      warnBefore: { length: 15, unit: 'calendarDays' },
    },
    supplementary: {
      label: { zh: '限期补报', en: 'new limit for the late report' },
      length: SUPPLEMENTARY_WORKING_DAYS,
      unit: 'workingDays',
      startsOn: { zh: '报告期限届满、通报批评之日', en: 'the day the report period ran out and the unit was criticised' },
      clause: '第五条(一)',
      warnBefore: { length: 3, unit: 'workingDays' },
    },
  },
  notices,
  breaches: {
    reportOverdue: { label: { zh: '逾期不报告年度工作报告', en: 'yearly report not submitted in time' }, clause: '第五条(一)' },
    refusedToRectify: { label: { zh: '拒不整改（拒不补报）', en: 'refusal to rectify (no report within the new limit)' }, clause: '第五条(二)' },
  },
  parameters,
  output: z.object({
    unit: z.string(),
    year: z.number().int(),
    outcome: z.enum(['accepted', 'refused']),
    late: z.boolean(),
    submittedAt: z.string().nullable(),
    counts: reportCountsSchema.nullable(),
  }),
  machine: annualReportMachine,
});
