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
    第四条: '新闻发布会和须报批发布的信息，属于新闻发言人制度和各专门规定',
    第五条: '联合发文的公开义务和申请渠道，不是协调流程',
    第十三条: '责任追究由《西吉县政务公开责任追究制度》处理；本模块记录的违规是其依据',
    第十四条: '解释机关，不是工作流程',
    第十五条: '施行日期和有效期，由 inForce 表示',
  },
  machine: releaseCoordinationMachine,
});
