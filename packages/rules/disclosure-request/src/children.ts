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

/** What a confidentiality-review child case reports back to the application: its decision, ground and withheld part. */
export const reviewOutcomeSchema = z.object({
  decision: z.enum(['disclosable', 'partlyDisclosable', 'notDisclosable']),
  ground: z.string().optional(),
  withheld: z.string().optional(),
  declassified: z.boolean().optional(),
});

/** What a release-coordination child case reports back: whether to release, how it was settled, the disagreements. */
export const coordinationOutcomeSchema = z.object({
  release: z.boolean(),
  settledBy: z.enum(['consent', 'deemedConsent', 'higherAuthority', 'withdrawn']),
  disagreements: z.array(z.string()),
});

/** What a confidentiality-review child case reports back to the application: its decision, ground and withheld part. (The value `reviewOutcomeSchema` parses to.) */
export type ReviewOutcome = z.output<typeof reviewOutcomeSchema>;
/** What a release-coordination child case reports back: whether to release, how it was settled, the disagreements. (The value `coordinationOutcomeSchema` parses to.) */
export type CoordinationOutcome = z.output<typeof coordinationOutcomeSchema>;
