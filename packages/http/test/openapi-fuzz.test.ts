import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ID_PATTERN } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serve } from '../src/index.js';
import { application, clerk, xijiEngine } from './fixtures/requests.js';

// The fuzz pass of issue 19, bounded: requests built from /openapi.json (its operations, parameter
// schemas and the modules' event types and roles), half of them well-formed, sent over loopback;
// every answer must be below 500, a status the document lists for the operation, and a body its
// schema accepts. Then an OpenAPI linter (Redocly's recommended rules) on the same document.

const repo = resolve(import.meta.dirname, '../../..');

let server: RunningServer;
let doc: any;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

beforeAll(async () => {
  const engine = xijiEngine();
  server = await serve({ engine, port: 0 });
  doc = await (await fetch(`${server.url}/openapi.json`)).json();
  // Refs in the document are '#/components/…': give the document an id and point them at it.
  ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'doc', components: doc.components }).replaceAll('"#/components/', '"doc#/components/')));
  await fetch(`${server.url}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ moduleId: 'disclosure-request', input: application, actor: clerk, caseId: 'fuzz-1' }),
  });
});
afterAll(() => server?.close());

function validatorFor(key: string, schema: unknown) {
  let validate = validators.get(key);
  if (!validate)
    validators.set(key, (validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')))));
  return validate;
}

/** A query value for a parameter schema: mostly one it accepts, sometimes any text. */
function queryValue(schema: any): fc.Arbitrary<string> {
  const fitting = schema.enum
    ? fc.constantFrom(...schema.enum.map(String))
    : schema.pattern
      ? fc.stringMatching(new RegExp(schema.pattern))
      : fc.string({ maxLength: 30 });
  return fc.oneof({ weight: 3, arbitrary: fitting }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
}

const request = () => {
  const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const modules = xiji2018No47.modules;
  const eventTypes = [...new Set(modules.flatMap((m) => Object.keys(m.events))), 'constructor', '__proto__', 'deadline.due'];
  const roles = [...new Set(modules.flatMap((m) => Object.keys(m.roles))), 'constructor'];
  const actor = fc.record({
    id: fc.oneof(fc.constant('clerk-ma'), fc.string({ minLength: 1, maxLength: 10 })),
    role: fc.constantFrom(...roles),
  });
  // "." and ".." are dot segments the URL parser removes before the request is sent (`/cases/./events`
  // arrives as `/cases/events`, a path the document does not have): not a request of this operation.
  const caseId = fc
    .oneof(fc.constant('fuzz-1'), fc.stringMatching(ID_PATTERN), fc.string({ maxLength: 12 }))
    .filter((id) => id !== '.' && id !== '..');
  const openBody = fc.record(
    {
      moduleId: fc.constantFrom(...modules.map((m) => m.id), 'nope'),
      input: fc.oneof(fc.constant(application), fc.jsonValue()),
      actor,
      caseId: fc.stringMatching(ID_PATTERN),
      agency: fc.string({ minLength: 1, maxLength: 10 }),
    },
    { requiredKeys: ['moduleId', 'input', 'actor'] },
  );
  const eventBody = fc.record(
    {
      type: fc.constantFrom(...eventTypes),
      payload: fc.jsonValue(),
      actor,
      eventId: fc.stringMatching(ID_PATTERN),
      expectedVersion: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: ['type', 'actor'] },
  );
  return fc
    .record({
      operation: fc.constantFrom(...operations),
      id: caseId,
      query: fc.dictionary(
        fc.constantFrom('limit', 'status', 'after', 'kind', 'agency', 'from', 'to', 'caseId', 'version', 'module', 'x'),
        fc.string({ maxLength: 12 }),
        { maxKeys: 2 },
      ),
      fitting: fc.boolean(),
      body: fc.oneof({ weight: 4, arbitrary: fc.oneof(openBody, eventBody) }, { weight: 1, arbitrary: fc.jsonValue() }),
    })
    .chain((r) => {
      const params = (r.operation.op.parameters ?? []).filter((p: any) => p.in === 'query');
      if (!r.fitting || params.length === 0) return fc.constant({ ...r, queryString: new URLSearchParams(r.query).toString() });
      return fc.tuple(...params.map((p: any) => fc.option(queryValue(p.schema), { nil: undefined }))).map((values) => {
        const q = new URLSearchParams();
        params.forEach((p: any, i: number) => values[i] !== undefined && q.set(p.name, values[i] as string));
        return { ...r, queryString: q.toString() };
      });
    });
};

describe('requests built from /openapi.json (fast-check)', () => {
  it('never answer 5xx, and answer only documented statuses with bodies their schemas accept', async () => {
    await fc.assert(
      fc.asyncProperty(request(), async ({ operation, id, queryString, body }) => {
        const path = operation.path.replace('{id}', encodeURIComponent(id));
        const response = await fetch(`${server.url}${path}${queryString ? `?${queryString}` : ''}`, {
          method: operation.method.toUpperCase(),
          headers: operation.method === 'post' || operation.method === 'put' ? { 'content-type': 'application/json' } : {},
          ...(operation.method === 'post' || operation.method === 'put' ? { body: JSON.stringify(body) } : {}),
        });
        const json = await response.json();
        const status = String(response.status);
        expect(response.status, `${operation.method} ${path}?${queryString} → ${JSON.stringify(json).slice(0, 300)}`).toBeLessThan(500);
        const documented = operation.op.responses[status];
        expect(
          documented,
          `${operation.method} ${operation.path} answered an undocumented ${status}: ${JSON.stringify(json).slice(0, 300)}`,
        ).toBeDefined();
        const validate = validatorFor(`${operation.method} ${operation.path} ${status}`, documented.content['application/json'].schema);
        expect(validate(json), `${operation.method} ${operation.path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(
          true,
        );
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

describe('the OpenAPI linter', () => {
  it('passes Redocly’s recommended rules (errors fail, warnings are reported)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc, null, 2));
      const run = spawnSync(process.execPath, [join(repo, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--format=json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; severity: string; message: string }[];
      };
      expect(
        report.problems.filter((p) => p.severity === 'error'),
        run.stderr,
      ).toEqual([]);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
