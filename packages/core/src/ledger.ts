import { canonicalJson, type Sha256Hex, sha256Hex } from './audit.js';

/**
 * One leaf of a store's ledger: a case's new audit head, appended by the commit that wrote it.
 * The ledger lists every head of every case in commit order, so a deleted case, a truncated or
 * re-hashed chain no longer matches it, and a checkpoint of the ledger (its size and Merkle root)
 * kept outside the database anchors all of them at once.
 */
export interface LedgerLeaf {
  readonly caseId: string;
  /** The case's audit sequence after the commit. */
  readonly seq: number;
  /** The hash of the case's audit entry `seq`. */
  readonly hash: string;
}

/**
 * A leaf's hash, as RFC 9162 §2.1.1 defines it: SHA-256 of a 0x00 byte then the leaf's data
 * (here its canonical JSON), so a leaf can never be passed off as an interior node.
 */
export function ledgerLeafHash(leaf: LedgerLeaf, digest: Sha256Hex = sha256Hex): string {
  // The canonical JSON of { caseId, hash, seq }, written out: keys in order, one string escaped.
  return digest(`\u0000{"caseId":${JSON.stringify(leaf.caseId)},"hash":${JSON.stringify(leaf.hash)},"seq":${canonicalJson(leaf.seq)}}`);
}

/**
 * An interior node's hash: SHA-256 of a 0x01 byte then both children. RFC 9162 concatenates the
 * children's 32 raw bytes; core hashes text (it is pure and hashes through {@link Sha256Hex}), so
 * here the children are concatenated as lowercase hex. The tree's shape is RFC 9162's.
 */
export function ledgerNodeHash(left: string, right: string, digest: Sha256Hex = sha256Hex): string {
  return digest(`\u0001${left}${right}`);
}

/** The root of the empty ledger: SHA-256 of nothing, as in RFC 9162. */
export const EMPTY_LEDGER_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The Merkle tree of a ledger kept as its frontier: the roots of the perfect subtrees its leaves
 * fill, largest first (at most log₂ n hashes). Appending costs one leaf hash and, on average, one
 * node hash; the root folds the frontier. Used to compute a checkpoint in one pass over the
 * leaves, and to read the root at an earlier size on the way (`--since`).
 */
export class LedgerTree {
  #size = 0;
  // [subtree size, subtree root], sizes strictly decreasing powers of two.
  readonly #frontier: [number, string][] = [];

  constructor(private readonly digest: Sha256Hex = sha256Hex) {}

  /** How many leaves the tree holds. */
  get size(): number {
    return this.#size;
  }

  /** Appends a leaf by its data. */
  append(leaf: LedgerLeaf): void {
    this.appendHash(ledgerLeafHash(leaf, this.digest));
  }

  /** Appends a leaf by its leaf hash. */
  appendHash(leafHash: string): void {
    let node: [number, string] = [1, leafHash];
    // Merge equal-sized subtrees from the right, as binary addition carries.
    while (this.#frontier.length > 0 && this.#frontier[this.#frontier.length - 1]![0] === node[0]) {
      const [size, left] = this.#frontier.pop()!;
      node = [size * 2, ledgerNodeHash(left, node[1], this.digest)];
    }
    this.#frontier.push(node);
    this.#size++;
  }

  /** RFC 9162's MTH of the leaves appended so far. */
  root(): string {
    if (this.#frontier.length === 0) return EMPTY_LEDGER_ROOT;
    // The rightmost (smallest) subtree hangs lowest: fold from the right.
    let hash = this.#frontier[this.#frontier.length - 1]![1];
    for (let i = this.#frontier.length - 2; i >= 0; i--) hash = ledgerNodeHash(this.#frontier[i]![1], hash, this.digest);
    return hash;
  }
}

/** RFC 9162's MTH over a list of leaf hashes. */
export function merkleRoot(leafHashes: readonly string[], digest: Sha256Hex = sha256Hex): string {
  const tree = new LedgerTree(digest);
  for (const hash of leafHashes) tree.appendHash(hash);
  return tree.root();
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * RFC 9162 §2.1.4's consistency proof that the first `oldSize` leaves are a prefix of all of
 * `leafHashes`: the hashes an auditor who holds only the old checkpoint needs to check a new one.
 */
export function consistencyProof(leafHashes: readonly string[], oldSize: number, digest: Sha256Hex = sha256Hex): string[] {
  const n = leafHashes.length;
  if (!Number.isInteger(oldSize) || oldSize < 0 || oldSize > n) throw new RangeError(`oldSize must be within 0…${n}, got ${oldSize}`);
  if (oldSize === 0 || oldSize === n) return [];
  const subproof = (m: number, leaves: readonly string[], complete: boolean): string[] => {
    const size = leaves.length;
    if (m === size) return complete ? [] : [merkleRoot(leaves, digest)];
    const k = largestPowerOfTwoBelow(size);
    if (m <= k) return [...subproof(m, leaves.slice(0, k), complete), merkleRoot(leaves.slice(k), digest)];
    return [...subproof(m - k, leaves.slice(k), false), merkleRoot(leaves.slice(0, k), digest)];
  };
  return subproof(oldSize, leafHashes, true);
}

/**
 * Checks an RFC 9162 §2.1.4.2 consistency proof: true when a tree of `newSize` leaves with root
 * `newRoot` extends the tree of `oldSize` leaves with root `oldRoot`.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: string,
  newRoot: string,
  proof: readonly string[],
  digest: Sha256Hex = sha256Hex,
): boolean {
  if (oldSize > newSize || oldSize < 0) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot === newRoot;
  if (oldSize === 0) return proof.length === 0;
  const path = [...proof];
  // When the old tree is a perfect left subtree, its root is the proof's implicit first node.
  if ((oldSize & (oldSize - 1)) === 0) path.unshift(oldRoot);
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn & 1) {
    fn >>>= 1;
    sn >>>= 1;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      fr = ledgerNodeHash(c, fr, digest);
      sr = ledgerNodeHash(c, sr, digest);
      if (!(fn & 1)) {
        while (!(fn & 1) && fn !== 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      }
    } else {
      sr = ledgerNodeHash(sr, c, digest);
    }
    fn >>>= 1;
    sn >>>= 1;
  }
  return sn === 0 && fr === oldRoot && sr === newRoot;
}
