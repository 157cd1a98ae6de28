// The row helpers both SQL stores use: the filters of a case query, a grouped count's tally, and a
// stored JSON column (text, or jsonb already parsed; text that does not parse is STORE_CORRUPT).
import { caseQueryFilters, parseStoredJson, tallyCases } from '@zwgk/core';
import { describe, expect, it } from 'vitest';

describe('the SQL stores’ row helpers', () => {
  it('turn a case query into its filters on the indexed columns, in a fixed order, leaving out what it does not set', () => {
    expect(caseQueryFilters({ openedTo: '2021-01-01T00:00:00+08:00', moduleId: 'disclosure-request', limit: 5, afterId: 'a' })).toEqual([
      { key: 'moduleId', column: 'module_id', op: '=', value: 'disclosure-request' },
      { key: 'openedTo', column: 'opened_at', op: '<', value: '2021-01-01T00:00:00+08:00' },
    ]);
    expect(caseQueryFilters({})).toEqual([]);
  });

  it('sum the rows of a count grouped by status and state', () => {
    const rows = [
      { status: 'open', state: 'answering', n: 2 },
      { status: 'done', state: 'disclosed', n: 3 },
      { status: 'done', state: 'refused', n: 1 },
    ];
    expect(tallyCases(rows)).toEqual({ total: 6, byStatus: { open: 2, done: 4 }, byState: { answering: 2, disclosed: 3, refused: 1 } });
  });

  it('read a stored JSON column, and say which one does not parse', () => {
    expect(parseStoredJson('{"a":1}', 'case c', { caseId: 'c' })).toEqual({ a: 1 });
    expect(parseStoredJson({ a: 1 }, 'case c', { caseId: 'c' })).toEqual({ a: 1 });
    expect(() => parseStoredJson('{broken', 'case c: its stored record', { caseId: 'c' })).toThrow(
      expect.objectContaining({
        code: 'STORE_CORRUPT',
        message: 'case c: its stored record does not parse as JSON',
        details: { caseId: 'c' },
      }),
    );
  });
});
