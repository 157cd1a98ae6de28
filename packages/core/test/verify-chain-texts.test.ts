import { type AuditEntry, chainEntry, GENESIS_HASH, verifyChain } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../src/audit.js';

// verifyStoredChain: verifyChain with the stored texts beside the parsed entries: the body's hash is taken from the
// text when the text is what the engine wrote, and from the parsed entry otherwise, so a text's
// form never decides the verdict, only its content does.

const at = '2019-09-27T10:00:00+08:00';
function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < n; i++) {
    const entry = chainEntry(
      'c1',
      head,
      { kind: 'event.applied', at, data: { event: { type: 'x', payload: { hash: 'not the hash', n: i } } } },
      at,
    );
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return entries;
}
const stored = (entries: readonly AuditEntry[]) => entries.map((e) => JSON.stringify(e));
/** The same members written in reverse key order: equal content, not the engine's form. */
const reordered = (entry: AuditEntry) => JSON.stringify(Object.fromEntries(Object.entries(entry).reverse()));

describe('verifyStoredChain over stored texts', () => {
  const entries = chain(4);
  const cases: Array<{ name: string; texts: string[]; parsed?: AuditEntry[]; expected: object }> = [
    { name: 'the texts the engine wrote', texts: stored(entries), expected: { ok: true, entries: 4 } },
    {
      name: 'a text rewritten in another key order, same content',
      texts: [...stored(entries.slice(0, 2)), reordered(entries[2]!), ...stored(entries.slice(3))],
      expected: { ok: true, entries: 4 },
    },
    {
      name: 'an entry whose content was changed (text and parsed entry agree)',
      texts: stored(entries).map((t, i) => (i === 1 ? t.replace('"n":1', '"n":7') : t)),
      expected: { ok: false, seq: 2, reason: expect.stringContaining('hash does not match') },
    },
    {
      name: 'a text with whitespace added, content unchanged',
      texts: stored(entries).map((t, i) => (i === 3 ? t.replace('"kind":', ' "kind": ') : t)),
      expected: { ok: true, entries: 4 },
    },
  ];
  it.each(cases)('$name', ({ texts, expected }) => {
    const parsed = texts.map((t) => JSON.parse(t) as AuditEntry);
    expect(verifyStoredChain('c1', parsed, texts)).toMatchObject(expected);
    // The verdict is the one the parsed entries alone give.
    expect(verifyChain('c1', parsed)).toMatchObject(expected);
  });
});
