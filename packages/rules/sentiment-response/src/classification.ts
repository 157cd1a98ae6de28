import { labelledEnum } from '@zwgk/core';
import { z } from 'zod';

/** Chinese names of the severities, for notices and documents. */
export const severityLabels = {
  especiallyMajor: '特别重大突发事件',
  major: '重大突发事件',
  other: '其他政务舆情',
} as const;
/**
 * How grave the sentiment is (《西吉县政府政务舆情回应制度》第三部分): 特别重大 and 重大突发事件
 * follow 三(一) (1 hour / 24 hours); every other sentiment follows 三(二) (48 hours).
 */
export const severitySchema = labelledEnum(severityLabels);
/** How grave the sentiment is (《西吉县政府政务舆情回应制度》第三部分): 特别重大 and 重大突发事件 follow 三(一) (1 hour / 24 hours); every other sentiment follows 三(二) (48 hours). (The value `severitySchema` parses to.) */
export type Severity = z.infer<typeof severitySchema>;

/** Whether a severity brings the 三(一) duties (first release in 1 hour, press conference in 24). */
export const isMajor = (severity: Severity | null): boolean => severity === 'especiallyMajor' || severity === 'major';

/**
 * Why the sentiment must be responded to as a priority (重点回应, 第二部分第(一)至(五)项).
 * `policyMisread` 二(一), `publicInterest` 二(二), `moralBottomLine` 二(三),
 * `emergencyOrDisaster` 二(四), `superiorRequest` 二(五).
 */
export const keyCriterionSchema = z.enum(['policyMisread', 'publicInterest', 'moralBottomLine', 'emergencyOrDisaster', 'superiorRequest']);
/** Why the sentiment must be responded to as a priority (重点回应, 第二部分第(一)至(五)项). `policyMisread` 二(一), `publicInterest` 二(二), `moralBottomLine` 二(三), `emergencyOrDisaster` 二(四), `superiorRequest` 二(五). (The value `keyCriterionSchema` parses to.) */
export type KeyCriterion = z.infer<typeof keyCriterionSchema>;

const name = z.string().trim().min(1, 'must name the body');

/**
 * Whom the sentiment concerns, which decides its responsible body (第一部分第(一)至(四)项).
 * - `countyGovernment`: the county government itself (一(一): 县政府办公室 answers for it).
 * - `singleBody`: one department or township, not tied to one township's territory (一(一)).
 * - `singleTownship`: one township; `department` is the department concerned, `superior` its
 *   higher authority when it is vertically managed (一(三)).
 * - `multipleTownships`: several townships; `competentDepartment` is the county department in
 *   charge of the matter (一(四)).
 * - `multipleDepartments`: several departments; `leadDepartment`, when the office names one (一(四)).
 */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('countyGovernment') }),
  z.object({ kind: z.literal('singleBody'), body: name }),
  z.object({ kind: z.literal('singleTownship'), township: name, department: name, superior: name.optional() }),
  z.object({
    kind: z.literal('multipleTownships'),
    townships: z.array(name).min(2, 'must list at least two townships'),
    competentDepartment: name,
  }),
  z
    .object({
      kind: z.literal('multipleDepartments'),
      departments: z.array(name).min(2, 'must list at least two departments'),
      leadDepartment: name.optional(),
    })
    .refine((s) => s.leadDepartment === undefined || s.departments.includes(s.leadDepartment), {
      message: 'must be one of the departments concerned',
      path: ['leadDepartment'],
    }),
]);
/** Whom the sentiment concerns, which decides its responsible body (第一部分第(一)至(四)项). - `countyGovernment`: the county government itself (一(一): 县政府办公室 answers for it). - `singleBody`: one department or township, not tied to one township's territory (一(一)). - `singleTownship`: one township; `department` is the department concerned, `superior` its higher authority when it is vertically managed (一(三)). - `multipleTownships`: several townships; `competentDepartment` is the county department in charge of the matter (一(四)). - `multipleDepartments`: several departments; `leadDepartment`, when the office names one (一(四)). (The value `scopeSchema` parses to.) */
export type Scope = z.infer<typeof scopeSchema>;
