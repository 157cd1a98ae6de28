import { z } from 'zod';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with its offset' });

/**
 * What kind of information it is: the categories of 第二十条 and 第二十一条 the annual report's
 * section 二 counts separately (rules, normative documents, licensing, penalties, compulsion,
 * fees), or another item of 第二十条.
 */
export const informationCategorySchema = z.enum(['regulation', 'normativeDocument', 'licensing', 'penalty', 'compulsion', 'fee', 'other']);

/** The information a proactive-disclosure case is opened with. */
export const informationSchema = z.object({
  title: text,
  category: informationCategorySchema,
  /** Whether the information was formed (new) or changed (第二十六条), and when. */
  event: z.enum(['formed', 'changed', 'repealed']),
  formedAt: instant,
});

/** The information (the value `informationSchema` parses to). */
export type Information = z.output<typeof informationSchema>;
