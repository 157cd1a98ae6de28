import { z } from 'zod';
import { figuresSchema } from './figures.js';

const text = z.string().trim().min(1);

/** A case of the module: one reporting unit and the year its report covers (第一条, 第四条). */
export const input = z.object({
  /** The reporting unit: a department (unit) or a township government (第四条). */
  unit: text,
  unitKind: z.enum(['department', 'township']),
  /** The year reported on; the report is due by the end of March of the next year. */
  year: z.number().int().min(2018).max(2021),
});

/** The data a case of this module is opened with. */
export type ReportingInput = z.output<typeof input>;

/** What a finished case hands to the OA system (and to 考核, 《西吉县政务公开考核制度》). */
export const output = z.object({
  unit: z.string(),
  year: z.number().int(),
  outcome: z.enum(['accepted', 'refused']),
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  /** The figures derived from the cases, the office's supplements beside them, and the reported sum. */
  figures: z
    .object({
      derivedAt: z.string(),
      derived: figuresSchema,
      supplements: z.array(z.object({ figure: z.string(), add: z.number().int(), reason: z.string(), at: z.string(), by: z.string() })),
      reported: figuresSchema,
    })
    .nullable(),
});

/** What a finished case hands to the OA system (and to 考核, 《西吉县政务公开考核制度》). */
export type AnnualReportOutput = z.output<typeof output>;
