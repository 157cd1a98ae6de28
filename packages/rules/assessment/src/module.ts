import { kit } from './kit.js';
import { assessmentMachine } from './machine.js';

/**
 * 《西吉县政务公开考核制度》 (西政办发〔2018〕47号) as a rule module: the periodic assessment of a
 * unit in the steps of 第六条, scored on the six areas of 第四条 into a grade (第五条), with the
 * commendation, rewards or criticism of 第七条.
 *
 * @example
 * await engine.open('assessment', { input: { unit: '县教育局', unitKind: 'department', year: 2019 }, actor: office });
 */
export const assessment = kit.defineModule({
  id: 'assessment',
  version: '1.0.0',
  title: { zh: '政务公开考核', en: 'Assessment of government disclosure work' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    第二条: '考核原则（客观公平、公正、公开、注重实效），是对考核工作的要求，工作流程无法检验',
    第三条: '考核结果纳入年度目标管理、绩效考核和干部考核，在本案件之外使用；案件的输出（等次、分数）是其依据',
    第八条: '解释权条款，不是工作流程',
    第九条: '施行日期和有效期，由模块的 inForce 表达',
  },
  machine: assessmentMachine,
});
