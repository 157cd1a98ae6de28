import type { FeeItem } from './events.js';
import { kit } from './kit.js';
import { disclosureRequestMachine, feeStatement } from './machine.js';

/**
 * 《西吉县政府信息依申请公开制度》 (西政办发〔2018〕47号) as a rule module: receipt and
 * registration, the 15-working-day reply with one extension, the six answers of 第九条, the
 * third parties' consultation, each on its own period, with the clock stopped, the confidentiality review and the
 * consultation of other agencies as child cases, fees (also after the answer), help, and corrections of records.
 *
 * @example
 * const engine = createEngine({ modules: [disclosureRequest, confidentialityReview, releaseCoordination], calendar: china, clock });
 * await engine.open('disclosure-request', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const disclosureRequest = kit.defineModule({
  id: 'disclosure-request',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开', en: 'Government information disclosure on application' },
  unimplemented: {
    第一条: '立法目的和依据，不是工作流程',
    第四条: '对所公开信息内容的实质要求（提供实际状态，不加工、统计、分析），工作流程无法检验信息内容',
    第十五条: '解释权条款，不是工作流程',
    第十六条: '施行日期和有效期，由模块的 inForce 表达',
  },
  machine: disclosureRequestMachine,
  afterClosure: {
    // Postage, copying and retrieval are often known only once the information is sent (第十三条).
    'fee.charged': {
      states: ['disclosed', 'partlyDisclosed'],
      clause: '第十三条',
      effects: ({ event }) => [
        {
          type: 'zwgk.notice',
          notice: 'feeStatement',
          data: feeStatement((event.payload as { items: readonly { item: FeeItem; amountFen: number }[] }).items),
        },
      ],
    },
  },
});
