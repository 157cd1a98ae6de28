import type { AfterClosureArgs, EngineEffect } from '@zwgk/core';
import { kit } from './kit.js';
import { releaseCoordinationMachine } from './machine.js';

/**
 * 《西吉县政府政务信息发布协调制度》: consulting the other agencies an item of information touches
 * before it is published, with deemed consent on silence and the higher authority deciding disputes.
 *
 * @example
 * const engine = createEngine({ modules: [releaseCoordination], calendar: china, clock, store });
 * await engine.open('release-coordination', { input: { mode: 'proactive', subject: '2020年度项目清单', agencies: ['县财政局'] }, actor });
 */
export const releaseCoordination = kit.defineModule({
  id: 'release-coordination',
  version: '1.0.0',
  title: { zh: '政府政务信息发布协调', en: 'Release coordination between agencies' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '定义"政府政务信息"；本模块以立案时的 subject 指明所涉信息',
    第二条: '确定发布主体（谁负责公开）；立案的机关即为拟公开机关，由接入系统判断',
    第三条: '指向主动公开和依申请公开制度的程序，由相应模块实现',
    第五条: '联合发文的公开义务和申请渠道，不是协调流程',
    第十三条: '责任追究由《西吉县政务公开责任追究制度》处理；本模块记录的违规是其依据',
    第十四条: '解释机关，不是工作流程',
    第十五条: '施行日期和有效期，由 inForce 表示',
  },
  afterClosure: {
    // 第四条第二款: the approval may come after the consultation is settled; a later publication then needs no breach.
    'approval.granted': { states: ['settled'], moveTo: 'approved', clause: '第四条', effects: () => [] },
    // 第十二条 擅自发布: publishing after the higher authority said no (or after withdrawing) is recorded, not refused;
    // so is publishing information that needed approval before the approval (第四条第二款).
    'release.published': {
      states: ['settled', 'withdrawn', 'approved'],
      moveTo: 'published',
      clause: '第十二条',
      effects: publishedAfterClosure,
    },
    // 第十二条第二款: any other organ may object to it and report it.
    'release.objected': { states: ['published'], clause: '第十二条', effects: objectedAfterClosure },
  },
  machine: releaseCoordinationMachine,
});

function publishedAfterClosure({ event, state, output }: AfterClosureArgs): EngineEffect[] {
  const out = output as { release?: boolean; approvalRequired?: boolean; approved?: boolean };
  const channel = (event.payload as { channel: string }).channel;
  const effects: EngineEffect[] = [];
  if (out.release === false) effects.push({ type: 'zwgk.breach', breach: 'unauthorisedRelease', data: { channel } });
  if (out.approvalRequired === true && out.approved !== true && state !== 'approved')
    effects.push({ type: 'zwgk.breach', breach: 'publishedWithoutApproval', data: { channel } });
  return effects;
}

function objectedAfterClosure({ event }: AfterClosureArgs): EngineEffect[] {
  const payload = event.payload as { agency: string; objection: string };
  // The closed case's record names the information; the output does not carry its subject.
  return [{ type: 'zwgk.notice', notice: 'objectionReport', data: { agency: payload.agency, objection: payload.objection } }];
}
