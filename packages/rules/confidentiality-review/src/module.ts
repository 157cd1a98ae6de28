import { kit } from './kit.js';
import { reviewMachine } from './machine.js';

/** 《西吉县政务公开保密审查制度》 as a rule module: the confidentiality review before disclosure. */
export const confidentialityReview = kit.defineModule({
  id: 'confidentiality-review',
  version: '1.0.0',
  title: { zh: '政务公开保密审查', en: 'Confidentiality review before disclosure' },
  unimplemented: {
    第一条: '适用范围：何种信息须送审由调用方（主动公开、依申请公开等模块）决定 / scope: the caller decides what is sent for review',
    第三条: '审查依据（保密法、密级具体范围）由审查人适用，不是工作流程 / the legal basis the reviewers apply, not a workflow step',
    第十条:
      '标明是否属于保密事项发生在信息产生、审签时，在审查之前；本模块只在输入的 marking 中读取其结果（第五条(一)的校验） / marking happens when the information is produced, before the review; the module only reads the result from input.marking',
    第十二条:
      '公民的质疑发生在审查案件结束之后；引擎在案件到达终态时关闭案件、不再接受事件，而上级模块又依赖终态输出，故无法在已决定不予公开的案件上建模。不予公开的依据和理由已写入 reviewOpinion 通知（ground、citation、reason），政务公开办公室据此说明 / a citizen asks after the case is closed, and a closed case accepts no events; the ground, citation and reason are kept in the reviewOpinion notice for the office to explain',
    第十三条: '机关负责人对保密审查的日常监督，不是单个案件的步骤 / ongoing supervision by the agency head, not a step of one case',
    第十四条:
      '泄密事件的查处与处分属《西吉县政务公开责任追究制度》；本模块只记录违规（opinionOverdue） / investigation of leaks belongs to the accountability regulation',
    第十五条: '经费保障，不是工作流程 / funding, not a workflow',
    第十六条: '解释权，不是工作流程 / interpretation, not a workflow',
    第十七条: '施行期间由模块的 inForce 表达 / the period in force is the module inForce',
  },
  machine: reviewMachine,
});
