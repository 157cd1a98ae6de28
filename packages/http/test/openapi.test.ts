import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, eventSchemaName, inputSchemaName, operations, type RunningServer, serve } from '../src/index.js';
import { xijiEngine } from './fixtures/requests.js';

const engine = xijiEngine();
let server: RunningServer;
let doc: any;

beforeAll(async () => {
  server = await serve({ engine, port: 0 });
  doc = await (await fetch(`${server.url}/openapi.json`)).json();
});
afterAll(() => server?.close());

/** Every `$ref` in a JSON value. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('documents every route of the app, and only those', () => {
    // A route with the authentication middleware is listed once per handler: count each once.
    const routes = [
      ...new Set(
        createHttpApp({ engine })
          .routes.filter((r) => r.method !== 'ALL')
          .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ];
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect([...routes].sort()).toEqual([...documented].sort());
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual([...documented].sort());
  });

  it('is OpenAPI 3.1 with unique operation ids, responses on every operation and refs that resolve', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    const ops = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((methods) => Object.values(methods));
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) {
      expect(
        Object.keys(op.responses).some((s) => s.startsWith('2')),
        op.operationId,
      ).toBe(true);
      expect(op.responses['500'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    }
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[a-zA-Z0-9.\-_]+$/);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearerAuth', 'mutualTLS']);
    expect(doc.paths['/health'].get.security).toEqual([]);
  });

  it('has every module’s input and each event type of each module as a schema', () => {
    const { schemas } = doc.components;
    let events = 0;
    for (const module of engine.modules) {
      expect(schemas[inputSchemaName(module.id)], module.id).toBeDefined();
      for (const type of Object.keys(module.events)) {
        expect(schemas[eventSchemaName(module.id, type)], `${module.id} ${type}`).toMatchObject({
          description: expect.stringContaining(module.key),
        });
        events++;
      }
    }
    expect(schemas.ModuleEvent.anyOf).toHaveLength(events);
    expect(schemas.ModuleInput.anyOf).toHaveLength(engine.modules.length);
    expect(schemas['disclosure-request.event.reply.extended']).toMatchObject({
      type: 'object',
      required: ['reason'],
      properties: { days: { type: 'integer', maximum: 15 } },
    });
  });

  it('describes request bodies and query parameters from the schemas the service validates with', () => {
    const send = doc.paths['/cases/{id}/events'].post;
    expect(send.requestBody.content['application/json'].schema.allOf).toEqual([
      { $ref: '#/components/schemas/SendEventRequest' },
      { $ref: '#/components/schemas/ModuleEvent' },
    ]);
    expect(doc.components.schemas.SendEventRequest).toMatchObject({ type: 'object', required: ['type'], additionalProperties: false });
    expect(Object.keys(doc.components.schemas.SendEventRequest.properties).sort()).toEqual([
      'actor',
      'eventId',
      'expectedVersion',
      'occurredAt',
      'payload',
      'type',
    ]);
    expect(send.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:id',
      'header:X-Zwgk-Actor',
      'header:X-Zwgk-Role',
    ]);
    const list = doc.paths['/cases'].get.parameters;
    expect(list.find((p: { name: string }) => p.name === 'status')).toMatchObject({
      in: 'query',
      required: false,
      schema: { enum: ['open', 'done', 'ended'] },
    });
    expect(list.find((p: { name: string }) => p.name === 'limit').schema).toMatchObject({
      type: 'string',
      pattern: '^[0-9]{1,7}$',
      default: '100',
    });
    expect(Object.keys(send.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '414',
      '415',
      '421',
      '422',
      '429',
      '500',
    ]);
  });
});
