import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { moduleJsonSchemas } from '@zwgk/core';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composedScenarios } from '../../packages/rules/disclosure-request/test/scenarios/composed.js';
import * as single from '../../packages/rules/disclosure-request/test/scenarios/single.js';
import { isRuleModule, schemaFiles, writeSchemaFiles } from '../../scripts/json-schemas/schema-files.js';

// ajv is not installed (and the house rules forbid adding it), so the written JSON Schema documents are
// read back and interpreted by zod's own JSON Schema reader (`z.fromJSONSchema`), independently of the
// zod schemas they were generated from; its verdict on every payload of the module's scenario tests must
// equal the verdict of the module's zod schema.
const root = resolve(import.meta.dirname, '../..');
const scenarios = [...Object.values(single).flat(), ...composedScenarios];

type Sent = { type: string; payload?: unknown; module?: undefined };
const sends = scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => ('send' in step ? [step.send as Sent] : [])));
const opens = scenarios.flatMap((scenario) =>
  scenario.steps.flatMap((step) => ('open' in step && step.open.module === disclosureRequest.id ? [step.open.input] : [])),
);

const out = mkdtempSync(join(tmpdir(), 'zwgk-schemas-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const written = writeSchemaFiles(out, moduleJsonSchemas(disclosureRequest));
function eventSchema(type: string): z.ZodType {
  const spec = (disclosureRequest.events as Readonly<Record<string, { schema: unknown } | undefined>>)[type];
  if (spec === undefined) throw new Error(`disclosure-request has no event ${type}`);
  return spec.schema as z.ZodType;
}
const readSchema = (path: string) => z.fromJSONSchema(JSON.parse(readFileSync(join(out, path), 'utf8')) as never);

describe('JSON Schemas written for a rule package (disclosure-request)', () => {
  it('writes the input, one file per event and per notice with content, and module.json', () => {
    const expected = ['input.json', 'module.json', ...Object.keys(disclosureRequest.events).map((type) => `events/${type}.json`)];
    expect(written).toEqual(expect.arrayContaining(expected));
    expect(written.filter((path) => path.startsWith('notices/')).length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'module.json'), 'utf8'))).toMatchObject({ module: disclosureRequest.key });
  });

  // JSON Schema cannot express every zod refinement (a resident ID number's check character, say), so the
  // contract is one-sided: whatever the module accepts, the schema accepts; and structural faults
  // (a missing field, a number over its limit) are refused by both.
  it('accepts every scenario event payload the module accepts, and refuses some it refuses', () => {
    const own = sends.filter((send) => send.type in disclosureRequest.events);
    const verdicts = own.map((send) => {
      const byZod = eventSchema(send.type).safeParse(send.payload ?? {}).success;
      const byJsonSchema = readSchema(`events/${send.type}.json`).safeParse(send.payload ?? {}).success;
      return { type: send.type, payload: send.payload, byZod, byJsonSchema };
    });
    expect(verdicts.filter((v) => v.byZod)).not.toEqual([]);
    expect(verdicts.filter((v) => v.byZod && !v.byJsonSchema)).toEqual([]);
    // e.g. `reply.extended` with 16 days, or without a reason, in the scenarios of 第十二条's extension.
    expect(verdicts.filter((v) => !v.byZod && !v.byJsonSchema)).not.toEqual([]);
  });

  it('accepts a real `reply.extended` payload and refuses one over the 15-day limit', () => {
    const schema = readSchema('events/reply.extended.json');
    const real = sends.find((send) => send.type === 'reply.extended' && eventSchema('reply.extended').safeParse(send.payload).success);
    if (real === undefined) throw new Error('the scenarios no longer send a valid reply.extended');
    expect(schema.safeParse(real.payload).success).toBe(true);
    expect(schema.safeParse({ ...(real.payload as object), days: 16 }).success).toBe(false);
  });

  it('accepts the applications the scenarios open cases with', () => {
    const accepted = opens.filter((application) => (disclosureRequest.input as z.ZodType).safeParse(application).success);
    expect(accepted).not.toEqual([]);
    const input = readSchema('input.json');
    expect(accepted.filter((application) => !input.safeParse(application).success)).toEqual([]);
    expect(input.safeParse({}).success).toBe(false);
  });
});

describe('every rule package ships its schemas', () => {
  const rulesDir = join(root, 'packages/rules');
  const packages = readdirSync(rulesDir).map((dir) => ({
    dir,
    pkg: JSON.parse(readFileSync(join(rulesDir, dir, 'package.json'), 'utf8')),
  }));

  it.each(packages.map(({ dir, pkg }) => [dir, pkg] as const))(
    '%s: build writes schemas/, files lists it, exports ./schemas/*',
    (_dir, pkg) => {
      expect(pkg.scripts.build).toMatch(/tsx \.\.\/\.\.\/\.\.\/scripts\/json-schemas\/write\.ts$/);
      expect(pkg.files).toContain('schemas');
      expect(pkg.exports['./schemas/*']).toBe('./schemas/*');
    },
  );

  it('recognises a rule module among a package’s exports and nothing else', () => {
    expect(isRuleModule(disclosureRequest)).toBe(true);
    expect(isRuleModule(disclosureRequest.events)).toBe(false);
    expect(isRuleModule(null)).toBe(false);
  });

  it('refuses an event name that would escape the schemas directory', () => {
    const schemas = { ...moduleJsonSchemas(disclosureRequest), events: { '../x': { roles: [], payload: {} } } };
    expect(() => schemaFiles(schemas)).toThrow(/cannot use/);
  });
});
