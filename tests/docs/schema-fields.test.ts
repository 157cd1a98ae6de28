import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JsonSchema, schemaFieldRows, schemaFieldsMarkdown, typeOf } from '../../scripts/docs/schema-fields.js';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

describe('schema fields', () => {
  it('flattens nested objects, arrays and maps to dotted paths', () => {
    const rows = schemaFieldRows(
      jsonSchema(
        z.object({
          applicant: z.object({ name: z.string().min(1).describe('姓名或者名称'), phone: z.string().optional() }),
          fees: z.array(z.object({ amountFen: z.number().int().positive() })).min(1),
          counts: z.record(z.string(), z.number().int().min(0)),
        }),
      ),
    );
    expect(rows).toEqual([
      { path: 'applicant', type: 'object', required: true, description: '' },
      { path: 'applicant.name', type: 'non-empty string', required: true, description: '姓名或者名称' },
      { path: 'applicant.phone', type: 'string', required: false, description: '' },
      { path: 'fees', type: 'array of object (at least 1)', required: true, description: '' },
      { path: 'fees[].amountFen', type: 'integer > 0', required: true, description: '' },
      { path: 'counts', type: 'map from string to integer ≥ 0', required: true, description: '' },
    ]);
  });

  it('merges the variants of a discriminated union, naming where each field applies', () => {
    const rows = schemaFieldRows(
      jsonSchema(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a'), shared: z.string(), onlyA: z.boolean() }),
          z.object({ kind: z.literal('b'), shared: z.string() }),
        ]),
      ),
    );
    expect(rows).toEqual([
      { path: 'kind', type: 'one of `a`, `b`', required: true, description: '' },
      { path: 'shared', type: 'string', required: true, description: '' },
      { path: 'onlyA', type: 'boolean', required: true, description: 'only when `kind` is `a`' },
    ]);
  });

  it('describes enums, defaults, nullable values and bounded numbers', () => {
    expect(typeOf(jsonSchema(z.enum(['paper', 'electronic'])))).toBe('one of `paper`, `electronic`');
    expect(typeOf(jsonSchema(z.number().int().min(1).max(15)))).toBe('integer 1–15');
    expect(typeOf(jsonSchema(z.string().nullable()))).toBe('string or null');
    expect(schemaFieldRows(jsonSchema(z.object({ days: z.number().default(15) })))[0]).toMatchObject({
      required: false,
      description: 'default `15`',
    });
  });

  it('renders a table and escapes pipes', () => {
    const table = schemaFieldsMarkdown(jsonSchema(z.object({ code: z.string().regex(/^a|b$/) })));
    expect(table.split('\n')).toEqual([
      '| field | type | required | description |',
      '| --- | --- | --- | --- |',
      '| `code` | string matching `^a\\|b$` | yes | — |',
    ]);
    expect(schemaFieldsMarkdown(jsonSchema(z.object({})))).toBe('No fields.');
  });
});
