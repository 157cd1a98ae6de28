import { z } from 'zod';

const text = z.string().trim().min(1);

/** Which report: an agency's (due 31 January, 第四十九条第一款) or a county-or-higher government's (31 March, 第二款). */
export const input = z.object({
  agency: text,
  year: z.number().int().min(2019).max(2098),
  level: z.enum(['department', 'government']),
});

/** Which report (the value `input` parses to). */
export type ReportInput = z.output<typeof input>;

/** What a published report hands on: its year and where it is published. */
export const output = z.object({ year: z.number().int(), url: z.string().nullable() });

/** What a published report hands on (the value `output` parses to). */
export type AnnualReportOutput = z.output<typeof output>;
