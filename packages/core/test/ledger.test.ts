import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  consistencyProof,
  EMPTY_LEDGER_ROOT,
  LedgerTree,
  ledgerLeafHash,
  ledgerNodeHash,
  merkleRoot,
  sha256Hex,
  verifyConsistency,
} from '../src/index.js';

/** RFC 9162 §2.1.1's MTH, written out recursively, as the reference. */
function mth(leaves: readonly string[]): string {
  if (leaves.length === 0) return sha256Hex('');
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return ledgerNodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const leaves = (n: number) =>
  Array.from({ length: n }, (_, i) => ledgerLeafHash({ caseId: `XJ-${i}`, seq: i + 1, hash: sha256Hex(String(i)) }));

describe('the store ledger (RFC 9162 Merkle tree)', () => {
  it('hashes a leaf as 0x00 and its canonical JSON, so a leaf is never an interior node', () => {
    const leaf = { caseId: 'XJ-"1"', seq: 3, hash: 'ab'.repeat(32) };
    expect(ledgerLeafHash(leaf)).toBe(sha256Hex(`\u0000${canonicalJson(leaf)}`));
    expect(ledgerNodeHash('a', 'b')).toBe(sha256Hex('\u0001ab'));
  });

  it('gives the empty tree the hash of nothing and any tree the recursive MTH, appended leaf by leaf', () => {
    expect(merkleRoot([])).toBe(EMPTY_LEDGER_ROOT);
    expect(EMPTY_LEDGER_ROOT).toBe(sha256Hex(''));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), (n) => {
        const hashes = leaves(n);
        const tree = new LedgerTree();
        hashes.forEach((h) => tree.appendHash(h));
        expect(tree.size).toBe(n);
        expect(tree.root()).toBe(mth(hashes));
      }),
      { numRuns: 40 },
    );
  });

  it('proves every prefix consistent with the whole tree, and refuses it when a leaf of the old tree was changed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, m]) => {
          const hashes = leaves(n);
          const proof = consistencyProof(hashes, m);
          const [oldRoot, newRoot] = [merkleRoot(hashes.slice(0, m)), merkleRoot(hashes)];
          expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
          if (m > 0 && m < n) {
            const changed = [...hashes];
            changed[m - 1] = sha256Hex('rewritten');
            expect(verifyConsistency(m, n, merkleRoot(changed.slice(0, m)), newRoot, proof)).toBe(false);
            expect(verifyConsistency(m, n, oldRoot, merkleRoot(changed), consistencyProof(changed, m))).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
