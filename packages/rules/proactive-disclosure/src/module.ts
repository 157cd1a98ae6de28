import { defineRuleModule } from '@zwgk/core';
import { z } from 'zod';
import { channel } from './channels.js';
import { clauses } from './clauses.js';
import { events } from './events.js';
import { proactiveDisclosureInput } from './input.js';
import { proactiveDisclosureMachine } from './machine.js';
import { notices } from './notices.js';
import { PUBLICATION_WARNING_LEAD, parameters } from './parameters.js';
import { roles } from './roles.js';

/** The final output (see ProactiveDisclosureOutput). */
export const proactiveDisclosureOutput = z.object({
  outcome: z.enum(['published', 'withheld', 'notReleased']),
  channels: z.array(channel),
  pressConference: z.boolean(),
  withheld: z.string().optional(),
  ground: z.string().optional(),
  disagreements: z.array(z.string()).optional(),
});

/**
 * 《西吉县政府政务公开制度》 as a rule module: publishing an item of government information
 * proactively within 20 working days of its forming or change, after a confidentiality review and
 * the consultation of the agencies it touches.
 *
 * @example
 * const engine = createEngine({ modules: [proactiveDisclosure, confidentialityReview, releaseCoordination], calendar: china, clock, store });
 * await engine.open('proactive-disclosure', { input, actor: { id: 'finance-clerk', role: 'publisher' }, occurredAt: '2019-09-25T10:00:00+08:00' });
 */
export const proactiveDisclosure = defineRuleModule({
  id: 'proactive-disclosure',
  version: '1.0.0',
  title: { zh: '政府政务信息主动公开', en: 'Proactive disclosure of government information' },
  source: {
    name: '西吉县政府政务公开制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    第一条: '立法目的和依据，不是工作流程 / purpose and legal basis, not a workflow',
    第二条:
      '公开主体：开案的机关即为公开主体，记入输入 publisher（名称和层级）；谁是主体由接入系统判断，不是本模块的步骤 / the opening agency is the publisher (input.publisher); who that is, the OA system decides',
    第十三条:
      '公共企事业单位"参照本制度执行"：以 publisher.level = publicInstitution 开案，流程与行政机关相同，没有单独的步骤 / public institutions follow the same workflow (publisher.level = publicInstitution); there is no step of its own',
    第十四条: '解释机关，不是工作流程 / interpretation, not a workflow',
    第十五条: '施行日期和有效期，由 inForce 表示 / the period in force is the module inForce',
  },
  roles,
  input: proactiveDisclosureInput,
  output: proactiveDisclosureOutput,
  events,
  deadlines: {
    publication: {
      label: { zh: '主动公开期限', en: 'proactive publication' },
      length: 20,
      unit: 'workingDays',
      startsOn: { zh: '政府政务信息形成或者变更之日（立案之时）', en: 'the day the item is formed or changed (the case opening)' },
      clause: '第六条',
      warnBefore: PUBLICATION_WARNING_LEAD,
    },
  },
  notices,
  breaches: {
    publicationOverdue: {
      label: { zh: '未在形成之日起20个工作日内主动公开（第十二条第1项）', en: 'not published within 20 working days of forming' },
      clause: '第十二条',
    },
    updateOverdue: {
      label: { zh: '变更后未在20个工作日内更新公开（第十二条第3项）', en: 'change not published within 20 working days' },
      clause: '第十二条',
    },
    dutyNotPerformed: {
      label: { zh: '不依法履行主动公开义务（第十二条第1项，经记录）', en: 'duty of proactive disclosure not performed (recorded)' },
      clause: '第十二条',
    },
    improperDisclosure: {
      label: { zh: '公开不应当公开的政府政务信息（第十二条第2项）', en: 'information disclosed that should not have been' },
      clause: '第十二条',
    },
    contentNotUpdated: {
      label: { zh: '不及时更新公开的政府政务信息内容（第十二条第3项，经记录）', en: 'published content not updated in time (recorded)' },
      clause: '第十二条',
    },
    pressConferenceMissing: {
      label: { zh: '重大信息未同时以新闻发布会形式公开', en: 'major item published without a press conference' },
      clause: '第十一条',
    },
  },
  parameters,
  children: ['confidentiality-review', 'release-coordination'],
  machine: proactiveDisclosureMachine,
});
