import { afterClosure } from './after-closure.js';
import { kit } from './kit.js';
import { supervisionMachine } from './machine.js';

/**
 * 《西吉县政务公开监督检查制度》: complaints and reports investigated, corrected and answered (an
 * anonymous one investigated without an answer), referred for accountability even after closure;
 * inspections recorded item by item of 第二条, their corrections verified by the supervisor.
 *
 * @example
 * await engine.open('supervision', { input: { kind: 'complaint', channel: 'phone', complainant: '王某', body: '县住建局', content: '申请逾期未答复', receivedBy: 'disclosureAuthority' }, actor });
 */
export const supervision = kit.defineModule({
  id: 'supervision',
  version: '1.0.0',
  title: { zh: '政务公开监督检查', en: 'Supervision and inspection of disclosure' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第六条: '行政复议和行政诉讼依其他法律进行，不是本制度的流程；其情况作为检查内容第二条第6项记录',
    第七条: '解释机关，不是工作流程',
    第八条: '施行日期和有效期，由 inForce 表示',
  },
  afterClosure,
  machine: supervisionMachine,
});
