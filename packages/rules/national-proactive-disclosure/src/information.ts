import { z } from 'zod';

/**
 * What kind of information it is: the categories of 第二十条 and 第二十一条 the annual report's
 * section 二 counts separately (rules, normative documents, licensing, penalties, compulsion,
 * fees), or another item of 第二十条.
 */
export const informationCategorySchema = z.enum(['regulation', 'normativeDocument', 'licensing', 'penalty', 'compulsion', 'fee', 'other']);
