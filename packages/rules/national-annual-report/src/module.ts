import { defineRuleModule } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { annualReportMachine } from './machine.js';
import { reportInputSchema } from './supplement.js';

/**
 * The yearly report of 《中华人民共和国政府信息公开条例》第四十九条、第五十条 as a case: its deadline
 * and the office's audited additions. The tables themselves are derived from the year's cases by
 * `annualReport` in @zwgk/preset-national-2019.
 *
 * @example
 * await engine.open('national-annual-report', { input: { agency: '某县自然资源局', year: 2025, level: 'department' }, actor });
 */
export const nationalAnnualReport = defineRuleModule({
  id: 'national-annual-report',
  version: '1.0.0',
  title: { zh: '政府信息公开工作年度报告（2019年条例）', en: 'Yearly disclosure report (2019 national regulation)' },
  source: informationDisclosureRegulation.source,
  inForce: informationDisclosureRegulation.inForce,
  clauses,
  roles: {
    clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
    officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
  },
  input: reportInputSchema,
  events,
  deadlines: {
    publication: {
      label: { zh: '年度报告公布期限', en: 'report publication' },
      length: 744,
      unit: 'hours',
      startsOn: {
        zh: '次年1月1日0时，至1月31日（部门）或3月31日（政府）24时',
        en: '1 January 00:00 of the following year, to 24:00 on 31 January (agency) or 31 March (government)',
      },
      clause: '第四十九条',
      warnBefore: { length: 7 * 24 * 60, unit: 'minutes' },
    },
  },
  breaches: { reportOverdue: { label: { zh: '逾期未公布年度报告', en: 'report overdue' }, clause: '第四十九条' } },
  output: z.object({ year: z.number().int(), url: z.string().nullable() }),
  machine: annualReportMachine,
});
