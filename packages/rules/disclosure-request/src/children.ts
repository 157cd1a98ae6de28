import { z } from 'zod';

/*
 * The outcomes of the child cases this module waits for, as their modules' final outputs
 * (the contracts of @zwgk/rule-confidentiality-review and @zwgk/rule-release-coordination).
 * They are parsed again here so a child's output is never trusted blindly.
 */

/** The key of the confidentiality-review child (《西吉县政务公开保密审查制度》). */
export const REVIEW_KEY = 'review';
/** The key of the release-coordination child (《西吉县政府政务信息发布协调制度》第八条). */
export const COORDINATION_KEY = 'coordination';

export const reviewOutcomeSchema = z.object({
  decision: z.enum(['disclosable', 'partlyDisclosable', 'notDisclosable']),
  ground: z.string().optional(),
  withheld: z.string().optional(),
  declassified: z.boolean().optional(),
});

export const coordinationOutcomeSchema = z.object({
  release: z.boolean(),
  settledBy: z.enum(['consent', 'deemedConsent', 'higherAuthority']),
  disagreements: z.array(z.string()),
});

export type ReviewOutcome = z.output<typeof reviewOutcomeSchema>;
export type CoordinationOutcome = z.output<typeof coordinationOutcomeSchema>;
