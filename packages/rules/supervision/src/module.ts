import { z } from 'zod';
import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { inspectionItemSchema } from './items.js';
import { supervisionMachine } from './machine.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';

/** The case input: a complaint or report (第四条, 第五条), or an inspection (第二条). */
export const supervisionInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('complaint'),
    channel: z.enum(['phone', 'mailbox', 'email', 'letterOrVisit']),
    complainant: z.string().min(1),
    body: z.string().min(1),
    content: z.string().min(1),
    receivedBy: z.enum(['disclosureAuthority', 'supervisoryOrgan', 'higherGovernment']),
  }),
  z.object({ kind: z.literal('inspection'), body: z.string().min(1), scope: z.string().min(1) }),
]);

/**
 * 《西吉县政务公开监督检查制度》: complaints and reports investigated, corrected and always answered;
 * inspections recorded item by item of 第二条.
 *
 * @example
 * await engine.open('supervision', { input: { kind: 'complaint', channel: 'phone', complainant: '王某', body: '县住建局', content: '申请逾期未答复', receivedBy: 'disclosureAuthority' }, actor });
 */
export const supervision = defineRuleModule({
  id: 'supervision',
  version: '1.0.0',
  title: { zh: '政务公开监督检查', en: 'Supervision and inspection of disclosure' },
  source: {
    name: '西吉县政务公开监督检查制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第六条: '行政复议和行政诉讼依其他法律进行，不是本制度的流程；其情况作为检查内容第二条第6项记录',
    第七条: '解释机关，不是工作流程',
    第八条: '施行日期和有效期，由 inForce 表示',
  },
  roles: {
    supervisor: { zh: '政务公开主管部门或监察机关（接受投诉举报、检查的机关）', en: 'supervising body' },
    inspectedBody: { zh: '公开义务人（被投诉或被检查的行政机关）', en: 'body supervised' },
  },
  input: supervisionInputSchema,
  output: z.object({
    kind: z.enum(['complaint', 'inspection']),
    answeredAt: z.string().nullable(),
    substantiated: z.boolean().nullable(),
    referred: z.boolean(),
    deficientItems: z.array(inspectionItemSchema),
  }),
  events,
  notices,
  parameters,
  machine: supervisionMachine,
});
