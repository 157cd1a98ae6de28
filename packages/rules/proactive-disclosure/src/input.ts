import { z } from 'zod';
import { disclosureBasis } from './basis.js';
import { channel } from './channels.js';

const text = z.string().trim().min(1);

/**
 * Who publishes the item (第二条): the county government, a county department (第四条, 第十一条第二款),
 * a township government (第五条), or a public institution that follows this regulation (第十三条).
 */
export const publisherLevel = z.enum(['countyGovernment', 'countyDepartment', 'township', 'publicInstitution']);
/** Who publishes the item (第二条): the county government, a county department (第四条, 第十一条第二款), a township government (第五条), or a public institution that follows this regulation (第十三条). (The value `publisherLevel` parses to.) */
export type PublisherLevel = z.infer<typeof publisherLevel>;

/**
 * The data a case is opened with, when the item is formed or changed (open it with
 * `occurredAt` = that instant: the 20 working days of 第六条 run from it).
 */
export const input = z
  .object({
    item: z.object({
      title: text,
      /** 文号; null when the item has none (statistics, a plan without one). */
      documentNumber: text.nullable().default(null),
      description: text.optional(),
    }),
    /** 第六条: the item was formed (形成) or changed (变更). */
    change: z.enum(['formed', 'changed']),
    /** Why it is proactive-disclosure content (第三条, 第四条, 第五条). */
    basis: disclosureBasis,
    publisher: z.object({ name: text, level: publisherLevel }),
    /** 第十一条: a major item (政府重大信息) is also published at a press conference. */
    major: z.boolean(),
    /** The other agencies the item touches (第十条): they are consulted before it is published. */
    agencies: z.array(text).default([]),
    /**
     * 第十条第二句 (and 《发布协调制度》第四条第二款): publication needs approval under national rules — the rule
     * and the approving organ. Publishing before the approval is recorded as a breach.
     */
    approval: z.object({ law: text, authority: text }).optional(),
    /** 第六条第二句: a law or regulation sets another period; this module then runs no 20-day clock. */
    otherPeriod: z.object({ law: text }).optional(),
  })
  .superRefine((input, ctx) => {
    const { level } = input.publisher;
    const article = input.basis.article;
    if (article === '第四条' && level !== 'countyGovernment' && level !== 'countyDepartment') {
      ctx.addIssue({
        code: 'custom',
        path: ['basis', 'article'],
        message: '第四条 lists what the county government and county departments disclose; use 第五条 or 第三条',
      });
    }
    if (article === '第五条' && level !== 'township') {
      ctx.addIssue({
        code: 'custom',
        path: ['basis', 'article'],
        message: '第五条 lists what township governments disclose; use 第四条 or 第三条',
      });
    }
  });

/** The data a case of this module is opened with. */
export type ProactiveDisclosureInput = z.output<typeof input>;

/** The final output (see ProactiveDisclosureOutput): a parent case receives it in `child.done`. */
export const output = z.object({
  outcome: z.enum(['published', 'withheld', 'notReleased']),
  channels: z.array(channel),
  pressConference: z.boolean(),
  withheld: z.string().optional(),
  ground: z.string().optional(),
  disagreements: z.array(z.string()).optional(),
});
