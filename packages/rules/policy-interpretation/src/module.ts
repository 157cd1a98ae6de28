import { z } from 'zod';
import { defineRuleModule } from '@zwgk/core';
import { clauses } from './clauses.js';
import { policyEvents, policyInputSchema } from './events.js';
import { policyInterpretationMachine } from './machine.js';
import { policyNotices } from './notices.js';
import { policyParameters } from './parameters.js';

/**
 * 《西吉县政府政务公开政策解读制度》 (西政办发〔2018〕47号) as a rule module: a policy sent for approval
 * carries its interpretation plan (or drafting notes); once approved, the drafting unit prepares the
 * interpretation materials, and the policy's interpretation is published at the same time
 * (《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项), else a breach — also when the policy is
 * published before its materials exist.
 * The text gives no deadline in days.
 */
export const policyInterpretation = defineRuleModule({
  id: 'policy-interpretation',
  version: '1.0.0',
  title: { zh: '政策解读', en: 'Policy interpretation' },
  source: {
    name: '西吉县政府政务公开政策解读制度',
    documentNumber: '西政办发〔2018〕47号',
    issuer: '西吉县人民政府办公室',
    jurisdiction: '宁夏回族自治区固原市西吉县',
  },
  inForce: { from: '2018-04-01', to: '2022-04-30' },
  clauses,
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    四: '组建专家解读队伍，是队伍建设，不是单件政策的办理步骤（专家解读作为解读形式 expert 记录）',
  },
  roles: {
    draftingUnit: { zh: '起草单位', en: 'drafting unit' },
    countyGovernment: { zh: '县人民政府（审定）', en: 'county government (approves)' },
    websiteOperator: { zh: '政府网站（发布）', en: 'government website (publishes)' },
    disclosureOffice: { zh: '政务公开办公室', en: 'disclosure office' },
  },
  input: policyInputSchema,
  events: policyEvents,
  notices: policyNotices,
  breaches: {
    interpretationNotSimultaneous: {
      label: { zh: '解读材料未与政策文件同步发布', en: 'interpretation not published at the same time as the policy' },
      clause: '网站十八(三)',
    },
  },
  parameters: policyParameters,
  output: z.object({
    outcome: z.enum(['published', 'notApproved']),
    policyPublishedAt: z.string().nullable(),
    interpretationPublishedAt: z.string().nullable(),
    minutesLate: z.number().int().min(0),
  }),
  machine: policyInterpretationMachine,
});
