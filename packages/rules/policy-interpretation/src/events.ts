import { z } from 'zod';
import {
  interpretationDocumentsSchema,
  interpretationReleaseSchema,
  interpretationUpdateSchema,
  materialSchema,
} from './interpretation.js';

const name = (what: string) => z.string().trim().min(1, `must name ${what}`);

/**
 * What a case is opened with: a policy in scope of 第一、二部分 (a regulation, normative document or
 * important policy to be issued in the name of the county government or its office).
 */
export const policyInputSchema = z.object({
  title: name('the policy'),
  /** 起草单位: it interprets what it drafts (谁起草、谁解读, 第二部分). */
  draftingUnit: name('the drafting unit (起草单位)'),
  kind: z.enum(['regulation', 'normativeDocument', 'importantPolicy']),
  /** 以政府或政府办公室名义出台 (第一部分). */
  issuer: z.enum(['countyGovernment', 'countyGovernmentOffice']),
});
/** The data a case of this module is opened with. */
export type PolicyInput = z.output<typeof policyInputSchema>;

/** The external events of a policy-interpretation case. */
export const policyEvents = {
  'request.submitted': {
    schema: z.object({ reference: name('the request (请示)'), interpretation: interpretationDocumentsSchema }),
    roles: ['draftingUnit'],
    label: { zh: '报送请示并一并报送解读方案或起草说明', en: 'request for approval sent with the interpretation plan or drafting notes' },
    clause: '二',
  },
  'policy.approved': {
    schema: z.object({ reference: name('the decision') }),
    roles: ['countyGovernment'],
    label: { zh: '政府审定（政策及解读方案）', en: 'policy and interpretation plan approved' },
    clause: '二',
  },
  'policy.notApproved': {
    schema: z.object({ reason: name('the reason') }),
    roles: ['countyGovernment'],
    label: { zh: '政府未予审定出台', en: 'policy not approved' },
    clause: '二',
  },
  'materials.prepared': {
    schema: z.object({ materials: z.array(materialSchema).min(1, 'must list at least one piece of material') }),
    roles: ['draftingUnit'],
    label: { zh: '起草单位编写解读材料', en: 'interpretation materials prepared' },
    clause: '二',
  },
  'policy.published': {
    schema: z.object({
      url: name('where the policy was published').optional(),
      /** The interpretation published together with the policy, when it was. */
      interpretation: interpretationReleaseSchema.optional(),
    }),
    roles: ['websiteOperator'],
    label: { zh: '政策文件发布（可同步发布解读材料）', en: 'policy published (with its interpretation, when together)' },
    clause: '网站十八(三)',
  },
  /**
   * A release of the interpretation on one or more channels: by the website, or by the drafting unit
   * (a press conference, an interview, Weibo) before the website carries it (第三、五部分).
   */
  'interpretation.published': {
    schema: interpretationReleaseSchema,
    roles: ['websiteOperator', 'draftingUnit'],
    label: { zh: '解读材料发布', en: 'interpretation released' },
    clause: '网站十八(三)',
  },
  /** 及时更新解读内容 (第五部分): recorded after the case closed at publication. */
  'interpretation.updated': {
    schema: interpretationUpdateSchema,
    roles: ['websiteOperator', 'draftingUnit'],
    label: { zh: '更新解读内容', en: 'interpretation updated' },
    clause: '五',
  },
  'office.urged': {
    schema: z.object({ message: name('what is urged') }),
    roles: ['disclosureOffice'],
    label: { zh: '政务公开办公室督促报送解读方案、解读材料', en: 'disclosure office urges the drafting unit' },
    clause: '五',
  },
} as const;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type PolicyEvents = typeof policyEvents;
