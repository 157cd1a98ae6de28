import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import { channel } from './channels.js';
import type { ClauseId } from './clauses.js';
import { violationSituation } from './events.js';

const text = z.string().trim().min(1);

/**
 * The entry for the disclosure catalogue (政府政务信息公开目录), which 第七条 says must be kept up to
 * date: what was published, on what basis, where, and what was withheld.
 */
export const catalogueEntrySchema = z.object({
  title: text,
  documentNumber: text.nullable(),
  change: z.enum(['formed', 'changed']),
  /** The article that makes it proactive-disclosure content (第三条/第四条/第五条) and its item. */
  basis: text,
  publisher: text,
  channels: z.array(channel).min(1),
  pressConference: z.boolean(),
  /** What the confidentiality review withheld (partial disclosure), when it did. */
  withheld: text.optional(),
  publishedAt: text,
});

/** The supervisory organ's order to correct (第十二条: 由监察机关责令改正). */
export const correctionOrderSchema = z.object({
  /** The item and its publisher (absent in an order recorded after the case closed: the case names them). */
  title: text.optional(),
  publisher: text.optional(),
  situation: violationSituation,
  facts: text,
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  catalogueEntry: {
    label: { zh: '政府政务信息公开目录条目', en: 'disclosure catalogue entry' },
    recipient: 'disclosureOffice',
    clause: '第七条',
    schema: catalogueEntrySchema,
  },
  correctionOrder: {
    label: { zh: '责令改正通知', en: 'order to correct' },
    recipient: 'publisher',
    clause: '第十二条',
    schema: correctionOrderSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
