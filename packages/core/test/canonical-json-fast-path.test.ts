// The audit chain's fast paths (native JSON.stringify for data already in canonical key order, entries
// built with their fields in that order) must print exactly what the general RFC 8785 writer prints, or
// stored chains would stop verifying. The reference is that writer (canonical-json.test.ts checks it
// against the canonicalize package).

import { type AuditFacts, canonicalJson, chainEntry, hashEntry, sha256Hex } from '@zwgk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generalCanonicalJson as reference } from '../src/audit.js';

/** The same value with every plain object's keys inserted in code-unit order (the fast path's input). */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedDeep((value as Record<string, unknown>)[key]);
  return out;
}

/** What each writer does with a value: its text, or the class of error it throws. */
function outcome(fn: (v: unknown) => string, value: unknown): string {
  try {
    return `ok:${fn(value)}`;
  } catch (error) {
    return `throws:${(error as Error).constructor.name}`;
  }
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 4,
});
const entryKey = fc.constantFrom(
  'actor',
  'at',
  'caseId',
  'data',
  'kind',
  'prevHash',
  'recordedAt',
  'seq',
  'hash',
  'extra',
  '1',
  '10',
  'é',
  '中',
);

describe('canonicalJson fast path', () => {
  it('prints what the general writer prints for any value, sorted or not', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(outcome(canonicalJson, value)).toBe(outcome(reference, value));
        const sorted = sortedDeep(value);
        expect(outcome(canonicalJson, sorted)).toBe(outcome(reference, sorted));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints what the general writer prints for JSON data in canonical key order, including integer-like keys', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom('0', '1', '10', '9', 'a', 'B', '_', 'é', '😀', '\u0000'), fc.jsonValue()),
        (json, keyed) => {
          for (const value of [sortedDeep(json), sortedDeep(keyed), [sortedDeep(keyed), undefined, () => 1]])
            expect(canonicalJson(value)).toBe(reference(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hashes an entry as SHA-256 of its previous hash and the reference canonical form of the entry', () => {
    fc.assert(
      fc.property(fc.dictionary(entryKey, fc.jsonValue()), fc.string(), (body, prevHash) => {
        const entry = { ...body, prevHash } as never;
        expect(hashEntry(entry)).toBe(sha256Hex(prevHash + reference(entry)));
      }),
      { numRuns: 1000 },
    );
  });

  it('chains facts as the spread-and-hash it replaces, with the fields in canonical order', () => {
    const facts = fc.record(
      {
        kind: fc.constant('event.applied' as const),
        at: fc.string(),
        actor: fc.option(fc.record({ id: fc.string(), role: fc.string() }), { nil: undefined }),
        data: fc.dictionary(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: ['kind', 'at', 'data'] },
    );
    fc.assert(
      fc.property(facts, fc.nat(), fc.string(), (f, seq, recordedAt) => {
        const head = { seq, hash: 'f'.repeat(64) };
        const body = { caseId: 'c-1', seq: seq + 1, recordedAt, prevHash: head.hash, ...f };
        if (body.actor === undefined) delete body.actor; // JSON has no undefined: an entry without an actor has no actor field
        const expected = { ...body, hash: sha256Hex(head.hash + reference(body)) };
        const entry = chainEntry('c-1', head, f as AuditFacts, recordedAt);
        expect(entry).toStrictEqual(expected);
        // Written in code-unit order, so an entry with sorted data is its own canonical text; the hash comes last.
        const fields = Object.keys(entry);
        expect(fields).toEqual([...fields.slice(0, -1).sort(), 'hash']);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores a polluted Object.prototype as JSON does: inherited keys never reach the text', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.zzPolluted = 'x';
    try {
      const value = { a: 1, b: { c: [1, { d: '某' }] } };
      expect(canonicalJson(value)).toBe(reference(value));
      expect(canonicalJson(value)).toBe('{"a":1,"b":{"c":[1,{"d":"某"}]}}');
    } finally {
      delete proto.zzPolluted;
    }
  });
});
