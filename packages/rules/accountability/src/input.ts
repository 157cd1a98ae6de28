import { z } from 'zod';
import { groundSchema, sourceSchema } from './grounds.js';
import { measureSchema, severitySchema } from './sanctions.js';

/**
 * The case input. `source` names the case whose recorded breach opened this one, e.g.
 * `{ caseId, module: 'disclosure-request', breach: 'replyOverdue' }` for an overdue reply to an application.
 */
export const input = z.object({
  /** 第四条: `unit` — a department or township (the disclosure office investigates); `staff` — a unit's own staff (its 纪委、纪检组). */
  level: z.enum(['unit', 'staff']),
  investigatingBody: z.string().min(1),
  unit: z.string().min(1),
  allegation: z.string().min(1),
  source: sourceSchema.optional(),
});

/** The data an accountability case is opened with: who is held to account, by whom, and on what. */
export type AccountabilityInput = z.output<typeof input>;
/** 第四条: who investigates — the disclosure office for a department or township, a unit's discipline body for its own staff. */
export type Level = AccountabilityInput['level'];

/** What a finished case of this module hands to its parent case. */
export const output = z.object({
  outcome: z.enum(['dismissed', 'sanctioned', 'revoked']),
  grounds: z.array(groundSchema),
  severity: severitySchema.nullable(),
  measures: z.array(measureSchema),
  appealed: z.boolean(),
  source: sourceSchema.nullable(),
});

/** What a finished case of this module hands to its parent case. */
export type AccountabilityOutput = z.output<typeof output>;
