import { type AuditEntry, type Sha256Hex, sha256Hex, verifyStoredChain } from './audit.js';
import { type AuditFinding, CaseProjection } from './case-projection.js';
import type { CaseRecord } from './case-record.js';
import { type Checkpoint, type CheckpointSigner, type CheckpointVerifier, checkpointSignedText, makeCheckpoint } from './checkpoint.js';
import type { DeadlineRecord } from './deadline-record.js';
import { ZwgkError } from './errors.js';
import type { Instant } from './events.js';
import { type LedgerLeaf, LedgerTree } from './ledger.js';
import type { CaseStore } from './store.js';

/** Options of {@link verifyStore}. */
export interface StoreVerificationOptions {
  /** A checkpoint taken earlier and kept outside the database: the store must extend it. */
  readonly since?: Checkpoint;
  /** Checks `since`'s signature; when given, an unsigned or wrongly signed checkpoint is a finding. */
  readonly verifySignature?: CheckpointVerifier;
  /**
   * Replays a case's chain through its machine and says how the stored snapshot differs (the
   * engine's replay; the CLI passes one built from the loaded rule modules). Optional: core's own
   * checks cover head, state, status, version, notices, breaches, children and deadlines.
   */
  readonly replay?: (record: CaseRecord, entries: readonly AuditEntry[]) => Promise<AuditFinding | undefined> | AuditFinding | undefined;
  /** Stops collecting after this many findings (verification still runs to the end). Default 100. */
  readonly maxFindings?: number;
  readonly digest?: Sha256Hex;
  /** How many ledger leaves to read per batch. Default 20,000. */
  readonly batchSize?: number;
}

/** What {@link verifyStore} found: ok only when there are no findings. */
export interface StoreVerification {
  readonly ok: boolean;
  readonly cases: number;
  readonly entries: number;
  /** The ledger now, unsigned, timed by the caller: what to keep for the next `since`. */
  readonly ledger: { readonly size: number; readonly root: string };
  /** The first findings, in the order found (see `maxFindings`). */
  readonly findings: readonly AuditFinding[];
  /** How many findings there were in all. */
  readonly findingCount: number;
}

/** Reads the ledger in batches, from `from` to its current end. */
async function* ledgerLeaves(store: CaseStore, size: number, batchSize: number): AsyncGenerator<LedgerLeaf> {
  for (let from = 0; from < size; from += batchSize) {
    for (const leaf of await store.ledgerLeaves(from, Math.min(size, from + batchSize))) yield leaf;
  }
}

/**
 * The current checkpoint of a store's ledger: its size and Merkle root at `at`, signed when a
 * signer is given. Pass the same `tree` on each call to read only the leaves added since.
 */
export async function takeCheckpoint(
  store: CaseStore,
  at: Instant,
  options: { sign?: CheckpointSigner; tree?: LedgerTree; digest?: Sha256Hex } = {},
): Promise<Checkpoint> {
  const size = await store.ledgerSize();
  let tree = options.tree ?? new LedgerTree(options.digest);
  // A ledger shorter than what this tree already read was rolled back under us: start over, so the
  // checkpoint says what the store holds (a later --since against an earlier one will fail).
  if (tree.size > size) tree = new LedgerTree(options.digest);
  for (let from = tree.size; from < size; from += 20_000) {
    for (const leaf of await store.ledgerLeaves(from, Math.min(size, from + 20_000))) tree.append(leaf);
  }
  return makeCheckpoint(tree.size, tree.root(), at, options.sign);
}

/**
 * Verifies a whole store against someone with write access to its database:
 * - every case's hash chain, and that its record's head (sequence and hash) is the chain's last entry;
 * - that its stored state, status, version, notices, breaches, children and deadlines are what
 *   the chain says (and, with `replay`, its machine snapshot), naming the field and the entry;
 * - that the store-wide ledger lists every case's current head, and no case that is gone;
 * - with `since`, that the ledger extends that checkpoint (same root over its first leaves), so a
 *   rolled-back, truncated, re-hashed or swapped store fails even when it is self-consistent.
 *
 * @example
 * const result = await verifyStore(store, { since: parseCheckpoint(saved) });
 * if (!result.ok) console.log(result.findings[0]); //=> { caseId: 'a', field: 'state', seq: 12, reason: '…' }
 */
export async function verifyStore(store: CaseStore, options: StoreVerificationOptions = {}): Promise<StoreVerification> {
  const digest = options.digest ?? sha256Hex;
  const maxFindings = options.maxFindings ?? 100;
  const batchSize = options.batchSize ?? 20_000;
  const findings: AuditFinding[] = [];
  let findingCount = 0;
  const report = (finding: AuditFinding) => {
    findingCount++;
    if (findings.length < maxFindings) findings.push(finding);
  };

  // 1. The ledger: its root (and the root at the checkpoint's size), and each case's last leaf.
  const size = await store.ledgerSize();
  const tree = new LedgerTree(digest);
  const lastLeaf = new Map<string, { index: number; seq: number; hash: string }>();
  const since = options.since;
  let rootAtSince: string | undefined = since?.size === 0 ? tree.root() : undefined;
  for await (const leaf of ledgerLeaves(store, size, batchSize)) {
    const index = tree.size;
    tree.append(leaf);
    const previous = lastLeaf.get(leaf.caseId);
    if (previous && leaf.seq <= previous.seq) {
      report({
        caseId: leaf.caseId,
        field: 'ledger',
        seq: leaf.seq,
        reason: `ledger leaf ${index} goes back to entry ${leaf.seq} after leaf ${previous.index} recorded entry ${previous.seq}`,
      });
    }
    lastLeaf.set(leaf.caseId, { index, seq: leaf.seq, hash: leaf.hash });
    if (since && tree.size === since.size) rootAtSince = tree.root();
  }
  const root = tree.root();

  if (since) {
    if (options.verifySignature) {
      if (since.signature === undefined)
        report({ caseId: null, field: 'checkpoint.signature', seq: null, reason: 'the checkpoint is not signed, and a key was given' });
      else if (!options.verifySignature(checkpointSignedText(since), since.signature)) {
        report({
          caseId: null,
          field: 'checkpoint.signature',
          seq: null,
          reason: 'the signature does not match the checkpoint and key: it was altered or signed by another key',
        });
      }
    }
    if (size < since.size) {
      report({
        caseId: null,
        field: 'ledger.size',
        seq: null,
        reason: `the ledger has ${size} leaves, but the checkpoint of ${since.at} had ${since.size}: leaves ${size}…${since.size - 1} are missing (the store was rolled back, truncated, or is another file)`,
      });
    } else if (rootAtSince !== since.root) {
      report({
        caseId: null,
        field: 'ledger.root',
        seq: null,
        reason: `the ledger's first ${since.size} leaves hash to ${rootAtSince}, but the checkpoint of ${since.at} says ${since.root}: leaves it held were changed or removed (a re-hashed chain with a rewritten ledger, or another file)`,
      });
    }
  }

  // 2. Every case: chain, head, the record and deadlines the chain gives, and its last ledger leaf.
  let cases = 0;
  let entries = 0;
  const brokenHeads: string[] = [];
  for (const caseId of await store.caseIds()) {
    cases++;
    let chain: AuditEntry[];
    let texts: readonly string[] | undefined;
    let record: CaseRecord | undefined;
    try {
      if (store.auditTexts) ({ entries: chain, texts } = await store.auditTexts(caseId));
      else chain = await store.audit(caseId);
      record = await store.load(caseId);
    } catch (error) {
      if (!(error instanceof ZwgkError && error.code === 'STORE_CORRUPT')) throw error;
      report({ caseId, field: 'chain', seq: typeof error.details.seq === 'number' ? error.details.seq : null, reason: error.message });
      lastLeaf.delete(caseId);
      continue;
    }
    entries += chain.length;
    const verdict = verifyStoredChain(caseId, chain, texts, digest);
    if (!verdict.ok) report({ caseId, field: 'chain', seq: verdict.seq, reason: verdict.reason });
    if (!record) continue;
    const projection = new CaseProjection();
    for (const entry of chain) projection.add(entry);
    let deadlines: DeadlineRecord[];
    try {
      deadlines = await store.deadlinesOf(caseId);
    } catch (error) {
      if (!(error instanceof ZwgkError && error.code === 'STORE_CORRUPT')) throw error;
      report({ caseId, field: 'deadlines', seq: null, reason: error.message });
      deadlines = [];
    }
    for (const finding of projection.compare(record, deadlines)) report(finding);
    if (options.replay && verdict.ok) {
      const finding = await options.replay(record, chain);
      if (finding) report(finding);
    }
    const leaf = lastLeaf.get(caseId);
    lastLeaf.delete(caseId);
    const head = projection.head;
    if (!leaf) {
      if (chain.length > 0)
        report({
          caseId,
          field: 'ledger',
          seq: head.seq,
          reason: 'the case is stored, but the ledger never recorded it (added outside the engine, or its ledger leaves were removed)',
        });
    } else if (leaf.seq !== head.seq || leaf.hash !== head.hash) {
      brokenHeads.push(caseId);
      report({
        caseId,
        field: 'ledger',
        seq: Math.min(leaf.seq, head.seq + 1),
        reason:
          leaf.seq > head.seq
            ? `ledger leaf ${leaf.index} records entry ${leaf.seq}, but the chain ends at entry ${head.seq}: entries ${head.seq + 1}…${leaf.seq} were removed`
            : leaf.seq < head.seq
              ? `the chain runs to entry ${head.seq}, but the ledger's last leaf for it (${leaf.index}) is entry ${leaf.seq}: entries after it were added outside the engine`
              : `entry ${leaf.seq}'s hash differs from ledger leaf ${leaf.index}: the chain was re-hashed`,
      });
    }
  }
  for (const [caseId, leaf] of lastLeaf) {
    report({
      caseId,
      field: 'case',
      seq: leaf.seq,
      reason: `the ledger records the case (leaf ${leaf.index}, entry ${leaf.seq}), but the store no longer holds it: it was deleted`,
    });
  }
  // 3. A store's own redundancy: indexed columns must say what the JSON beside them says.
  if (store.indexDrift) for (const finding of await store.indexDrift()) report(finding);
  // 4. For a re-hashed chain, name the first entry whose hash the ledger recorded differently.
  if (brokenHeads.length > 0) await nameRehashedEntries(store, size, batchSize, brokenHeads.slice(0, 10), report);

  return { ok: findingCount === 0, cases, entries, ledger: { size, root }, findings, findingCount };
}

/** A second pass over the ledger for a few broken cases: the first leaf whose hash the chain no longer has. */
async function nameRehashedEntries(
  store: CaseStore,
  size: number,
  batchSize: number,
  caseIds: readonly string[],
  report: (finding: AuditFinding) => void,
): Promise<void> {
  const chains = new Map<string, AuditEntry[]>();
  for (const caseId of caseIds) chains.set(caseId, await store.audit(caseId));
  const named = new Set<string>();
  const lastGood = new Map<string, number>();
  let index = 0;
  for await (const leaf of ledgerLeaves(store, size, batchSize)) {
    const chain = chains.get(leaf.caseId);
    if (chain && !named.has(leaf.caseId)) {
      const entry = chain[leaf.seq - 1];
      if (entry && entry.hash !== leaf.hash) {
        named.add(leaf.caseId);
        const from = (lastGood.get(leaf.caseId) ?? 0) + 1;
        report({
          caseId: leaf.caseId,
          field: 'chain',
          seq: from,
          reason: `entry ${leaf.seq} is not the entry ledger leaf ${index} recorded: an entry in ${from}…${leaf.seq} was changed and the chain re-hashed from there on`,
        });
      } else if (entry) lastGood.set(leaf.caseId, leaf.seq);
    }
    index++;
  }
}
