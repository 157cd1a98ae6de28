import { kit } from './kit.js';
import { policyInterpretationMachine } from './machine.js';

/**
 * 《西吉县政府政务公开政策解读制度》 (西政办发〔2018〕47号) as a rule module: a policy sent for approval
 * carries its interpretation plan (or drafting notes); once approved, the drafting unit prepares the
 * interpretation materials, and the policy's interpretation is published at the same time
 * (《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项), else a breach — also when the policy is
 * published before its materials exist.
 * The text gives no deadline in days.
 */
export const policyInterpretation = kit.defineModule({
  id: 'policy-interpretation',
  version: '1.0.0',
  title: { zh: '政策解读', en: 'Policy interpretation' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    四: '组建专家解读队伍，是队伍建设，不是单件政策的办理步骤（专家解读作为解读形式 expert 记录）',
  },
  machine: policyInterpretationMachine,
});
