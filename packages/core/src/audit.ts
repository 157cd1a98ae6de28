import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ZwgkError } from './errors.js';
import type { Actor, Instant } from './events.js';
import type { CaseStore } from './store.js';

/** What an audit entry records. */
export type AuditKind =
  | 'case.opened'
  | 'event.applied'
  | 'event.rejected'
  | 'engine.event'
  | 'deadline.changed'
  | 'deadline.warned'
  | 'deadline.fell-due'
  | 'deadline.recomputed'
  | 'notice.sent'
  | 'breach.recorded'
  | 'child.opened'
  | 'case.closed'
  | 'case.ended';

/** What an audit entry says, before it is chained. */
export interface AuditFacts {
  readonly kind: AuditKind;
  /** The legal instant of what happened. */
  readonly at: Instant;
  readonly actor?: Actor;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An entry of a case's append-only, hash-chained audit trail. */
export interface AuditEntry extends AuditFacts {
  readonly caseId: string;
  /** 1, 2, 3, … within the case. */
  readonly seq: number;
  /** When the engine wrote it, by its clock (may be later than `at`). */
  readonly recordedAt: Instant;
  readonly prevHash: string;
  /** SHA-256 of the previous hash and the canonical JSON (RFC 8785) of the entry without its hash. */
  readonly hash: string;
}

/** The hash before the first entry of every case. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * RFC 8785 canonical JSON: keys sorted by UTF-16 code units, no insignificant space, numbers as
 * ECMAScript prints them, undefined members skipped, so the same entry always hashes the same.
 * Written here rather than taken from `canonicalize` because that package builds its output by
 * repeated string concatenation, which dominated the engine's per-event cost; a test checks
 * that both agree.
 */
export function canonicalJson(value: unknown): string {
  // Plain data whose keys are already in order (what the engine writes) is exactly what native
  // JSON.stringify prints: same number and string forms, same skipped members. Anything else
  // (unsorted keys, toJSON, class instances, non-finite numbers) takes the general writer.
  if (isSortedPlain(value)) return JSON.stringify(value);
  return generalCanonicalJson(value);
}

/**
 * canonicalJson's general writer alone, without the fast path. Not part of the package's API: the
 * fast-path test checks that both print the same text for any value.
 */
export function generalCanonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

/**
 * True when JSON.stringify(value) is already its canonical form: only null, booleans, strings,
 * finite numbers, dense arrays and plain objects (prototype Object or null, no toJSON) whose own
 * keys are listed in code-unit order. Object.keys lists keys in the order JSON.stringify prints
 * them (integer-like keys first), so checking that list checks the output.
 */
/** Plain JSON data with every object's keys in code-unit order: what JSON.stringify prints canonically as it is. */
export function isSortedPlain(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto === Array.prototype) {
        const array = value as unknown[];
        for (let i = 0; i < array.length; i++) {
          if (!(i in array)) return false;
          const item = array[i];
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
          if (!isSortedPlain(item)) return false;
        }
        return true;
      }
      if (proto !== Object.prototype && proto !== null) return false;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
      let previous: string | undefined;
      // for…in walks the same keys in the same order as Object.keys without building an array;
      // an inherited enumerable key (a polluted prototype) takes the general writer.
      for (const key in value) {
        if (!Object.hasOwn(value, key)) return false;
        if (previous !== undefined && previous > key) return false;
        previous = key;
        const member = (value as Record<string, unknown>)[key];
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        if (!isSortedPlain(member)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function write(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not allowed`);
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError('canonicalJson: value is not serialisable');
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint is not serialisable');
    parts.push(JSON.stringify(value));
    return;
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') {
    write(withToJson.toJSON(), parts);
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, i) => {
      if (i > 0) parts.push(',');
      write(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, parts);
    });
    parts.push(']');
    return;
  }
  parts.push('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    if (!first) parts.push(',');
    first = false;
    parts.push(JSON.stringify(key), ':');
    write(member, parts);
  }
  parts.push('}');
}

/** SHA-256 of a UTF-8 string, as lowercase hex. */
export type Sha256Hex = (text: string) => string;

interface NodeCrypto {
  hash?: (algorithm: string, data: string, encoding: 'hex') => string;
  createHash: (algorithm: string) => { update(text: string): { digest(encoding: 'hex'): string } };
}

/**
 * Node's native crypto, reached without a static import so bundles for other runtimes still load
 * (`process.getBuiltinModule` exists from Node 20.16; older hosts and browsers get undefined).
 */
function nativeCrypto(): NodeCrypto | undefined {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return host?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

const native = nativeCrypto();

/**
 * The default SHA-256: Node's native one where the host has it (an order of magnitude faster per
 * audit entry), else pure-JS @noble/hashes, so core runs anywhere. Both give the same chain; a
 * host may still pass its own to `createEngine({ sha256 })`.
 */
export const sha256Hex: Sha256Hex = native?.hash
  ? (text) => native.hash!('sha256', text, 'hex')
  : native
    ? (text) => native.createHash('sha256').update(text).digest('hex')
    : (text) => bytesToHex(sha256(utf8ToBytes(text)));

/** The hash of an entry: SHA-256 of the previous hash followed by the entry's canonical JSON. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>, digest: Sha256Hex = sha256Hex): string {
  // The engine builds entries with their fields in code-unit order (see chainEntry), so the usual
  // entry is one native JSON.stringify; an entry read back with its fields in another order takes
  // canonicalJson's general writer. Both print the same text.
  return digest(entry.prevHash + canonicalJson(entry));
}

/** Appends facts to a chain whose head is (`seq`, `hash`). */
export function chainEntry(
  caseId: string,
  head: { seq: number; hash: string },
  facts: AuditFacts,
  recordedAt: Instant,
  digest: Sha256Hex = sha256Hex,
): AuditEntry {
  // Fields in code-unit order (actor, at, caseId, data, kind, prevHash, recordedAt, seq), so the
  // canonical text is the plain JSON text. Canonical JSON skips undefined fields (an entry without
  // an actor), as JSON does, so the hash survives a store's round trip.
  const { actor, at, data, kind } = facts;
  const seq = head.seq + 1;
  const prevHash = head.hash;
  const entry: Record<string, unknown> =
    actor === undefined
      ? { at, caseId, data, kind, prevHash, recordedAt, seq }
      : { actor, at, caseId, data, kind, prevHash, recordedAt, seq };
  // The hash covers the entry before it has one; the object is new, so it takes its hash in place.
  entry.hash = hashEntry(entry as unknown as Omit<AuditEntry, 'hash'>, digest);
  return entry as unknown as AuditEntry;
}

/** The result of checking a hash chain: how many entries, and the first broken one with why. */
export type AuditVerification =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly entries: number; readonly caseId: string; readonly seq: number; readonly reason: string };

/** Checks one case's chain from its first entry; names the first entry that does not chain. */
export function verifyChain(caseId: string, entries: readonly AuditEntry[], digest: Sha256Hex = sha256Hex): AuditVerification {
  return verifyStoredChain(caseId, entries, undefined, digest);
}

/**
 * {@link verifyChain} for a chain read from a store that keeps entries as JSON text, given the
 * texts the entries were parsed from (`entries[i]` is `JSON.parse(texts[i])`): an entry written by
 * the engine is its canonical body followed by its hash, so the body's hash is taken on the text
 * itself, without printing the entry again. A text in another form falls back to the parsed entry.
 */
export function verifyStoredChain(
  caseId: string,
  entries: readonly AuditEntry[],
  texts: readonly string[] | undefined,
  digest: Sha256Hex = sha256Hex,
): AuditVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const broken = (reason: string): AuditVerification => ({ ok: false, entries: entries.length, caseId, seq: entry.seq ?? i + 1, reason });
    if (entry.caseId !== caseId) return broken(`entry belongs to case ${entry.caseId}`);
    if (entry.seq !== i + 1) return broken(`sequence ${entry.seq} where ${i + 1} was expected`);
    if (entry.prevHash !== prev) return broken('prevHash does not match the hash of the entry before');
    const text = texts?.[i];
    if (text === undefined || storedBodyHash(text, entry, digest) !== entry.hash) {
      // The general path: the canonical text of the parsed entry (a text written in another form,
      // or one that was changed, lands here and is judged on its content).
      const { hash, ...body } = entry;
      let expected: string;
      try {
        expected = hashEntry(body, digest);
      } catch {
        return broken('entry is not serialisable');
      }
      if (hash !== expected) return broken('hash does not match the entry: it was changed after it was written');
    }
    prev = entry.hash;
  }
  return { ok: true, entries: entries.length };
}

/**
 * The hash of a stored entry's body taken from its text, when the text ends with the entry's own
 * hash as its last member (`…,"hash":"<hex>"}`, as `JSON.stringify` writes an entry from
 * {@link chainEntry}); otherwise undefined. When it equals the entry's hash, the text before that
 * member is exactly the body that was hashed, so the parsed entry is that body plus its hash.
 */
function storedBodyHash(text: string, entry: AuditEntry, digest: Sha256Hex): string | undefined {
  const suffix = `,"hash":"${entry.hash}"}`;
  if (typeof entry.hash !== 'string' || !text.endsWith(suffix)) return undefined;
  return digest(`${entry.prevHash}${text.slice(0, text.length - suffix.length)}}`);
}

/**
 * Verifies the chains of the given cases (default: every case in the store), in order, and names
 * the first entry that does not chain — including a stored row that no longer parses and a case
 * whose audit head does not match its stored entries.
 */
export async function verifyStoreAudit(
  store: CaseStore,
  caseIds?: readonly string[],
  digest: Sha256Hex = sha256Hex,
): Promise<AuditVerification> {
  let entries = 0;
  for (const id of caseIds ?? (await store.caseIds())) {
    let verdict: AuditVerification;
    try {
      verdict = verifyChain(id, await store.audit(id), digest);
    } catch (error) {
      if (!(error instanceof ZwgkError && error.code === 'STORE_CORRUPT')) throw error;
      return { ok: false, entries, caseId: id, seq: Number(error.details.seq ?? 0), reason: error.message };
    }
    if (!verdict.ok) return { ...verdict, entries: entries + verdict.entries };
    const record = await store.load(id);
    if (record && record.auditSeq !== verdict.entries) {
      return {
        ok: false,
        entries,
        caseId: id,
        seq: verdict.entries + 1,
        reason: `the case's audit head is ${record.auditSeq} but ${verdict.entries} entries are stored`,
      };
    }
    entries += verdict.entries;
  }
  return { ok: true, entries };
}
