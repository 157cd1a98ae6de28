import { afterClosure } from './after-closure.js';
import { kit } from './kit.js';
import { socialEvaluationMachine } from './machine.js';

/**
 * 《西吉县政务公开社会评议制度》: the yearly social evaluation of disclosure work, one case per year.
 *
 * @example
 * await engine.open('social-evaluation', { input: { year: 2019 }, actor: office });
 */
export const socialEvaluation = kit.defineModule({
  id: 'social-evaluation',
  version: '1.0.0',
  title: { zh: '政务公开社会评议', en: 'Yearly social evaluation of government disclosure' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '评议工作的基础、核心、目的和标准，不是可检查的步骤',
    第四条: '组织原则和评议方法；方法的结果体现在第五条各步骤的记录中',
    第六条: '领导体制和工作机制，不是案件流程',
    第十条: '评议代表的职责；其履行体现在第五条第2、3、5项的记录中，本模块不逐人跟踪',
    第十三条: '解释机关，不是工作流程',
    第十四条: '施行日期和有效期，由 inForce 表示',
  },
  afterClosure,
  machine: socialEvaluationMachine,
});
