import { z } from 'zod';
import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { events, socialEvaluationInputSchema } from './events.js';
import { socialEvaluationMachine } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { IN_FORCE } from './year.js';

/**
 * 《西吉县政务公开社会评议制度》: the yearly social evaluation of disclosure work, one case per year.
 *
 * @example
 * await engine.open('social-evaluation', { input: { year: 2019 }, actor: office });
 */
export const socialEvaluation = defineRuleModule({
  id: 'social-evaluation',
  version: '1.0.0',
  title: { zh: '政务公开社会评议', en: 'Yearly social evaluation of government disclosure' },
  source: {
    name: '西吉县政务公开社会评议制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: IN_FORCE,
  clauses,
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '评议工作的基础、核心、目的和标准，不是可检查的步骤',
    第四条: '组织原则和评议方法；方法的结果体现在第五条各步骤的记录中',
    第六条: '领导体制和工作机制，不是案件流程',
    第十条: '评议代表的职责；其履行体现在第五条第2、3、5项的记录中，本模块不逐人跟踪',
    第十三条: '解释机关，不是工作流程',
    第十四条: '施行日期和有效期，由 inForce 表示',
  },
  roles: {
    office: { zh: '政务公开联席会议办公室（政务公开办公室）', en: 'joint meeting office for disclosure' },
    evaluatedUnit: { zh: '被评议的政府、部门和行业', en: 'evaluated government, department or industry' },
  },
  input: socialEvaluationInputSchema,
  output: z.object({
    year: z.number().int(),
    completedInYear: z.boolean(),
    results: z.array(z.object({ target: z.string(), score: z.number(), grade: z.enum(['excellent', 'good', 'qualified', 'unqualified']) })),
    unqualified: z.array(z.string()),
  }),
  events,
  deadlines: {
    year: {
      label: { zh: '年度社会评议（一年一次）', en: 'the yearly evaluation (once a year)' },
      length: 8760,
      unit: 'hours',
      startsOn: {
        zh: '评议年度的1月1日0时（闰年为1月2日0时），使期限届满于12月31日24时',
        en: '0:00 on 1 January of the year (2 January in a leap year), so that it falls due at 24:00 on 31 December',
      },
      clause: '第五条',
      warnBefore: { length: 43200, unit: 'minutes' },
    },
  },
  notices,
  breaches: {
    notHeldInYear: { label: { zh: '年度内未完成社会评议', en: 'evaluation not completed within its year' }, clause: '第五条' },
    organiserViolation: { label: { zh: '组织实施部门或工作人员违反评议工作纪律', en: 'organiser broke the discipline' }, clause: '第十二条' },
    evaluatedUnitViolation: { label: { zh: '被评单位违反评议工作纪律（列为不合格）', en: 'evaluated unit broke the discipline (unqualified)' }, clause: '第十二条' },
    representativeViolation: { label: { zh: '评议代表违反评议工作纪律（取消资格）', en: 'representative broke the discipline (disqualified)' }, clause: '第十二条' },
  },
  parameters,
  machine: socialEvaluationMachine,
});
