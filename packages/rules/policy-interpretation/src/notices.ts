import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/** 督促 (第五部分): what the disclosure office asks of the drafting unit. */
export const urgeNoticeSchema = z.object({
  draftingUnit: z.string().min(1),
  policy: z.string().min(1),
  awaiting: z.enum(['interpretationPlan', 'interpretationMaterials', 'interpretationRelease', 'websiteRelease']),
  message: z.string().min(1),
});

/** The entry in the 政策解读专栏 of the disclosure catalogue (第三、五部分). */
export const catalogueEntrySchema = z.object({
  policy: z.string().min(1),
  draftingUnit: z.string().min(1),
  materials: z.array(z.string().min(1)).min(1),
  channels: z.array(z.string().min(1)).min(1),
  publishedAt: z.string().min(1),
  /** What an update (第五部分 及时更新解读内容) changed; absent on the first entry. */
  update: z.string().min(1).optional(),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const policyNotices = {
  urge: {
    label: { zh: '督促报送通知', en: 'reminder to the drafting unit' },
    recipient: 'draftingUnit',
    clause: '五',
    schema: urgeNoticeSchema,
  },
  catalogueEntry: {
    label: { zh: '纳入政务公开信息目录政策解读专栏', en: 'entry in the policy-interpretation column of the disclosure catalogue' },
    recipient: 'disclosureOffice',
    clause: '三',
    schema: catalogueEntrySchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
