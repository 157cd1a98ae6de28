import { type AnyRuleModule, ID_MAX_LENGTH, ID_PATTERN, moduleJsonSchemas } from '@zwgk/core';
import { z } from 'zod';
import { STATUS_OF_CODE } from './errors.js';
import {
  actorSchema,
  auditEntrySchema,
  calendarSchema,
  calendarUpdateBodySchema,
  calendarUpdateSchema,
  caseListSchema,
  caseRecordSchema,
  caseViewSchema,
  checkpointSchema,
  computedDeadlineSchema,
  deadlineQuerySchema,
  deadlineSchema,
  errorBodySchema,
  feedEntrySchema,
  feedQuerySchema,
  feedSchema,
  healthSchema,
  historySchema,
  listCasesQuerySchema,
  moduleListSchema,
  moduleSchemasSchema,
  moduleSummarySchema,
  openCaseBodySchema,
  schemasQuerySchema,
  sendEventBodySchema,
  sendResultSchema,
  upcomingQuerySchema,
  upcomingSchema,
  verificationSchema,
  verifyQuerySchema,
  webhookListSchema,
  webhookRemovedSchema,
  webhookViewSchema,
} from './schemas.js';
import { webhookPutSchema } from './webhooks.js';

type JsonSchema = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'delete';

/** One operation of the service, as the document describes it. */
interface Operation {
  readonly method: Method;
  /** OpenAPI form: `/cases/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly tag: 'cases' | 'feed' | 'deadlines' | 'audit' | 'modules' | 'calendar' | 'service';
  readonly summary: string;
  /** A request body: a component name. */
  readonly body?: string;
  readonly query?: z.ZodObject;
  readonly ok: { readonly status: 200 | 201; readonly schema: z.ZodType | string; readonly description: string };
  /** A second success status with the same schema (an open sent again: 200, duplicate). */
  readonly alsoOk?: { readonly status: 200; readonly description: string };
  /** Error statuses it may answer with, besides 401 when an authenticator is configured. */
  readonly errors: readonly number[];
  /** Unauthenticated even when an authenticator is configured. */
  readonly public?: boolean;
  /** Takes the actor (body or X-Zwgk-Actor / X-Zwgk-Role). */
  readonly acts?: boolean;
}

/** Every route of {@link createHttpApp}: a test checks that the app and this table agree. */
export const operations: readonly Operation[] = [
  {
    method: 'post',
    path: '/cases',
    operationId: 'openCase',
    tag: 'cases',
    summary: 'Open a case of a rule module',
    body: 'OpenCaseRequest',
    acts: true,
    ok: { status: 201, schema: 'SendResult', description: 'The case was opened' },
    alsoOk: {
      status: 200,
      description: 'The same open had been made (same caseId, module, input, actor, agency, title): the case as it is, duplicate: true',
    },
    errors: [400, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'post',
    path: '/cases/{id}/events',
    operationId: 'sendEvent',
    tag: 'cases',
    summary: 'Send an event to a case',
    body: 'SendEventRequest',
    acts: true,
    ok: { status: 200, schema: 'SendResult', description: 'The event was applied (or had been: duplicate)' },
    errors: [400, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/cases/{id}',
    operationId: 'getCase',
    tag: 'cases',
    summary: 'A case with its deadlines (and how each due instant was reached) and the events it accepts',
    ok: { status: 200, schema: 'CaseView', description: 'The case' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/cases/{id}/history',
    operationId: 'getHistory',
    tag: 'cases',
    summary: 'The case’s hash-chained audit trail',
    ok: { status: 200, schema: historySchema, description: 'Audit entries in order' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/cases',
    operationId: 'listCases',
    tag: 'cases',
    summary: 'Cases by module, state, status, agency or parent',
    query: listCasesQuerySchema,
    ok: { status: 200, schema: caseListSchema, description: 'Matching cases' },
    errors: [400],
  },
  {
    method: 'get',
    path: '/feed',
    operationId: 'readFeed',
    tag: 'feed',
    summary:
      'What happened, in commit order across cases: cases opened and closed, notices with their content, deadline warnings and due instants, breaches, refused events',
    query: feedQuerySchema,
    ok: { status: 200, schema: 'Feed', description: 'Entries after the cursor' },
    errors: [400],
  },
  {
    method: 'get',
    path: '/deadlines/upcoming',
    operationId: 'upcomingDeadlines',
    tag: 'deadlines',
    summary: 'Running deadlines that warn or fall due in a window',
    query: upcomingQuerySchema,
    ok: { status: 200, schema: upcomingSchema, description: 'Deadlines in the window' },
    errors: [400],
  },
  {
    method: 'get',
    path: '/audit/verify',
    operationId: 'verifyAudit',
    tag: 'audit',
    summary: 'Check the audit hash chains (every case, or one)',
    query: verifyQuerySchema,
    ok: { status: 200, schema: 'AuditVerification', description: 'ok, or the first entry that does not chain' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/audit/checkpoint',
    operationId: 'auditCheckpoint',
    tag: 'audit',
    summary:
      'The store ledger’s latest checkpoint (size, Merkle root, time; Ed25519-signed when the service has a key), to keep outside the database',
    ok: { status: 200, schema: checkpointSchema, description: 'The checkpoint, as `zwgk audit verify --since` reads it' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/modules',
    operationId: 'listModules',
    tag: 'modules',
    summary: 'The loaded rule modules, their roles and events',
    ok: { status: 200, schema: moduleListSchema, description: 'Loaded modules' },
    errors: [],
  },
  {
    method: 'get',
    path: '/modules/{id}/schemas',
    operationId: 'moduleSchemas',
    tag: 'modules',
    summary: 'JSON Schemas of a module’s input, event payloads, notices and output',
    query: schemasQuerySchema,
    ok: { status: 200, schema: moduleSchemasSchema, description: 'The module’s schemas' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApi',
    tag: 'service',
    summary: 'This document',
    public: true,
    ok: { status: 200, schema: z.record(z.string(), z.unknown()), description: 'OpenAPI 3.1' },
    errors: [],
  },
  {
    method: 'get',
    path: '/calendar',
    operationId: 'getCalendar',
    tag: 'calendar',
    summary: 'The working-day calendar in use: announced years, provisional years',
    ok: { status: 200, schema: calendarSchema, description: 'The calendar' },
    errors: [],
  },
  {
    method: 'get',
    path: '/calendar/deadline',
    operationId: 'computeDeadline',
    tag: 'calendar',
    summary: 'A due instant counted with the calendar in use, and how (skipped days, 调休, provisional)',
    query: deadlineQuerySchema,
    ok: { status: 200, schema: computedDeadlineSchema, description: 'The computed deadline' },
    errors: [400, 422],
  },
  {
    method: 'post',
    path: '/admin/calendar',
    operationId: 'updateCalendar',
    tag: 'calendar',
    summary:
      'Add or replace a year’s holiday schedule (a notice’s text, or schedule JSON) and recompute the running deadlines it moves; needs the role calendar-admin',
    body: 'CalendarUpdateRequest',
    ok: { status: 200, schema: calendarUpdateSchema, description: 'The new calendar and the deadlines that moved' },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/admin/webhooks',
    operationId: 'listWebhooks',
    tag: 'feed',
    summary: 'The webhook subscriptions and where each one’s delivery stands (secrets are never shown); needs an administrator scope',
    ok: { status: 200, schema: webhookListSchema, description: 'The subscriptions' },
    errors: [403, 404],
  },
  {
    method: 'put',
    path: '/admin/webhooks/{id}',
    operationId: 'putWebhook',
    tag: 'feed',
    summary:
      'Add (201) or replace (200) a webhook subscription, kept in the webhooks file; a new one starts after `after` (default 0, the whole feed); needs an administrator scope',
    body: 'WebhookSubscriptionRequest',
    ok: { status: 201, schema: webhookViewSchema, description: 'The subscription was added' },
    alsoOk: { status: 200, description: 'The subscription was replaced' },
    errors: [400, 403, 404],
  },
  {
    method: 'delete',
    path: '/admin/webhooks/{id}',
    operationId: 'deleteWebhook',
    tag: 'feed',
    summary: 'Remove a webhook subscription (a delivery in flight is its last); needs an administrator scope',
    ok: { status: 200, schema: webhookRemovedSchema, description: 'The subscription was removed' },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/health',
    operationId: 'health',
    tag: 'service',
    summary: 'Liveness: the modules and calendar loaded',
    public: true,
    ok: { status: 200, schema: healthSchema, description: 'The service is up' },
    errors: [],
  },
];

/** Named schemas of the service itself, referenced as `#/components/schemas/<name>`. */
const namedSchemas: Readonly<Record<string, z.ZodType>> = {
  Actor: actorSchema,
  OpenCaseRequest: openCaseBodySchema,
  SendEventRequest: sendEventBodySchema,
  SendResult: sendResultSchema,
  Case: caseRecordSchema,
  Deadline: deadlineSchema,
  CaseView: caseViewSchema,
  AuditEntry: auditEntrySchema,
  FeedEntry: feedEntrySchema,
  Feed: feedSchema,
  AuditVerification: verificationSchema,
  Module: moduleSummarySchema,
  Error: errorBodySchema,
  CalendarUpdateRequest: calendarUpdateBodySchema,
  WebhookSubscriptionRequest: webhookPutSchema,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** zod → JSON Schema 2020-12 (what OpenAPI 3.1 uses), as a caller must send it. */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function withoutDialect(schema: unknown): JsonSchema {
  const { $schema: _dialect, ...rest } = (schema ?? {}) as JsonSchema;
  return rest;
}

/** Component names allow letters, digits, `.`, `-` and `_`; a module's name is its id, with its version when several are loaded. */
function moduleComponentNames(modules: readonly AnyRuleModule[]): Map<AnyRuleModule, string> {
  const count = new Map<string, number>();
  for (const m of modules) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  return new Map(modules.map((m) => [m, (count.get(m.id) ?? 0) > 1 ? `${m.id}.${m.version}` : m.id]));
}

/** The schema name of a module's event payload in the document, e.g. `disclosure-request.event.reply.extended`. */
export const eventSchemaName = (moduleName: string, type: string) => `${moduleName}.event.${type}`;
/** The schema name of a module's input, e.g. `disclosure-request.input`. */
export const inputSchemaName = (moduleName: string) => `${moduleName}.input`;

/**
 * The OpenAPI 3.1 document of the service for the loaded modules: the request and response
 * schemas are the zod schemas the service validates with, and every module's input and event
 * payloads are components (from {@link moduleJsonSchemas}), tied to the request bodies by
 * `moduleId` and `type`.
 */
export function openApiDocument(modules: readonly AnyRuleModule[]): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(namedSchemas)) schemas[name] = jsonSchema(schema);

  const opens: JsonSchema[] = [];
  const events: JsonSchema[] = [];
  for (const [module, name] of moduleComponentNames(modules)) {
    const generated = moduleJsonSchemas(module);
    schemas[inputSchemaName(name)] = {
      ...withoutDialect(generated.input),
      description: `${module.title.zh}（${module.source.name}）: input of ${module.key}`,
    };
    opens.push({
      type: 'object',
      properties: { moduleId: { const: module.id }, input: ref(inputSchemaName(name)) },
      required: ['moduleId', 'input'],
    });
    for (const [type, event] of Object.entries(generated.events)) {
      const spec = module.events[type]!;
      schemas[eventSchemaName(name, type)] = {
        ...withoutDialect(event.payload),
        description: `${spec.label.zh} (${spec.label.en}) — ${module.key}; roles: ${event.roles.join(', ')}${spec.clause ? `; ${spec.clause}` : ''}`,
      };
      events.push({ type: 'object', properties: { type: { const: type }, payload: ref(eventSchemaName(name, type)) }, required: ['type'] });
    }
  }
  schemas.ModuleInput = { description: 'The input of the module named by moduleId', anyOf: opens };
  schemas.ModuleEvent = {
    description: 'An event of the case’s module: its payload schema is named by type (several modules may share a type)',
    anyOf: events,
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    // A case id in a path has the id characters (400 otherwise); a module id is any string.
    const caseIdPath = op.path.startsWith('/cases/{id}');
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: caseIdPath ? { type: 'string', pattern: ID_PATTERN.source, maxLength: ID_MAX_LENGTH } : { type: 'string' },
    }));
    const queryParams = op.query
      ? Object.entries(op.query.shape as Record<string, z.ZodType>).map(([name, field]) => {
          const schema = jsonSchema(field);
          return {
            name,
            in: 'query',
            required: !field.safeParse(undefined).success,
            ...(schema.description ? { description: schema.description } : {}),
            schema,
          };
        })
      : [];
    const actorHeaders = op.acts
      ? [
          {
            name: 'X-Zwgk-Actor',
            in: 'header',
            required: false,
            description: 'The actor id, when the body has no actor (percent-encoded if not ASCII)',
            schema: { type: 'string' },
          },
          {
            name: 'X-Zwgk-Role',
            in: 'header',
            required: false,
            description: 'The actor’s role, when the body has no actor',
            schema: { type: 'string' },
          },
        ]
      : [];
    const body =
      op.body === 'OpenCaseRequest'
        ? { allOf: [ref('OpenCaseRequest'), ref('ModuleInput')] }
        : op.body === 'SendEventRequest'
          ? { allOf: [ref('SendEventRequest'), ref('ModuleEvent')] }
          : undefined;
    const responses: Record<string, unknown> = {
      [op.ok.status]: {
        description: op.ok.description,
        content: { 'application/json': { schema: typeof op.ok.schema === 'string' ? ref(op.ok.schema) : jsonSchema(op.ok.schema) } },
      },
    };
    if (op.alsoOk)
      responses[op.alsoOk.status] = {
        description: op.alsoOk.description,
        content: { 'application/json': { schema: typeof op.ok.schema === 'string' ? ref(op.ok.schema) : jsonSchema(op.ok.schema) } },
      };
    // Every route may answer 414 (URL), 421 (Host) and 403 (Origin); authenticated ones 401 and 429.
    const everywhere = [403, 414, 421, ...(op.public ? [] : [401, 429]), ...(caseIdPath ? [400] : [])];
    for (const status of [...new Set([...op.errors, ...everywhere, 500])].sort()) {
      responses[status] = { description: errorDescription(status), content: { 'application/json': { schema: ref('Error') } } };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        operationId: op.operationId,
        tags: [op.tag],
        summary: op.summary,
        ...(op.public ? { security: [] } : {}),
        ...(pathParams.length + queryParams.length + actorHeaders.length > 0
          ? { parameters: [...pathParams, ...queryParams, ...actorHeaders] }
          : {}),
        ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
        responses,
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'zwgk HTTP service',
      version: '0.1.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        '政务公开 workflow engine over HTTP: open cases of the rule modules, send events, read cases with their deadlines and audit trails. ' +
        'Errors are `{ error: { code, message, details } }` with the engine’s codes. Authentication (bearer token or mutual TLS) is configured by the deployer; ' +
        'when it is, the credentials must grant the actor id and role each mutating request claims.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'This service: paths are relative to where the document was fetched' }],
    tags: [
      { name: 'cases', description: 'Cases, their events and history' },
      { name: 'feed', description: 'The change feed an OA system consumes (or receives by webhook)' },
      { name: 'deadlines', description: 'Legal deadlines across cases' },
      { name: 'audit', description: 'The hash-chained audit trail' },
      { name: 'modules', description: 'The loaded rule modules' },
      { name: 'calendar', description: 'The working-day calendar: announced years, provisional counting, adding a year at run time' },
      { name: 'service', description: 'The service itself' },
    ],
    security: [{ bearerAuth: [] }, { mutualTLS: [] }, {}],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from the deployer’s token table (--tokens)' },
        mutualTLS: { type: 'mutualTLS', description: 'A client certificate the server’s CA trusts, mapped by subject CN' },
      },
    },
  };
}

function errorDescription(status: number): string {
  const codes = Object.entries(STATUS_OF_CODE)
    .filter(([, s]) => s === status)
    .map(([code]) => code);
  return codes.join(', ');
}
