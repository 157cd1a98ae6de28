import { z } from 'zod';

/** The grades an evaluated target may get, from the best to 不合格 (第十二条 列为年度评议不合格单位). */
export const gradeSchema = z.enum(['excellent', 'good', 'qualified', 'unqualified']);
/** The grade an evaluated target gets. */
export type Grade = z.output<typeof gradeSchema>;
