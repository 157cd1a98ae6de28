import { canonicalJson } from '@zwgk/core';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generalCanonicalJson } from '../src/audit.js';

describe('canonicalJson (RFC 8785)', () => {
  it('agrees with the canonicalize package on random JSON values, with and without its fast path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
        expect(generalCanonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts keys, skips undefined members and writes no space', () => {
    expect(canonicalJson({ b: 1, a: [1, 'x', null], c: undefined, 中: '文' })).toBe('{"a":[1,"x",null],"b":1,"中":"文"}');
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
