import { z } from 'zod';

const text = z.string().trim().min(1);
const count = z.number().int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/** A total with its breakdown; the parts must add up to the total. */
const breakdown = (what: string) =>
  z
    .object({ total: count, by: z.record(z.string().min(1), count) })
    .refine((b) => Object.values(b.by).reduce((s, n) => s + n, 0) === b.total, {
      message: `${what}: the breakdown must add up to the total`,
      path: ['by'],
    });

/**
 * The figures of 第三条第1项: proactive items by kind (主动公开的信息数量、分类), applications by
 * answer (依申请公开的信息数量、分类及运行情况) and refusals by ground (不予公开的信息情况).
 * {@link deriveReportCounts} computes them from the cases the engine holds.
 */
export const reportCountsSchema = z.object({
  proactive: breakdown('proactive'),
  applications: breakdown('applications'),
  refusals: breakdown('refusals'),
});

/**
 * The content of the yearly report (第三条): the basic facts of the year (第1项), the main practices
 * and experience (第2项), the main problems with the proposed remedies (第3项), anything else to
 * report (第4项). `plan` is the work plan made at the start of the year (第一条), whose execution
 * the report describes.
 */
export const reportSchema = z.object({
  plan: z.object({ adoptedOn: isoDate, title: text }).nullable(),
  basics: z.object({
    /** 政府政务公开工作组织机构调整情况 */
    organisationChanges: text,
    /** 政府政务信息的清理、更替情况 */
    informationReview: text,
    counts: reportCountsSchema,
    /** 政府信息网络等政务信息公开载体的建设、健全情况 */
    channels: text,
  }),
  practices: text,
  problems: z.array(z.object({ problem: text, remedy: text })).min(1),
  other: text.optional(),
});

/** The figures of 第三条第1项: proactive items by kind (主动公开的信息数量、分类), applications by answer (依申请公开的信息数量、分类及运行情况) and refusals by ground (不予公开的信息情况). {@link deriveReportCounts} computes them from the cases the engine holds. (The value `reportCountsSchema` parses to.) */
/** The figures of 第三条第1项: proactive items by kind (主动公开的信息数量、分类), applications by answer (依申请公开的信息数量、分类及运行情况) and refusals by ground (不予公开的信息情况). {@link deriveReportCounts} computes them from the cases the engine holds. (The value `reportCountsSchema` parses to.) */
export type ReportCounts = z.output<typeof reportCountsSchema>;
/** The content of the yearly report (第三条): the basic facts of the year (第1项), the main practices and experience (第2项), the main problems with the proposed remedies (第3项), anything else to report (第4项). `plan` is the work plan made at the start of the year (第一条), whose execution the report describes. (The value `reportSchema` parses to.) */
/** The content of the yearly report (第三条): the basic facts of the year (第1项), the main practices and experience (第2项), the main problems with the proposed remedies (第3项), anything else to report (第4项). `plan` is the work plan made at the start of the year (第一条), whose execution the report describes. (The value `reportSchema` parses to.) */
export type Report = z.output<typeof reportSchema>;
