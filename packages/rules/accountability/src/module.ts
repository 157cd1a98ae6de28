import { z } from 'zod';
import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { groundSchema, sourceSchema } from './grounds.js';
import { accountabilityMachine } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { measureSchema, severitySchema } from './sanctions.js';

/**
 * The case input. `source` names the case whose recorded breach opened this one, e.g.
 * `{ caseId, module: 'disclosure-request', breach: 'replyOverdue' }` for an overdue reply to an application.
 */
export const accountabilityInputSchema = z.object({
  /** 第四条: `unit` — a department or township (the disclosure office investigates); `staff` — a unit's own staff (its 纪委、纪检组). */
  level: z.enum(['unit', 'staff']),
  investigatingBody: z.string().min(1),
  unit: z.string().min(1),
  allegation: z.string().min(1),
  source: sourceSchema.optional(),
});

/**
 * 《西吉县政务公开责任追究制度》: investigating a breach of the disclosure rules, allocating the
 * responsibility, hearing the persons responsible, the written decision, review or appeal within 30 days,
 * and the written rectification report.
 *
 * @example
 * await engine.open('accountability', { input: { level: 'unit', investigatingBody: '县政府政务公开办公室', unit: '县自然资源局', allegation: '依申请公开逾期未答复', source: { caseId, module: 'disclosure-request', breach: 'replyOverdue' } }, actor });
 */
export const accountability = defineRuleModule({
  id: 'accountability',
  version: '1.0.0',
  title: { zh: '政务公开责任追究', en: 'Accountability for breaches of the disclosure rules' },
  source: {
    name: '西吉县政务公开责任追究制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '适用范围；由接入系统决定对哪些机关、组织和人员立案',
    第二条: '"政务公开责任"的定义；案件的 allegation 和 findings 说明所涉违规',
    第十条: '解释机关，不是工作流程',
    第十一条: '施行日期和有效期，由 inForce 表示',
  },
  roles: {
    investigator: { zh: '调查处理机关（政务公开办公室或本单位纪委、纪检组）', en: 'investigating and deciding body' },
    respondent: { zh: '被追究责任的单位及其相关人员', en: 'unit or person held to account' },
  },
  input: accountabilityInputSchema,
  output: z.object({
    outcome: z.enum(['dismissed', 'sanctioned', 'revoked']),
    grounds: z.array(groundSchema),
    severity: severitySchema.nullable(),
    measures: z.array(measureSchema),
    appealed: z.boolean(),
    source: sourceSchema.nullable(),
  }),
  events,
  deadlines: {
    appeal: {
      label: { zh: '请求复核或提出申诉期限', en: 'review or appeal period' },
      length: 30,
      unit: 'calendarDays',
      startsOn: { zh: '接到处理通知之日', en: 'receipt of the written decision' },
      clause: '第八条',
      warnBefore: { length: 5, unit: 'calendarDays' },
    },
  },
  notices,
  parameters,
  machine: accountabilityMachine,
});
