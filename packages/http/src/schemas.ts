import { FEED_KINDS, ID_PATTERN } from '@zwgk/core';
import { z } from 'zod';

// The request and response shapes of the service. Requests are validated with these schemas;
// the OpenAPI document is generated from the same schemas, so the two cannot drift apart.

const text = z.string().min(1).max(200);
/** A caller-chosen id (case, event): the documented characters and length, checked before anything is written. */
const id = z.string().regex(ID_PATTERN, 'ids are 1–128 of A–Z a–z 0–9 . _ ~ : -, starting with a letter or digit');
/** A decimal count in a query: `0x10`, `1e2` and ` 5` are refused. */
const count = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[0-9]{1,7}$/, 'must be a decimal whole number')
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));
const instant = z.string().describe("ISO 8601 instant with an offset, e.g. '2019-09-27T10:00:00+08:00'");

export const actorSchema = z
  .strictObject({ id: text, role: text, name: z.string().max(200).optional() })
  .describe('Who acts: a person or office with one role of the module. Headers X-Zwgk-Actor and X-Zwgk-Role may carry it instead.');

export const openCaseBodySchema = z.strictObject({
  moduleId: text.describe('The rule module, e.g. disclosure-request'),
  input: z.unknown().describe("The data the case is opened with: the module's input schema (GET /modules/{id}/schemas)"),
  actor: actorSchema.optional(),
  agency: text.optional(),
  title: z.string().min(1).max(500).optional(),
  occurredAt: instant
    .optional()
    .describe('When the matter began in law (receipt of the application); defaults to now, never in the future'),
  caseId: id
    .optional()
    .describe(
      "Choose the case id (the OA system's own file number, in the id characters); the same open sent again is a duplicate, another open with a used id 409 CASE_ID_USED",
    ),
});

export const sendEventBodySchema = z.strictObject({
  type: text.describe('An event type of the case’s module'),
  payload: z.unknown().optional().describe('The event payload; its schema is the module’s (components/schemas/<module>.event.<type>)'),
  actor: actorSchema.optional(),
  eventId: id
    .optional()
    .describe(
      'Your id for this event: sending the same event again changes nothing and returns the first result; another event with a used id is 409 IDEMPOTENCY_MISMATCH',
    ),
  occurredAt: instant.optional(),
  expectedVersion: z.number().int().min(1).optional().describe('Fail with VERSION_CONFLICT unless the case is still at this version'),
});

export const listCasesQuerySchema = z.strictObject({
  module: text.optional().describe('Module id'),
  state: text.optional().describe('State path, e.g. refused'),
  status: z.enum(['open', 'done', 'ended']).optional(),
  agency: text.optional(),
  parent: text.optional().describe('Parent case id: the children of a case'),
  limit: count(1000, 100).describe('At most this many cases (1–1000, default 100)'),
  after: id.optional().describe('The `next` of the previous page: cases whose id sorts after it, in id order'),
});

export const feedQuerySchema = z.strictObject({
  after: z
    .string()
    .regex(/^[0-9]{1,15}$/, 'must be a cursor from an earlier page (a decimal number)')
    .default('0')
    .transform(Number)
    .describe('Entries after this cursor (the `next` of the previous page); 0 or absent from the start'),
  limit: count(1000, 100).describe('At most this many entries (1–1000, default 100)'),
  agency: text.optional(),
  module: text.optional().describe('Module id'),
  kind: z
    .string()
    .regex(
      new RegExp(
        `^(${FEED_KINDS.map((k) => k.replace('.', '\\.')).join('|')})(,(${FEED_KINDS.map((k) => k.replace('.', '\\.')).join('|')}))*$`,
      ),
      `a comma-separated list of ${FEED_KINDS.join(', ')}`,
    )
    .optional()
    .describe(`Only these kinds, comma-separated: ${FEED_KINDS.join(', ')}`),
});

export const upcomingQuerySchema = z.strictObject({
  limit: count(1000, 1000).describe('At most this many deadlines (1–1000, default 1000), in the order of their key caseId/name'),
  after: z.string().max(400).optional().describe('The `next` of the previous page'),
  from: instant.optional().describe('Start of the window (inclusive); defaults to now'),
  to: instant.optional().describe('End of the window (exclusive); defaults to seven days after from'),
});

export const verifyQuerySchema = z.strictObject({
  caseId: id.optional().describe('Verify one case; every case when absent'),
});

export const schemasQuerySchema = z.strictObject({
  version: text.optional().describe('Module version; the newest loaded when absent'),
});

// Responses: documented, not validated (the engine's own types shape them). The OpenAPI document
// names some of them as components (openapi.ts).

const noticeSchema = z.object({
  name: z.string(),
  recipient: z.string(),
  clause: z.string(),
  citation: z.string(),
  at: instant,
  data: z.record(z.string(), z.unknown()),
});
const breachSchema = z.object({
  name: z.string(),
  clause: z.string(),
  citation: z.string(),
  at: instant,
  data: z.record(z.string(), z.unknown()),
});
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const caseRecordSchema = z
  .object({
    id: z.string(),
    moduleId: z.string(),
    moduleVersion: z.string(),
    parentId: z.string().nullable(),
    childKey: z.string().nullable(),
    agency: z.string().nullable(),
    title: z.string().nullable(),
    status: z.enum(['open', 'done', 'ended']),
    state: z.string().describe('The state as a dotted path; parallel regions joined by |'),
    version: z.number().int(),
    openedAt: instant,
    updatedAt: instant,
    closedAt: instant.nullable(),
    openedBy: actorSchema,
    notices: z.array(noticeSchema),
    breaches: z.array(breachSchema),
    children: z.record(z.string(), z.string()),
    auditSeq: z.number().int(),
    auditHash: z.string(),
  })
  .describe('A case (without the machine snapshot, which only the engine reads)');

export const deadlineSchema = z
  .object({
    caseId: z.string(),
    name: z.string(),
    label: bilingual,
    clause: z.string(),
    citation: z.string(),
    unit: z.enum(['workingDays', 'calendarDays', 'hours']),
    length: z.number(),
    status: z.enum(['running', 'paused', 'completed', 'cancelled']),
    startedAt: instant,
    dueAt: instant.nullable(),
    warnAt: instant.nullable(),
    warned: z.boolean(),
    fellDue: z.boolean(),
    extensionsUsed: z.number().int(),
    outcome: z.enum(['met', 'missed', 'cancelled', 'elapsed', 'deemed']).nullable(),
    calendarVersion: z.string(),
    provisional: z
      .boolean()
      .optional()
      .describe(
        'True when counted through a year whose holiday schedule is not yet announced (by its statutory holidays): it moves if the notice differs',
      ),
    explanation: z.unknown().describe('How the calendar reached the due instant: skipped holidays, 调休 working days'),
    history: z.array(z.object({ op: z.string(), at: instant, dueAt: instant.nullable(), note: z.string().optional() })),
  })
  .loose();

export const caseViewSchema = z.object({
  case: caseRecordSchema,
  deadlines: z.array(deadlineSchema),
  acceptedEvents: z.array(z.string()).describe('Event types the current state may accept'),
});

export const sendResultSchema = z.object({
  caseId: z.string(),
  version: z.number().int(),
  state: z.string(),
  status: z.enum(['open', 'done', 'ended']),
  duplicate: z.boolean().describe('True when this eventId had been applied before: nothing changed'),
  notices: z.array(noticeSchema),
});

export const auditEntrySchema = z.object({
  caseId: z.string(),
  seq: z.number().int(),
  kind: z.string(),
  at: instant,
  recordedAt: instant,
  actor: actorSchema.optional(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export const feedEntrySchema = z
  .object({
    cursor: z.string().describe('Pass as `after` to read what follows'),
    caseId: z.string(),
    kind: z.enum(FEED_KINDS),
    at: instant,
    recordedAt: instant,
    agency: z.string().nullable(),
    moduleId: z.string(),
    auditSeq: z.number().int().describe('The audit entry this mirrors (GET /cases/{id}/history)'),
    actor: actorSchema.optional(),
    data: z
      .record(z.string(), z.unknown())
      .describe(
        'A notice’s content (name, recipient, clause, citation, data), a deadline’s name and due instant, a refusal’s code and message',
      ),
  })
  .describe('What an OA system acts on, in commit order across cases');

export const feedSchema = z.object({
  entries: z.array(feedEntrySchema),
  next: z.string().describe('The cursor to pass as `after` next time (the last entry’s, or `after` itself when there was none)'),
});

export const webhookViewSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    kinds: z.array(z.enum(FEED_KINDS)).optional(),
    agencies: z.array(z.string()).optional(),
    modules: z.array(z.string()).optional(),
    state: z.object({
      cursor: z.number().int().describe('The last feed cursor its endpoint acknowledged'),
      attempts: z.number().int().describe('Failed attempts at the next entry'),
      nextAttemptAtMs: z.number().describe('No attempt before this instant (ms since the epoch)'),
      lastError: z.string().optional(),
    }),
  })
  .describe('A webhook subscription and where its delivery stands; its secret is never shown');
export const webhookListSchema = z.object({ subscriptions: z.array(webhookViewSchema) });
export const webhookRemovedSchema = z.object({ removed: z.string() });

export const historySchema = z.object({ caseId: z.string(), entries: z.array(auditEntrySchema) });
export const caseListSchema = z.object({
  cases: z.array(caseRecordSchema),
  next: z.string().nullable().describe('Pass as `after` for the next page; null when this page was the last'),
});

export const upcomingSchema = z.object({
  from: instant,
  to: instant,
  next: z.string().nullable().describe('Pass as `after` (same from and to) for the next page; null when this page was the last'),
  deadlines: z.array(
    z.object({
      falls: z.array(z.enum(['warning', 'due'])).describe('What happens inside the window: the warning, the due instant, or both'),
      deadline: deadlineSchema,
    }),
  ),
});

export const verificationSchema = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }),
  z.object({ ok: z.literal(false), entries: z.number().int(), caseId: z.string(), seq: z.number().int(), reason: z.string() }),
]);

export const moduleSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  key: z.string(),
  title: bilingual,
  regulation: z.string(),
  inForce: z.object({ from: z.string(), to: z.string() }),
  roles: z.record(z.string(), bilingual),
  events: z.record(z.string(), z.object({ roles: z.array(z.string()), label: bilingual, clause: z.string().nullable() })),
});

export const moduleListSchema = z.object({ modules: z.array(moduleSummarySchema) });

export const moduleSchemasSchema = z.object({
  module: z.string(),
  input: z.unknown(),
  events: z.record(z.string(), z.object({ roles: z.array(z.string()), payload: z.unknown() })),
  notices: z.record(z.string(), z.unknown()),
  output: z.unknown(),
});

export const calendarSchema = z.object({
  id: z.string(),
  version: z.string(),
  years: z.array(z.number().int()).describe('Years with an announced schedule'),
  provisional: z.boolean().describe('Whether years without one are counted by their statutory holidays'),
  provisionalYears: z.array(z.number().int()),
});

export const deadlineQuerySchema = z.object({
  start: z.string().describe('A Beijing date YYYY-MM-DD or an instant with offset'),
  length: z.coerce.number().int().positive(),
  unit: z.enum(['workingDays', 'calendarDays', 'hours']),
});

export const computedDeadlineSchema = z
  .object({
    start: instant,
    startDate: z.string(),
    length: z.number().int(),
    unit: z.enum(['workingDays', 'calendarDays', 'hours']),
    dueDate: z.string(),
    dueAt: instant,
    calendarVersion: z.string(),
    provisional: z.boolean().describe('Counted through a year whose holidays are not yet announced, by its statutory holidays'),
    explanation: z.unknown(),
  })
  .loose();

export const calendarUpdateBodySchema = z
  .union([
    z
      .object({
        noticeText: z
          .string()
          .min(1)
          .describe('The text of a State Council holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知), as published'),
      })
      .strict(),
    z.record(z.string(), z.unknown()).describe('A yearly schedule as `zwgk calendar import` writes it'),
    z.array(z.record(z.string(), z.unknown())).min(1).describe('Several yearly schedules'),
  ])
  .describe('A notice to import, or schedule JSON');

export const calendarUpdateSchema = z.object({
  calendar: calendarSchema,
  recomputed: z
    .array(
      z.object({
        caseId: z.string(),
        name: z.string(),
        previousDueAt: instant.nullable(),
        dueAt: instant.nullable(),
        moved: z.enum(['earlier', 'later']),
        provisional: z.boolean(),
      }),
    )
    .describe('Running deadlines whose due instant moved (each also audited as deadline.recomputed on its case)'),
});

export const healthSchema = z.object({ ok: z.literal(true), modules: z.number().int(), calendar: z.string() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('A ZwgkError code, or UNAUTHENTICATED, ACTOR_NOT_ALLOWED, NOT_FOUND, INTERNAL'),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** GET /audit/checkpoint: the store ledger's checkpoint (see `Checkpoint` in @zwgk/core). */
export const checkpointSchema = z.object({
  format: z.literal('zwgk-checkpoint/1'),
  size: z.number().int().min(0),
  root: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  signature: z.string().optional(),
});
