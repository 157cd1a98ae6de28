import type { InterpretationUpdate } from './interpretation.js';
import { kit } from './kit.js';
import { type PolicyOutput, policyInterpretationMachine } from './machine.js';

/**
 * 《西吉县政府政务公开政策解读制度》 (西政办发〔2018〕47号) as a rule module: a policy sent for approval
 * carries its interpretation plan (or drafting notes); once approved, the drafting unit prepares the
 * interpretation materials, and the policy's interpretation is published at the same time
 * (《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项), else a breach — also when the policy is
 * published before its materials exist.
 * The plan's date (按时发布, 第二部分) and the website's follow-up (第一平台, 第五部分) are deadlines;
 * updates after publication (及时更新) are recorded on the closed case.
 */
export const policyInterpretation = kit.defineModule({
  id: 'policy-interpretation',
  version: '1.0.0',
  title: { zh: '政策解读', en: 'Policy interpretation' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    四: '组建专家解读队伍，是队伍建设，不是单件政策的办理步骤（专家解读作为解读形式 expert 记录）',
  },
  afterClosure: {
    /**
     * 第五部分 及时更新解读内容: the case closed at publication; each update is recorded on it and enters
     * the catalogue's interpretation column again.
     */
    'interpretation.updated': {
      states: ['published'],
      clause: '五',
      effects: ({ event, output }) => {
        const { summary, channels } = event.payload as InterpretationUpdate;
        const published = output as PolicyOutput;
        return [
          {
            type: 'zwgk.notice',
            notice: 'catalogueEntry',
            data: {
              policy: published.policy,
              draftingUnit: published.draftingUnit,
              materials: published.materials,
              channels,
              publishedAt: event.at,
              update: summary,
            },
          },
        ];
      },
    },
  },
  machine: policyInterpretationMachine,
});
