/**
 * Scenario files (YAML or JSON, checked with zod, errors with file and line), their replay on a
 * simulated clock, and case timelines with the clause behind every entry.
 *
 * @module @zwgk/scenarios
 */
export * from '@zwgk/scenarios';
