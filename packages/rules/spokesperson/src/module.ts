import { toBeijingDate } from '@zwgk/calendar';
import type { AfterClosureArgs, EngineEffect } from '@zwgk/core';
import { kit } from './kit.js';
import { spokespersonMachine } from './machine.js';

/**
 * 《西吉县政务公开新闻发言人制度》 (西政办发〔2018〕47号) as a rule module: a department applies in
 * writing, 3 working days ahead and with its event plan, to hold a press conference; the government
 * office answers in writing within 2 working days; press from outside the mainland needs the
 * approvals of 第五条(七) before the conference; an ad-hoc conference (第五条(二)) and a hot-topic
 * release (第五条(三)) wait for the leader's consent, and one made without it is recorded with its
 * breach; news of an emergency is released by the spokesperson of the level its impact calls for
 * (第五条(五)), and its follow-up releases are recorded after the case closed (第五条(六)).
 */
export const spokesperson = kit.defineModule({
  id: 'spokesperson',
  version: '1.0.0',
  title: { zh: '新闻发言人与新闻发布会审批', en: 'Spokespersons and approval of press conferences' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    第一条: '新闻发言人由谁担任（组织人事安排）；本模块以角色 countySpokesperson、departmentSpokesperson、townshipSpokesperson 代表',
    '第二条(一)': '政府新闻发言人的职责范围，不是单件审批或发布的步骤；其发布突发事件的部分由第五条(五)实现',
    '第二条(三)': '部门新闻发言人的日常职责（审定方案、媒体联络、接待程序），在部门内部完成；方案的“参加对象”记入活动方案',
    '第二条(四)': '谁负责、谁发布的权限原则，由各部门按事权确定，不是可检查的流程步骤',
    第三条: '新闻发布内容的列举，不产生流程或时限',
    第四条: '新闻发布形式的列举；本模块只办理需要审批的新闻发布会、记者招待会（第五条(四)）',
    '第五条(一)': '政府办公室按计划召开的常规新闻发布会，不需申请审批，不在本模块流程内',
    '第五条(八)': '策划新闻发布、舆情收集研判机制，是常设工作要求',
    第六条: '解释机关，不是工作流程',
    第七条: '施行日期和有效期，体现在 inForce',
  },
  afterClosure: {
    /**
     * 第五条(五)(六): news of an emergency is released 随时 and 迅速; the case closes at the first release,
     * and each later release (progress, handling) is recorded on it, as for a hot topic's clarifications.
     */
    'release.followedUp': { states: ['released'], clause: '第五条(六)', effects: () => [] },
    /** 第五条(四) and (二): a conference held after the office refused it, the leader declined or the organiser withdrew. */
    'conference.held': { states: ['refused', 'withdrawn'], clause: '第五条(四)', effects: heldAfterClosure },
  },
  machine: spokespersonMachine,
});

function heldAfterClosure({ event, state, output }: AfterClosureArgs): EngineEffect[] {
  const { kind } = output as { kind: string };
  const { spokesperson } = event.payload as { spokesperson: string };
  const data = { spokesperson, heldOn: toBeijingDate(event.at), after: state };
  if (kind === 'adHocConference') return [{ type: 'zwgk.breach', breach: 'adHocHeldWithoutConsent', data }];
  if (kind === 'application') return [{ type: 'zwgk.breach', breach: 'heldWithoutApproval', data }];
  return [];
}
