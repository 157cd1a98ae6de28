import { booleanParameter, type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';

const label = { zh: '须听取每一名责任人的陈述和申辩', en: 'hear every responsible person before deciding' };

describe('booleanParameter', () => {
  it('declares the default, the label and the reason, with a schema that accepts only true or false', () => {
    const spec = booleanParameter(true, { label, why: '第八条 does not say.' });
    expect(spec).toEqual({ label, default: true, schema: expect.anything(), why: '第八条 does not say.' });
    expect(Object.keys(spec)).toEqual(['label', 'default', 'schema', 'why']);
    expect(spec.schema.parse(false)).toBe(false);
    expect(spec.schema.safeParse('true').success).toBe(false);
    expect(booleanParameter(false, { label, why: '' }).default).toBe(false);
  });

  it('gives a parameter table its values type: boolean', () => {
    const parameters = { hearEveryone: booleanParameter(true, { label, why: '' }) } as const;
    expectTypeOf<ParameterValues<typeof parameters>>().toEqualTypeOf<{ readonly hearEveryone: boolean }>();
  });
});

describe('workingDaysParameter', () => {
  it('accepts whole working days from 1 to 60', () => {
    const spec = workingDaysParameter(15, { label, why: '' });
    expect(spec.default).toBe(15);
    expect([1, 60].map((days) => spec.schema.safeParse(days).success)).toEqual([true, true]);
    expect([0, 61, 1.5].map((days) => spec.schema.safeParse(days).success)).toEqual([false, false, false]);
  });
});
