import { z } from 'zod';
import { parseBeijingInstant } from './beijing-instant.js';

/** A time in Beijing: `2020-09-29 10:00`, `2020-09-29T10:00:00+08:00`, or `2020-10-27 24:00`. */
const beijingInstant = z.string().transform((text, ctx) => {
  const instant = parseBeijingInstant(text);
  if (instant === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `not a Beijing date-time: ${JSON.stringify(text)} (write e.g. 2020-09-29 10:00 or 2020-09-29T10:00:00+08:00)`,
    });
    return z.NEVER;
  }
  return instant;
});

const actorSchema = z.strictObject({
  id: z.string().min(1),
  role: z.string().min(1),
  name: z.string().optional(),
});

/** An actor written inline, or the name of one declared under `actors`. */
const actorRef = z.union([z.string().min(1), actorSchema]);

const deadlineExpectation = z.union([
  z.literal('absent'),
  z.strictObject({
    dueAt: beijingInstant.nullable().optional(),
    warnAt: beijingInstant.nullable().optional(),
    status: z.enum(['running', 'paused', 'completed', 'cancelled']).optional(),
    outcome: z.enum(['met', 'missed', 'cancelled', 'elapsed', 'deemed']).nullable().optional(),
    extensionsUsed: z.number().int().nonnegative().optional(),
    length: z.number().int().positive().optional(),
  }),
]);

const expectation = z.strictObject({
  case: z.string().optional().describe('The case alias (or alias/childKey); defaults to the step’s case'),
  state: z.string().optional(),
  status: z.enum(['open', 'done', 'ended']).optional(),
  deadlines: z.record(z.string(), deadlineExpectation).optional(),
  notices: z.array(z.string()).optional().describe('Names of the notices this step sent, in order'),
  breaches: z.array(z.string()).optional().describe('Names of all breaches recorded on the case so far'),
  rejected: z.string().optional().describe('The error code the step must be refused with, e.g. NOT_IN_FORCE'),
  fired: z.array(z.string()).optional().describe('Deadlines fired before the step, as name:warning or name:due'),
});

const expectations = z.union([expectation, z.array(expectation)]);

const common = {
  at: beijingInstant.describe('When the step happens, Beijing time'),
  note: z.string().optional().describe('Why the step is there; shown in the timeline'),
  expect: expectations.optional(),
};

export const openStepSchema = z.strictObject({
  ...common,
  open: z.string().min(1).describe('The rule module id of the case to open'),
  as: z.string().min(1).optional().describe('The alias later steps use for the case; defaults to the module id'),
  actor: actorRef,
  input: z.unknown(),
  agency: z.string().optional(),
  title: z.string().optional().describe("The case's title: the matter's key, e.g. the website's name"),
  occurredAt: beijingInstant.optional(),
});

export const sendStepSchema = z.strictObject({
  ...common,
  send: z.string().min(1).describe('The event type'),
  case: z.string().min(1).optional().describe('Alias of the case (alias/childKey for a child); defaults to the first case opened'),
  actor: actorRef,
  payload: z.unknown().optional(),
  eventId: z.string().optional(),
  occurredAt: beijingInstant.optional(),
});

export const tickStepSchema = z.strictObject({
  ...common,
  tick: z.literal(true).describe('Only move the clock: deadlines due by then fire'),
});

export const scenarioStepSchema = z.union([openStepSchema, sendStepSchema, tickStepSchema]);

/** The top level of a scenario file (YAML or JSON). */
export const scenarioFileSchema = z.strictObject({
  scenario: z.string().min(1).describe('What the scenario shows, in a line'),
  description: z
    .union([z.string(), z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })])
    .optional()
    .describe('The story, in one language, or in both as { zh, en }: the HTML report shows the page language'),
  modules: z
    .array(z.string().min(1))
    .min(1)
    .describe('Rule modules to load: built-in module ids, a preset id, or paths (relative to the file) of modules an integrator wrote'),
  calendar: z.string().default('china').describe('china, china-2020-as-first-announced, or a path to a JSON year schedule added to china'),
  parameters: z.record(z.string(), z.record(z.string(), z.unknown())).optional().describe('Module parameters by module id'),
  start: beijingInstant.describe('Where the simulated clock starts'),
  actors: z.record(z.string(), actorSchema).optional(),
  steps: z.array(scenarioStepSchema).min(1),
});

/** A scenario file as validated: instants normalised to `…+08:00`. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
/** One step of a scenario file: open, send or tick. */
export type ScenarioFileStep = z.output<typeof scenarioStepSchema>;
/** What a scenario file expects after a step. */
export type ScenarioFileExpectation = z.output<typeof expectation>;

/** JSON Schema of scenario files, for editors and for systems in other languages. */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
