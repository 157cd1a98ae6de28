import { z } from 'zod';
import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { spokespersonEvents, spokespersonInputSchema } from './events.js';
import { spokespersonMachine } from './machine.js';
import { spokespersonNotices } from './notices.js';
import { spokespersonParameters } from './parameters.js';

/**
 * 《西吉县政务公开新闻发言人制度》 (西政办发〔2018〕47号) as a rule module: a department applies in
 * writing, 3 working days ahead and with its event plan, to hold a press conference; the government
 * office answers in writing within 2 working days; press from outside the mainland needs the
 * approvals of 第五条(七) before the conference; news of an emergency is released by the
 * spokesperson of the level its impact calls for (第五条(五)).
 */
export const spokesperson = defineRuleModule({
  id: 'spokesperson',
  version: '1.0.0',
  title: { zh: '新闻发言人与新闻发布会审批', en: 'Spokespersons and approval of press conferences' },
  source: {
    name: '西吉县政务公开新闻发言人制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    第一条: '新闻发言人由谁担任（组织人事安排）；本模块以角色 countySpokesperson、departmentSpokesperson、townshipSpokesperson 代表',
    '第二条(一)': '政府新闻发言人的职责范围，不是单件审批或发布的步骤；其发布突发事件的部分由第五条(五)实现',
    '第二条(三)': '部门新闻发言人的日常职责（审定方案、媒体联络、接待程序），在部门内部完成；方案的“参加对象”记入活动方案',
    '第二条(四)': '谁负责、谁发布的权限原则，由各部门按事权确定，不是可检查的流程步骤',
    第三条: '新闻发布内容的列举，不产生流程或时限',
    第四条: '新闻发布形式的列举；本模块只办理需要审批的新闻发布会、记者招待会（第五条(四)）',
    '第五条(一)': '政府办公室按计划召开的常规新闻发布会，不需申请审批，不在本模块流程内',
    '第五条(二)': '政府办公室与部门协商、经有关领导同意的临时发布会，其“同意”是内部审批，原文没有程序或时限；本版本未建模',
    '第五条(三)': '热点问题由政府办公室提出意见、经领导同意后发布，原文没有程序或时限；本版本未建模（舆情回应见 sentiment-response 模块）',
    '第五条(六)': '建立应急处理机制，是常设工作机制，不是单件事项的步骤',
    '第五条(八)': '策划新闻发布、舆情收集研判机制，是常设工作要求',
    解释和施行: '解释机关和施行期限；施行期限体现在 inForce',
  },
  roles: {
    organizer: { zh: '主办单位（政府部门）', en: 'organising department' },
    governmentOffice: { zh: '政府办公室', en: 'county government office' },
    foreignAffairsOffice: { zh: '政府外事办公室', en: 'county foreign affairs office' },
    countyGovernment: { zh: '县人民政府（有关领导）', en: 'county government (the leader concerned)' },
    countySpokesperson: { zh: '政府新闻发言人', en: 'county government spokesperson' },
    departmentSpokesperson: { zh: '政府部门新闻发言人', en: 'department spokesperson' },
    townshipSpokesperson: { zh: '乡（镇）政府新闻发言人', en: 'township spokesperson' },
  },
  input: spokespersonInputSchema,
  events: spokespersonEvents,
  deadlines: {
    writtenReply: {
      label: { zh: '政府办公室书面答复', en: 'written reply of the government office' },
      length: 2,
      unit: 'workingDays',
      startsOn: { zh: '接到申请之日', en: 'the office receives the application' },
      clause: '第五条(四)',
      warnBefore: { length: 1, unit: 'workingDays' },
    },
  },
  notices: spokespersonNotices,
  breaches: {
    replyOverdue: { label: { zh: '政府办公室未在2个工作日内书面答复', en: 'no written reply within 2 working days' }, clause: '第五条(四)' },
  },
  parameters: spokespersonParameters,
  output: z.object({
    kind: z.enum(['application', 'emergency']),
    outcome: z.enum(['held', 'refused', 'withdrawn', 'released']),
    conferenceDate: z.string().nullable(),
    appliedAt: z.string().nullable(),
    repliedAt: z.string().nullable(),
    releasedAt: z.string().nullable(),
  }),
  machine: spokespersonMachine,
});
