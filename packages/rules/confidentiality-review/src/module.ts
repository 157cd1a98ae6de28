import type { AfterClosureArgs, EngineEffect } from '@zwgk/core';
import { clauses } from './clauses.js';
import { groundClause, type NonDisclosureGround } from './grounds.js';
import type { ReviewOutput } from './input.js';
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
    第十三条: '机关负责人对保密审查的日常监督，不是单个案件的步骤 / ongoing supervision by the agency head, not a step of one case',
    第十四条:
      '泄密事件的查处与处分属《西吉县政务公开责任追究制度》；本模块只记录违规（opinionOverdue） / investigation of leaks belongs to the accountability regulation',
    第十五条: '经费保障，不是工作流程 / funding, not a workflow',
    第十六条: '解释权，不是工作流程 / interpretation, not a workflow',
    第十七条: '施行期间由模块的 inForce 表达 / the period in force is the module inForce',
  },
  afterClosure: {
    // 第十二条: a citizen asks, after the review withheld information, for its basis and reasons.
    'explanation.requested': { states: ['notDisclosable', 'partlyDisclosable'], clause: '第十二条', effects: explainWithholding },
  },
  machine: reviewMachine,
});

/** 第十二条: the explanation of a withholding, from the decided case's output (its ground, reason, withheld part). */
function explainWithholding({ event, output }: AfterClosureArgs): EngineEffect[] {
  const out = output as ReviewOutput;
  const { requester, question } = event.payload as { requester: string; question: string };
  const ground = out.ground as NonDisclosureGround | undefined;
  const partly = out.decision === 'partlyDisclosable';
  return [
    {
      type: 'zwgk.notice',
      notice: 'withholdingExplanation',
      data: {
        requester,
        question,
        decision: partly ? 'partlyDisclosable' : 'notDisclosable',
        ...(ground === undefined ? {} : { ground }),
        citation: partly || ground === undefined ? clauses.第十一条.citation : clauses[groundClause[ground]].citation,
        reason: partly
          ? `属于国家秘密的部分不予公开、其余部分公开（第十一条）：${out.withheld ?? ''}`
          : (out.reason ?? '经保密审查不予公开'),
        ...(out.withheld === undefined ? {} : { withheld: out.withheld }),
      },
    },
  ];
}
