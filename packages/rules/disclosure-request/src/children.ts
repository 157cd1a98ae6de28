import { reviewOutput } from '@zwgk/rule-confidentiality-review';
import { releaseCoordinationOutputSchema } from '@zwgk/rule-release-coordination';
import type { z } from 'zod';

/*
 * The outcomes of the child cases this module waits for, as their modules' final outputs
 * (the contracts of @zwgk/rule-confidentiality-review and @zwgk/rule-release-coordination).
 * They are parsed again here so a child's output is never trusted blindly.
 */

/** The key of the confidentiality-review child (《西吉县政务公开保密审查制度》). */
export const REVIEW_KEY = 'review';
/** The key of the release-coordination child (《西吉县政府政务信息发布协调制度》第八条). */
export const COORDINATION_KEY = 'coordination';

/** What a confidentiality-review child case reports back to the application: its decision, ground and withheld part (of its output). */
export const reviewOutcomeSchema = reviewOutput.pick({ decision: true, ground: true, withheld: true, declassified: true });

/** What a release-coordination child case reports back: whether to release, how it was settled, the disagreements (of its output). */
export const coordinationOutcomeSchema = releaseCoordinationOutputSchema.pick({ release: true, settledBy: true, disagreements: true });

/** What a confidentiality-review child case reports back to the application: its decision, ground and withheld part. (The value `reviewOutcomeSchema` parses to.) */
export type ReviewOutcome = z.output<typeof reviewOutcomeSchema>;
/** What a release-coordination child case reports back: whether to release, how it was settled, the disagreements. (The value `coordinationOutcomeSchema` parses to.) */
export type CoordinationOutcome = z.output<typeof coordinationOutcomeSchema>;
