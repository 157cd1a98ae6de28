import { z } from 'zod';

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/**
 * The content of the yearly report (第三条) as the reporting unit writes it: the basic facts of the
 * year (第1项) that no case holds, the main practices and experience (第2项), the main problems with
 * the proposed remedies (第3项), anything else to report (第4项). `plan` is the work plan made at the
 * start of the year (第一条), whose execution the report describes. The figures of 第1项 (主动公开、
 * 依申请公开、不予公开的数量) are not typed in: the case derives them from the unit's cases (`reportFigures`).
 */
export const reportSchema = z.object({
  plan: z.object({ adoptedOn: isoDate, title: text }).nullable(),
  basics: z.object({
    /** 政府政务公开工作组织机构调整情况 */
    organisationChanges: text,
    /** 政府政务信息的清理、更替情况 */
    informationReview: text,
    /** 政府信息网络等政务信息公开载体的建设、健全情况 */
    channels: text,
    /** 不予公开的信息情况: the grounds in words (the numbers come from the cases). */
    refusalGrounds: text.optional(),
  }),
  practices: text,
  problems: z.array(z.object({ problem: text, remedy: text })).min(1),
  other: text.optional(),
});

/** The content of the yearly report (第三条) as the unit writes it; the figures come from the cases. (The value `reportSchema` parses to.) */
export type Report = z.output<typeof reportSchema>;
