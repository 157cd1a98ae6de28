import { defineRuleModule } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { informationCategorySchema, informationSchema } from './information.js';
import { proactiveMachine } from './machine.js';

/**
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号) 第三章 主动公开 as a rule module: one item of
 * information, published within 20 working days of being formed or changed (第二十六条).
 *
 * @example
 * await engine.open('national-proactive-disclosure', { input: { title: '…', category: 'normativeDocument', event: 'formed', formedAt: '2025-03-03T10:00:00+08:00' }, actor });
 */
export const nationalProactiveDisclosure = defineRuleModule({
  id: 'national-proactive-disclosure',
  version: '1.0.0',
  title: { zh: '主动公开（2019年条例）', en: 'Proactive disclosure (2019 national regulation)' },
  source: informationDisclosureRegulation.source,
  inForce: informationDisclosureRegulation.inForce,
  clauses,
  roles: {
    clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
    officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
  },
  input: informationSchema,
  events,
  deadlines: {
    publication: {
      label: { zh: '主动公开期限', en: 'publication' },
      length: 20,
      unit: 'workingDays',
      startsOn: { zh: '政府信息形成或者变更之日', en: 'the day the information was formed or changed' },
      clause: '第二十六条',
      warnBefore: { length: 3, unit: 'workingDays' },
    },
  },
  breaches: { publicationOverdue: { label: { zh: '逾期未主动公开', en: 'publication overdue' }, clause: '第二十六条' } },
  output: z.object({ published: z.boolean(), category: informationCategorySchema, event: z.enum(['formed', 'changed', 'repealed']) }),
  machine: proactiveMachine,
});
