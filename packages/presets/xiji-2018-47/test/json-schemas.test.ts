import { moduleJsonSchemas } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { describe, expect, it } from 'vitest';

describe('JSON Schemas generated from the zod schemas', () => {
  it.each(xiji2018No47.modules.map((m) => [m.id, m] as const))(
    '%s: input, every event payload and every notice with a schema',
    (_id, module) => {
      const schemas = moduleJsonSchemas(module);
      expect(Object.keys(schemas.events).sort()).toEqual(Object.keys(module.events).sort());
      for (const { payload, roles } of Object.values(schemas.events)) {
        expect(payload).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
        expect(roles.length).toBeGreaterThan(0);
      }
      expect(schemas.input).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
      expect(JSON.parse(JSON.stringify(schemas))).toEqual(schemas);
    },
  );

  it('describes a payload field by field (依申请公开 extension: a reason, at most 15 working days)', () => {
    const extension = moduleJsonSchemas(xiji2018No47.modules.find((m) => m.id === 'disclosure-request')!).events['reply.extended']!;
    expect(extension.roles).toEqual(['officeHead']);
    expect(extension.payload).toMatchObject({
      type: 'object',
      properties: { reason: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 15 } },
      required: ['reason'],
    });
  });
});
