import type { AuditEntry } from './audit.js';
import type { AuditFinding } from './case-projection.js';
import type { CaseRecord, CaseStatus } from './case-record.js';
import type { DeadlineRecord } from './deadline-record.js';
import type { Instant } from './events.js';
import type { FeedEntry, FeedEntryDraft, FeedQuery } from './feed.js';
import type { LedgerLeaf } from './ledger.js';

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
  /** The case's title (the OA system's key of the matter, e.g. the website's name). */
  readonly title?: string;
  /** Opened at or after this instant (normalised to +08:00, as the engine writes instants). */
  readonly openedFrom?: Instant;
  /** Opened before this instant. */
  readonly openedTo?: Instant;
  readonly limit?: number;
  /**
   * Keyset paging: only cases whose id sorts after this one (by UTF-16 code units, as JavaScript
   * compares), in id order. A page then never repeats or skips a case that existed throughout,
   * however many are opened meanwhile. `''` starts at the first id.
   */
  readonly afterId?: string;
}

/**
 * Filters of `countCases`: the cases of a module, agency and period (all given fields must match);
 * `deadlines: true` also counts their deadlines' results (a join: slower than the case counts).
 */
export type CaseCountQuery = Omit<CaseQuery, 'limit' | 'parentId'> & { readonly deadlines?: boolean };

/** How many cases match a {@link CaseCountQuery}, by status and state, with their deadlines' results. */
export interface CaseCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** By state: the final state of a closed case (its outcome), the current one of an open case. */
  readonly byState: Readonly<Record<string, number>>;
  /** By deadline name (a keyed family under its name), then outcome (`met`, `missed`, …; `open` while it runs or is paused); empty unless asked. */
  readonly deadlines: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One case as a facts query lists it (what a module may read of another case). */
export interface CaseSummary {
  readonly id: string;
  readonly moduleId: string;
  readonly agency: string | null;
  readonly title: string | null;
  readonly status: CaseStatus;
  readonly state: string;
  readonly openedAt: Instant;
  readonly closedAt: Instant | null;
}

/**
 * A read-only question about other cases that an event may ask (EventSpec `facts`): counts of
 * cases (by status, state and deadline result) or the list of cases matching the filters, e.g.
 * this year's earlier take-downs of the same website (`title`). Counts include the asking case
 * when it matches; bound the period with `openedTo` for the cases opened before it.
 */
export type FactsQuery =
  | ({ readonly kind: 'count' } & CaseCountQuery)
  | ({ readonly kind: 'list'; readonly limit?: number } & CaseCountQuery);

/** The store's answer to a {@link FactsQuery}, written into the event (and so the audit): replay needs no store. */
export type FactsAnswer = CaseCounts | { readonly cases: readonly CaseSummary[] };

/**
 * Where cases live. Every store passes the conformance suite of `@zwgk/testing`:
 * - `commit` is atomic; it throws `ZwgkError('VERSION_CONFLICT')` and writes nothing when a case's
 *   audit sequence differs from `expectedAuditSeq`, a created case exists, or an event id was used;
 * - `dueDeadlines` returns running deadlines whose `nextFireAtMs` ≤ `untilMs`, in that order
 *   (then case id, then name), served from an index, not a scan;
 * - `commit` appends to the store-wide ledger one leaf per case whose audit head it moved
 *   (case id, new sequence, new hash), in commit order, in the same transaction.
 */
export interface CaseStore {
  /** The case, or undefined when there is none with this id. */
  load(caseId: string): Promise<CaseRecord | undefined>;
  /** Writes everything one event changed, atomically (see above). */
  commit(commit: Commit): Promise<void>;
  /** The stored result of an event id already applied to the case, if any. */
  idempotentResult(caseId: string, eventId: string): Promise<unknown | undefined>;
  /**
   * Optional, for stores whose reads cost a round trip or a read transaction: lets one event's
   * reads of the case (`deadlinesOf`, `load`) answer from the store's cache without asking the
   * database, and lets the engine skip the `idempotentResult` read. Safe because that event's
   * commit checks the case's audit sequence and its event id in the same transaction: a stale
   * cache or a repeated event id is refused there as `VERSION_CONFLICT`, and the engine then
   * decides again with real reads. Returns the function that ends the trust (the engine calls it
   * when the attempt ends, however it ends), or undefined (and changes nothing) when the case is
   * not cached.
   */
  trustCacheFor?(caseId: string): (() => void) | undefined;
  /** Every deadline of a case, whatever its status. */
  deadlinesOf(caseId: string): Promise<DeadlineRecord[]>;
  /** Running deadlines due to fire (warning or due) by `untilMs`, oldest first, at most `limit`. */
  dueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]>;
  /**
   * Optional, for stores several schedulers share: the deadlines `dueDeadlines` would return, less
   * those another store instance has claimed and not yet fired, each now claimed by this instance
   * for a lease (its length is the store's option), so N schedulers split the due deadlines instead
   * of all loading and racing for each. A commit that changes a deadline ends its claim. The claim
   * only spares work: firing still goes through the optimistic check, so a deadline fires once
   * either way. `tick` uses it when the store has it, else `dueDeadlines`.
   */
  claimDueDeadlines?(untilMs: number, limit: number): Promise<DeadlineRecord[]>;
  /** Running deadlines whose warning or due instant falls in [fromMs, toMs). */
  deadlinesBetween(fromMs: number, toMs: number): Promise<DeadlineRecord[]>;
  /** Every running or paused deadline (for recomputing after a calendar change). */
  openDeadlines(): Promise<DeadlineRecord[]>;
  /** Cases matching the query, oldest opened first when a period is given, else in insertion order. */
  listCases(query: CaseQuery): Promise<CaseRecord[]>;
  /** Counts of the cases matching the query (facts from other cases, e.g. a year's cases of an agency), served from an index. */
  countCases(query: CaseCountQuery): Promise<CaseCounts>;
  /** The case's audit trail, in sequence order. */
  audit(caseId: string): Promise<AuditEntry[]>;
  /**
   * A case's chain with each entry's stored JSON text beside it (`entries[i]` is what `texts[i]`
   * parses to), for a store that keeps entries as text: verification then hashes the text it read
   * instead of printing each entry again. Optional.
   */
  auditTexts?(caseId: string): Promise<{ readonly entries: AuditEntry[]; readonly texts: readonly string[] }>;
  /** Ids of every case, for verifying all chains. */
  caseIds(): Promise<string[]>;
  /** How many leaves the store-wide ledger holds. */
  ledgerSize(): Promise<number>;
  /** Ledger leaves `from` (inclusive) to `to` (exclusive), in ledger order. */
  ledgerLeaves(from: number, to: number): Promise<LedgerLeaf[]>;
  /**
   * Rows whose indexed columns (status, state, audit sequence, due instants) disagree with the
   * JSON record beside them: queries read the columns, so an edit of a column alone must show.
   * Stores that keep no such copies leave it out.
   */
  indexDrift?(): Promise<AuditFinding[]>;
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
