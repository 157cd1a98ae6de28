import { kit } from './kit.js';
import { nationalDisclosureMachine } from './machine.js';

/**
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号, in force from 2019-05-15) 第四章 依申请公开
 * as a rule module: receipt by channel, 补正, consultation of third parties and agencies as child
 * cases, extension, 第三十五条, the computed information processing fee, and every answer.
 *
 * @example
 * const engine = createEngine({ modules: national2019.modules, calendar: china, clock: systemClock, store });
 * await engine.open('national-disclosure-request', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const nationalDisclosureRequest = kit.defineModule({
  id: 'national-disclosure-request',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开（2019年条例）', en: 'Disclosure on application (2019 national regulation)' },
  unimplemented: {
    第二十八条: '申请渠道的建设，是机关的工作制度而非单个申请的流程',
    第四十条: '提供形式的确定写入答复的“获取方式、途径”（howToObtain），不另设状态',
    第四十一条: '更正与本人相关的政府信息记录是另一类请求，本模块不受理（待建 national-record-correction）',
    第四十四条: '依申请公开转为主动公开由 national-proactive-disclosure 立案办理，不在本案内',
    第四十五条: '登记、审核、办理、答复、归档的工作制度即本模块的流程和审计链本身',
  },
  machine: nationalDisclosureMachine,
});
