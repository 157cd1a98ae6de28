import { kit } from './kit.js';
import { accountabilityMachine } from './machine.js';

/**
 * 《西吉县政务公开责任追究制度》: investigating a breach of the disclosure rules, allocating the
 * responsibility, hearing the persons responsible, the written decision, review or appeal within 30 days,
 * and the written rectification report.
 *
 * @example
 * await engine.open('accountability', { input: { level: 'unit', investigatingBody: '县政府政务公开办公室', unit: '县自然资源局', allegation: '依申请公开逾期未答复', source: { caseId, module: 'disclosure-request', breach: 'replyOverdue' } }, actor });
 */
export const accountability = kit.defineModule({
  id: 'accountability',
  version: '1.0.0',
  title: { zh: '政务公开责任追究', en: 'Accountability for breaches of the disclosure rules' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '适用范围；由接入系统决定对哪些机关、组织和人员立案',
    第二条: '"政务公开责任"的定义；案件的 allegation 和 findings 说明所涉违规',
    第十条: '解释机关，不是工作流程',
    第十一条: '施行日期和有效期，由 inForce 表示',
  },
  machine: accountabilityMachine,
});
