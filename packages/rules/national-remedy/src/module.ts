import { defineRuleModule } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { remedyMachine } from './machine.js';
import { remedyInputSchema, remedyResultSchema } from './remedy.js';

/**
 * The applicant's remedies under 《中华人民共和国政府信息公开条例》第五十一条, recorded as a case of
 * the agency: 投诉举报, 行政复议 (60 days, 行政复议法第二十条) and 行政诉讼 (6 months, 行政诉讼法第四十六条),
 * with the outcome the annual report counts (维持, 纠正, 其他, 尚未审结).
 *
 * @example
 * await engine.open('national-remedy', { input: { kind: 'reconsideration', body: '市人民政府', subject: { caseId, description: '…' }, knewOn: '2025-04-02', filedOn: '2025-05-20' }, actor, occurredAt: '2025-05-20T09:00:00+08:00' });
 */
export const nationalRemedy = defineRuleModule({
  id: 'national-remedy',
  version: '1.0.0',
  title: {
    zh: '投诉举报、行政复议和行政诉讼（2019年条例第五十一条）',
    en: 'Complaints, reconsideration and lawsuits (2019 regulation, article 51)',
  },
  source: informationDisclosureRegulation.source,
  inForce: informationDisclosureRegulation.inForce,
  clauses,
  roles: {
    legalOfficer: { zh: '承办复议应诉的法制工作人员', en: 'the agency’s legal officer', inside: true },
    clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
  },
  input: remedyInputSchema,
  events,
  deadlines: {
    reconsiderationWindow: {
      label: { zh: '申请行政复议期限', en: 'reconsideration window' },
      length: 60,
      unit: 'calendarDays',
      startsOn: { zh: '知道或者应当知道该行政行为之日', en: 'the day the applicant knew of the act' },
      clause: '行政复议法第二十条',
    },
    litigationWindow: {
      label: { zh: '直接提起行政诉讼期限（六个月）', en: 'lawsuit window (six months)' },
      length: 183,
      unit: 'calendarDays',
      startsOn: { zh: '知道或者应当知道作出行政行为之日', en: 'the day the applicant knew of the act' },
      clause: '行政诉讼法第四十六条',
    },
  },
  output: z.object({
    kind: z.enum(['complaint', 'reconsideration', 'litigation']),
    afterReconsideration: z.boolean().nullable(),
    result: remedyResultSchema,
  }),
  machine: remedyMachine,
});
