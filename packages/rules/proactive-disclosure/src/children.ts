import { z } from 'zod';
import { reviewOutput } from '@zwgk/rule-confidentiality-review';

/*
 * The outcomes of the child cases this module waits for, as their modules' final outputs. They are
 * parsed again here so a child's output is never trusted blindly.
 */

/** The key of the `confidentiality-review` child (第八条, 第九条). */
export const REVIEW_KEY = 'review';
/** The key of the `release-coordination` child (第十条). */
export const COORDINATION_KEY = 'coordination';

export const reviewOutcomeSchema = reviewOutput;

export const coordinationOutcomeSchema = z.object({
  release: z.boolean(),
  settledBy: z.enum(['consent', 'deemedConsent', 'higherAuthority']),
  disagreements: z.array(z.string()),
});

export type ReviewOutcome = z.output<typeof reviewOutcomeSchema>;
export type CoordinationOutcome = z.output<typeof coordinationOutcomeSchema>;
