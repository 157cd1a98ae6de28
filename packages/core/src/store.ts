import type { AuditEntry } from './audit.js';
import type { CaseRecord, CaseStatus } from './case-record.js';
import type { DeadlineRecord } from './deadline-record.js';
import type { FeedEntry, FeedEntryDraft, FeedQuery } from './feed.js';

/** One case written by a commit, with what the writer saw when it loaded it. */
export interface CaseWrite {
  readonly record: CaseRecord;
  /** The audit sequence the writer loaded, or null to create the case. */
  readonly expectedAuditSeq: number | null;
}

/** Everything one event changes, written atomically or not at all. */
export interface Commit {
  readonly cases: readonly CaseWrite[];
  readonly audit: readonly AuditEntry[];
  /** Upserts, keyed by (caseId, name). */
  readonly deadlines: readonly DeadlineRecord[];
  /** Event ids now used, with the result to return when the same id is sent again. */
  readonly idempotency: readonly { readonly caseId: string; readonly eventId: string; readonly result: unknown }[];
  /** Change-feed entries (an outbox), appended in the same transaction, in commit order; absent for none. */
  readonly feed?: readonly FeedEntryDraft[];
}

/** Filters of `listCases`; all given fields must match. */
export interface CaseQuery {
  readonly moduleId?: string;
  readonly state?: string;
  readonly status?: CaseStatus;
  readonly agency?: string;
  readonly parentId?: string;
  readonly limit?: number;
  /**
   * Keyset paging: only cases whose id sorts after this one (by UTF-16 code units, as JavaScript
   * compares), in id order. A page then never repeats or skips a case that existed throughout,
   * however many are opened meanwhile. `''` starts at the first id.
   */
  readonly afterId?: string;
}

/**
 * Where cases live. Every store passes the conformance suite of `@zwgk/testing`:
 * - `commit` is atomic; it throws `ZwgkError('VERSION_CONFLICT')` and writes nothing when a case's
 *   audit sequence differs from `expectedAuditSeq`, a created case exists, or an event id was used;
 * - `dueDeadlines` returns running deadlines whose `nextFireAtMs` ≤ `untilMs`, in that order
 *   (then case id, then name), served from an index, not a scan.
 */
export interface CaseStore {
  /** The case, or undefined when there is none with this id. */
  load(caseId: string): Promise<CaseRecord | undefined>;
  /** Writes everything one event changed, atomically (see above). */
  commit(commit: Commit): Promise<void>;
  /** The stored result of an event id already applied to the case, if any. */
  idempotentResult(caseId: string, eventId: string): Promise<unknown | undefined>;
  /** Every deadline of a case, whatever its status. */
  deadlinesOf(caseId: string): Promise<DeadlineRecord[]>;
  /** Running deadlines due to fire (warning or due) by `untilMs`, oldest first, at most `limit`. */
  dueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]>;
  /** Running deadlines whose warning or due instant falls in [fromMs, toMs). */
  deadlinesBetween(fromMs: number, toMs: number): Promise<DeadlineRecord[]>;
  /** Every running or paused deadline (for recomputing after a calendar change). */
  openDeadlines(): Promise<DeadlineRecord[]>;
  /** Cases matching the query. */
  listCases(query: CaseQuery): Promise<CaseRecord[]>;
  /** The case's audit trail, in sequence order. */
  audit(caseId: string): Promise<AuditEntry[]>;
  /** Ids of every case, for verifying all chains. */
  caseIds(): Promise<string[]>;
  /**
   * Change-feed entries after a cursor, in commit order: a cursor a reader has passed never gets
   * an entry later (a store that writes concurrently serialises its feed appends). Optional: a
   * store without it serves no feed.
   */
  feed?(query: FeedQuery): Promise<FeedEntry[]>;
}

/** A schema change of a durable store, applied once, in order, inside a transaction. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}
