import { existsSync } from 'node:fs';
import {
  type AuditEntry,
  type AuditFinding,
  type CaseCountQuery,
  type CaseCounts,
  type CaseQuery,
  type CaseRecord,
  type CaseStore,
  type Commit,
  caseQueryFilters,
  type DeadlineRecord,
  type FeedEntry,
  type FeedEntryDraft,
  type FeedQuery,
  type LedgerLeaf,
  parseStoredJson,
  tallyCases,
  ZwgkError,
} from '@zwgk/core';
import Database from 'better-sqlite3';
import { CaseRows } from './case-rows.js';
import { DeadlineRows } from './deadline-rows.js';
import { migrations } from './migrations.js';

/** Options of `new SqliteStore(path, options)`. */
export interface SqliteStoreOptions {
  /**
   * Create the file and its schema when there is none. Default false: opening a path with no
   * file, a file that is not a database, or a database this store never initialised is a
   * `ZwgkError('NO_STORE')` (details.reason `missing`, `not-a-database`, `not-initialised`), so a
   * mistyped path or a truncated file is never taken for an empty store.
   */
  readonly create?: boolean;
  /**
   * `FULL` (default) makes every acknowledged commit survive a power cut; `NORMAL` survives a
   * crashed process but may lose the last commits on power loss, and writes faster.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How long a writer waits for another process's write lock, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * How many cases to keep parsed in memory (record and deadlines), so the next event to a case
   * parses no JSON. Every read first checks that nothing but this store wrote the file since
   * (SQLite's data_version and total_changes()); a write by another process, or through `db`,
   * empties it. Commits always check the case's audit sequence in the file. Default 2,000 (the
   * open cases of a busy county office, a few MiB); 0 reads every case from the file.
   */
  readonly cacheSize?: number;
  /**
   * Group commit: commits that arrive while the event loop is busy (concurrent `engine.send` calls,
   * HTTP requests) are written together in one transaction, so one fsync serves the batch. Each
   * commit keeps its own optimistic check inside its own savepoint: one that fails rolls back alone
   * and only its caller gets the error; every caller is answered once its batch is durable.
   * The default `{}` means `{ maxBatch: 64, windowMs: 0 }`: a batch closes at the next turn of the
   * event loop (no added wait) or at 64 commits. `false` commits each on its own transaction.
   */
  readonly groupCommit?: false | { readonly maxBatch?: number; readonly windowMs?: number };
  /**
   * The page size, in bytes, of a file this store creates (a power of two from 512 to 65,536); a
   * file that already exists keeps its own. Default 1,024: an event changes a few hundred bytes in
   * each of about a dozen b-trees (case, audit and its key, ledger, deadline and its indexes,
   * idempotency key), and the WAL takes a whole page for each, so 4,096-byte pages wrote 54 KiB of
   * WAL per event on the store bench and 1,024-byte pages write about 21 KiB, at about the same events/s.
   */
  readonly pageSize?: number;
}

/** A commit waiting for its batch. */
interface PendingCommit {
  readonly commit: Commit;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** A case as this connection last wrote or read it. */
interface CachedCase {
  record?: CaseRecord;
  deadlines?: DeadlineRecord[];
  /** While `trustCacheFor` lets an event read it without checking the file first. */
  trusted?: boolean;
}

type Row = Record<string, unknown>;

/** A stored JSON text column (SQLite hands back TEXT as a string). */
const parse = <T>(text: unknown, what: string, details: Record<string, unknown>): T => parseStoredJson<T>(String(text), what, details);

function conflict(message: string, details: Record<string, unknown>): ZwgkError {
  return new ZwgkError('VERSION_CONFLICT', message, details);
}

/** A commit's own failure as its caller sees it: a primary-key clash on the audit is a lost race. */
function commitError(error: unknown): unknown {
  if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return conflict('another writer committed the same audit entry first: reload and retry', {});
  }
  return error;
}

/**
 * The embedded default store: one SQLite file in WAL mode (better-sqlite3). Each commit is one
 * `BEGIN IMMEDIATE` transaction, so several processes may share the file; the case row's audit
 * sequence is the optimistic-concurrency check. Missing migrations are applied on open; the
 * file and schema are created only with `create: true`. Each commit also appends the cases'
 * new audit heads to the store-wide ledger (see `ledgerLeaves`).
 *
 * @example
 * const store = new SqliteStore('cases.sqlite', { create: true });
 * const engine = createEngine({ modules, calendar: china, clock: systemClock, store });
 */
export class SqliteStore implements CaseStore {
  readonly db: Database.Database;
  readonly #statements;
  readonly #caseRows: CaseRows;
  readonly #deadlineRows: DeadlineRows;
  readonly #commit: (commit: Commit) => void;
  // One IMMEDIATE transaction over a batch; each commit inside runs in its own savepoint (a nested
  // better-sqlite3 transaction), and comes back as undefined (written) or its error (rolled back).
  readonly #commitBatch: Database.Transaction<(commits: readonly Commit[]) => { before: string; outcomes: unknown[] }>;
  // A batch of one commit, in its transaction alone: what the file looked like before it.
  readonly #commitAlone: Database.Transaction<(commit: Commit) => string>;
  readonly #groupCommit: { readonly maxBatch: number; readonly windowMs: number } | undefined;
  #pending: PendingCommit[] = [];
  #flushScheduled = false;
  #transactions = 0;
  #commits = 0;
  // Parsed cases, oldest first; shared with callers as MemoryStore's records are (the engine never
  // changes a record it was given). Emptied when another connection has written the file.
  readonly #cache = new Map<string, CachedCase>();
  readonly #cacheSize: number;
  // What the file looked like to this store last: SQLite's data_version (bumped by other
  // connections' commits) and total_changes() (this connection's rows changed, so a write through
  // `db` that bypasses the store counts too).
  readonly #fileState: Database.Statement;
  #seenFileState = '';

  constructor(filename: string, options: SqliteStoreOptions = {}) {
    const pageSize = pageSizeOption(options.pageSize);
    this.db = openDatabase(filename, options.create === true);
    // Takes effect only on a file with no tables yet, and must come before WAL mode fixes the size.
    this.db.pragma(`page_size = ${pageSize}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Checkpoint every ~16 MB of WAL (4,000 pages) rather than SQLite's 1,000: a checkpoint copies
    // each page once however often it changed since the last one, and syncs the database file, so
    // rarer checkpoints write and sync less per event. The WAL file grows to about that size.
    this.db.pragma('wal_autocheckpoint = 4000');
    this.db.pragma('foreign_keys = ON');
    // Savepoints (each commit of a batch is one, so a failing commit spares its batch-mates) keep
    // the pages they change in a statement journal, which spills to a new temporary file past 64 KiB:
    // an open, an unlink and a dozen writes per commit. Kept in memory it costs a copy of each page.
    this.db.pragma('temp_store = MEMORY');
    migrate(this.db);
    const db = this.db;
    this.#cacheSize = options.cacheSize ?? 2_000;
    this.#fileState = db.prepare("SELECT data_version || ':' || total_changes() FROM pragma_data_version").pluck();
    this.#statements = {
      insertAudit: db.prepare('INSERT INTO audit (case_id, seq, entry) VALUES (?, ?, ?)'),
      insertIdempotency: db.prepare('INSERT INTO idempotency (case_id, event_id, result) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
      insertFeed: db.prepare('INSERT INTO feed (case_id, kind, agency, module_id, entry) VALUES (?, ?, ?, ?, ?)'),
      idempotency: db.prepare('SELECT result FROM idempotency WHERE case_id = ? AND event_id = ?'),
      due: db.prepare(
        'SELECT case_id, name, record FROM deadlines WHERE next_fire_at IS NOT NULL AND next_fire_at <= ? ORDER BY next_fire_at, case_id, name LIMIT ?',
      ),
      between: db.prepare(
        `SELECT case_id, name, record, due_at FROM deadlines WHERE status = 'running' AND due_at >= @from AND due_at < @to
         UNION SELECT case_id, name, record, due_at FROM deadlines WHERE status = 'running' AND warn_at >= @from AND warn_at < @to
         ORDER BY due_at, case_id, name`,
      ),
      open: db.prepare(`SELECT case_id, name, record FROM deadlines WHERE status IN ('running', 'paused')`),
      audit: db.prepare('SELECT seq, entry FROM audit WHERE case_id = ? ORDER BY seq'),
      caseIds: db.prepare('SELECT id FROM cases ORDER BY id'),
      insertLeaf: db.prepare('INSERT INTO ledger (case_id, seq, hash) VALUES (?, ?, ?)'),
      ledgerSize: db.prepare('SELECT coalesce(max(idx), 0) FROM ledger').pluck(),
      ledgerLeaves: db.prepare('SELECT idx, case_id, seq, hash FROM ledger WHERE idx > ? AND idx <= ? ORDER BY idx'),
    };
    const s = this.#statements;
    const caseRows = new CaseRows(db);
    const deadlineRows = new DeadlineRows(db);
    this.#caseRows = caseRows;
    this.#deadlineRows = deadlineRows;
    const writeCommit = (commit: Commit) => {
      for (const { record, expectedAuditSeq } of commit.cases) caseRows.write(record, expectedAuditSeq);
      for (const entry of commit.audit) s.insertAudit.run(entry.caseId, entry.seq, JSON.stringify(entry));
      for (const { record, expectedAuditSeq } of commit.cases) {
        if (record.auditSeq !== expectedAuditSeq) s.insertLeaf.run(record.id, record.auditSeq, record.auditHash);
      }
      for (const d of commit.deadlines) deadlineRows.write(d);
      for (const { caseId, eventId, result } of commit.idempotency) {
        if (s.insertIdempotency.run(caseId, eventId, JSON.stringify(result)).changes === 0) {
          throw conflict(`event ${eventId} was already applied to case ${caseId}`, { caseId, eventId });
        }
      }
      // One writer at a time (BEGIN IMMEDIATE): cursors rise in commit order.
      for (const f of commit.feed ?? []) s.insertFeed.run(f.caseId, f.kind, f.agency, f.moduleId, JSON.stringify(f));
    };
    this.#commit = db.transaction(writeCommit);
    // A batch of one needs no savepoint: if its commit fails, rolling back the whole transaction
    // undoes the same writes, and the savepoint's statement journal copied every page it changed.
    this.#commitAlone = db.transaction((commit: Commit) => {
      const before = this.#fileState.get() as string;
      writeCommit(commit);
      return before;
    });
    this.#commitBatch = db.transaction((commits: readonly Commit[]) => {
      // Read under the write lock: a commit by another process that lands between a read outside
      // the transaction and BEGIN IMMEDIATE would otherwise pass for our own, and the cache would
      // keep that process's case stale (every retry conflicting again).
      const before = this.#fileState.get() as string;
      const outcomes = commits.map((commit) => {
        try {
          this.#commit(commit);
          return undefined;
        } catch (error) {
          const own = commitError(error);
          // A conflict is this commit's alone; anything else (a full disk, an I/O error) fails the batch.
          if (own instanceof ZwgkError) return own;
          throw error;
        }
      });
      return { before, outcomes };
    });
    const group = options.groupCommit ?? {};
    this.#groupCommit =
      group === false ? undefined : { maxBatch: Math.max(1, group.maxBatch ?? 64), windowMs: Math.max(0, group.windowMs ?? 0) };
  }

  async load(caseId: string): Promise<CaseRecord | undefined> {
    const cached = this.#cached(caseId);
    if (cached?.record) return cached.record;
    const record = this.#caseRows.load(caseId);
    if (record && this.#caching) this.#cacheCase(caseId).record = record;
    return record;
  }

  /** Not inside a caller's own transaction, whose writes may still roll back. */
  get #caching(): boolean {
    return this.#cacheSize > 0 && !this.db.inTransaction;
  }

  /** The cached case, once the cache is known to match the file (or while an event trusts it). */
  #cached(caseId: string): CachedCase | undefined {
    if (!this.#caching) return undefined;
    const entry = this.#cache.get(caseId);
    if (entry?.trusted) return entry;
    this.#revalidate();
    return this.#cache.get(caseId);
  }

  /**
   * The engine's optimistic first attempt at an event: its reads of the case come from the cache,
   * without asking the file and without the idempotency read (each read is a read transaction of
   * its own, with its locks: about 30 µs of an event's CPU in the HTTP bench). The commit checks the
   * case's audit sequence and inserts the event id under the write lock, so a case another process
   * changed, or an event id already applied, is refused there (`VERSION_CONFLICT`, the case leaves
   * the cache); an event the stale case would refuse is refused in the attempt. Either way the
   * engine decides again with real reads, which check the file first.
   */
  trustCacheFor(caseId: string): (() => void) | undefined {
    if (!this.#caching) return undefined;
    const entry = this.#cache.get(caseId);
    if (!entry?.record || !entry.deadlines) return undefined;
    entry.trusted = true;
    return () => {
      entry.trusted = false;
    };
  }

  /** Empties the cache when anything but this store's own commits has written the file since it last looked. */
  #revalidate(): void {
    const state = this.#fileState.get() as string;
    if (state === this.#seenFileState) return;
    this.#cache.clear();
    this.#seenFileState = state;
  }

  #cacheCase(caseId: string): CachedCase {
    let entry = this.#cache.get(caseId);
    if (entry) this.#cache.delete(caseId);
    else entry = {};
    this.#cache.set(caseId, entry);
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    return entry;
  }

  /** After commits, what they wrote is what the file holds: cache it, and take the file state they left. */
  #remember(commits: readonly Commit[], before: string): void {
    if (!this.#caching) {
      // Inside a caller's own transaction, which may still roll back: forget rather than remember.
      for (const commit of commits) {
        for (const { record } of commit.cases) this.#cache.delete(record.id);
        for (const d of commit.deadlines) this.#cache.delete(d.caseId);
      }
      return;
    }
    // Anything written between the last look and these commits empties the cache; then their
    // own changes are the expected new state.
    if (before !== this.#seenFileState) this.#cache.clear();
    this.#seenFileState = this.#fileState.get() as string;
    const changedDeadlines = new Map<string, DeadlineRecord[]>();
    for (const commit of commits) {
      for (const d of commit.deadlines) changedDeadlines.set(d.caseId, [...(changedDeadlines.get(d.caseId) ?? []), d]);
      for (const { record, expectedAuditSeq } of commit.cases) {
        const entry = this.#cacheCase(record.id);
        entry.record = record;
        if (expectedAuditSeq === null) entry.deadlines = []; // a new case has only what this commit gives it
      }
    }
    for (const [caseId, changed] of changedDeadlines) {
      const entry = this.#cache.get(caseId);
      if (!entry?.deadlines) continue; // not cached: the next read takes them from the file
      const names = new Set(changed.map((d) => d.name));
      entry.deadlines = [...entry.deadlines.filter((d) => !names.has(d.name)), ...changed].sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    }
  }

  async commit(commit: Commit): Promise<void> {
    // Inside a caller's own transaction the commit must be part of it, not of a later batch.
    if (!this.#groupCommit || this.db.inTransaction) {
      const [outcome] = this.#write([commit]);
      if (outcome !== undefined) throw outcome;
      return;
    }
    const { maxBatch, windowMs } = this.#groupCommit;
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ commit, resolve, reject });
      if (this.#pending.length >= maxBatch) this.#flush();
      else if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        // The batch closes once the event loop has run what is ready now (other requests reaching
        // their commit), or after the window.
        if (windowMs === 0) setImmediate(() => this.#flush());
        else setTimeout(() => this.#flush(), windowMs);
      }
    });
  }

  /** Writes what is waiting as one batch and answers each caller. */
  #flush(): void {
    this.#flushScheduled = false;
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    let outcomes: unknown[];
    try {
      outcomes = this.#write(batch.map((p) => p.commit));
    } catch (error) {
      for (const p of batch) p.reject(commitError(error));
      return;
    }
    batch.forEach((p, i) => (outcomes[i] === undefined ? p.resolve() : p.reject(outcomes[i])));
  }

  /** One durable transaction over the commits; each comes back written (undefined) or with its error. */
  #write(commits: readonly Commit[]): unknown[] {
    // IMMEDIATE takes the write lock at once, so two processes never interleave a read-check-write.
    const { before, outcomes } =
      commits.length === 1 && !this.db.inTransaction ? this.#writeAlone(commits[0]!) : this.#commitBatch.immediate(commits);
    this.#transactions++;
    this.#commits += commits.length;
    // A commit that conflicted read a case another writer has changed since: forget that case.
    commits.forEach((commit, i) => {
      if (outcomes[i] !== undefined) for (const { record } of commit.cases) this.#cache.delete(record.id);
    });
    // A failed commit alone left the file as it was, without telling what it was: nothing to remember.
    if (before !== undefined)
      this.#remember(
        commits.filter((_, i) => outcomes[i] === undefined),
        before,
      );
    return outcomes;
  }

  /** One commit in its own transaction: written, or its own failure (a conflict) with nothing written. */
  #writeAlone(commit: Commit): { before: string | undefined; outcomes: unknown[] } {
    try {
      return { before: this.#commitAlone.immediate(commit), outcomes: [undefined] };
    } catch (error) {
      const own = commitError(error);
      if (own instanceof ZwgkError) return { before: undefined, outcomes: [own] };
      throw error;
    }
  }

  /** Transactions written and the commits they carried, since this store was opened: their ratio is the mean batch. */
  get commitStats(): { readonly transactions: number; readonly commits: number } {
    return { transactions: this.#transactions, commits: this.#commits };
  }

  async feed(query: FeedQuery): Promise<FeedEntry[]> {
    const where = ['cursor > ?'];
    const params: unknown[] = [query.after ?? 0];
    const among = (column: string, values: readonly string[] | undefined) => {
      if (values === undefined) return;
      where.push(values.length === 0 ? '0' : `${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    among('agency', query.agencies);
    among('module_id', query.moduleIds);
    among('kind', query.kinds);
    params.push(query.limit);
    const rows = this.db
      .prepare(`SELECT cursor, entry FROM feed WHERE ${where.join(' AND ')} ORDER BY cursor LIMIT ?`)
      .all(...params) as Row[];
    return rows.map((row) => ({
      ...parse<FeedEntryDraft>(row.entry, `feed entry ${String(row.cursor)}`, { cursor: row.cursor }),
      cursor: Number(row.cursor),
    }));
  }

  async idempotentResult(caseId: string, eventId: string): Promise<unknown | undefined> {
    const row = this.#statements.idempotency.get(caseId, eventId) as Row | undefined;
    return row ? parse(row.result, `case ${caseId}: the stored result of event ${eventId}`, { caseId, eventId }) : undefined;
  }

  async deadlinesOf(caseId: string): Promise<DeadlineRecord[]> {
    const cached = this.#cached(caseId);
    if (cached?.deadlines) return [...cached.deadlines];
    const deadlines = this.#deadlineRows.ofCase(caseId);
    if (this.#caching) this.#cacheCase(caseId).deadlines = deadlines;
    return [...deadlines];
  }

  async dueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]> {
    return this.#deadlineRows.complete(this.#statements.due.all(untilMs, limit) as Row[]);
  }

  async deadlinesBetween(fromMs: number, toMs: number): Promise<DeadlineRecord[]> {
    return this.#deadlineRows.complete(this.#statements.between.all({ from: fromMs, to: toMs }) as Row[]);
  }

  async openDeadlines(): Promise<DeadlineRecord[]> {
    return this.#deadlineRows.complete(this.#statements.open.all() as Row[]);
  }

  async listCases(query: CaseQuery): Promise<CaseRecord[]> {
    const { where, params } = caseFilters(query);
    if (query.afterId !== undefined) {
      where.push('id > @afterId');
      params.afterId = query.afterId;
    }
    // Keyset paging orders by id: TEXT compares by memcmp of UTF-8, as JavaScript compares the id characters.
    const order =
      query.afterId !== undefined ? 'id' : query.openedFrom !== undefined || query.openedTo !== undefined ? 'opened_at, id' : 'rowid';
    const sql = `SELECT id, record FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} ${query.limit === undefined ? '' : 'LIMIT @limit'}`;
    if (query.limit !== undefined) params.limit = query.limit;
    return (this.db.prepare(sql).all(params) as Row[]).map((row) => this.#caseRows.complete(row as { id: unknown; record: unknown }));
  }

  async countCases(query: CaseCountQuery): Promise<CaseCounts> {
    const { where, params } = caseFilters(query);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { total, byStatus, byState } = tallyCases(
      this.db.prepare(`SELECT status, state, count(*) AS n FROM cases ${filter} GROUP BY status, state`).all(params) as {
        status: string;
        state: string;
        n: number;
      }[],
    );
    const deadlines: Record<string, Record<string, number>> = {};
    if (query.deadlines !== true) return { total, byStatus, byState, deadlines };
    const family = "CASE WHEN instr(d.name, ':') > 0 THEN substr(d.name, 1, instr(d.name, ':') - 1) ELSE d.name END";
    const sql = `SELECT ${family} AS name, coalesce(d.outcome, 'open') AS outcome, count(*) AS n FROM cases CROSS JOIN deadlines d ON d.case_id = cases.id ${filter} GROUP BY 1, 2`;
    for (const row of this.db.prepare(sql).all(params) as { name: string; outcome: string; n: number }[]) {
      (deadlines[row.name] ??= {})[row.outcome] = row.n;
    }
    return { total, byStatus, byState, deadlines };
  }

  async audit(caseId: string): Promise<AuditEntry[]> {
    return (await this.auditTexts(caseId)).entries;
  }

  async auditTexts(caseId: string): Promise<{ entries: AuditEntry[]; texts: string[] }> {
    const rows = this.#statements.audit.all(caseId) as Row[];
    const texts = rows.map((row) => row.entry as string);
    const entries = rows.map((row, i) =>
      parse<AuditEntry>(texts[i]!, `case ${caseId}: audit entry ${String(row.seq)}`, { caseId, seq: row.seq }),
    );
    return { entries, texts };
  }

  async caseIds(): Promise<string[]> {
    return (this.#statements.caseIds.all() as Row[]).map((row) => String(row.id));
  }

  async ledgerSize(): Promise<number> {
    return Number(this.#statements.ledgerSize.get());
  }

  async ledgerLeaves(from: number, to: number): Promise<LedgerLeaf[]> {
    // idx is 1-based (rowid); leaf i is row i + 1. A missing row leaves a gap the caller sees.
    const rows = this.#statements.ledgerLeaves.all(from, to) as Row[];
    return rows.map((row) => ({ caseId: String(row.case_id), seq: Number(row.seq), hash: String(row.hash) }));
  }

  async indexDrift(): Promise<AuditFinding[]> {
    const rows = this.db
      .prepare(
        `SELECT id AS case_id, NULL AS name, col, value, recorded FROM (
           SELECT id, 'status' AS col, status AS value, json_extract(record, '$.status') AS recorded FROM cases
           UNION ALL SELECT id, 'state', state, json_extract(record, '$.state') FROM cases
           UNION ALL SELECT id, 'agency', agency, json_extract(record, '$.agency') FROM cases
           UNION ALL SELECT id, 'module_id', module_id, json_extract(record, '$.moduleId') FROM cases
           UNION ALL SELECT id, 'parent_id', parent_id, json_extract(record, '$.parentId') FROM cases
           UNION ALL SELECT id, 'audit_seq', audit_seq, json_extract(record, '$.auditSeq') FROM cases
           UNION ALL SELECT id, 'id', id, json_extract(record, '$.id') FROM cases
           UNION ALL SELECT id, 'opened_at', opened_at, json_extract(record, '$.openedAt') FROM cases
           UNION ALL SELECT id, 'title', title, json_extract(record, '$.title') FROM cases
         ) WHERE value IS NOT recorded
         UNION ALL
         SELECT case_id, name, col, value, recorded FROM (
           SELECT case_id, name, 'status' AS col, status AS value, json_extract(record, '$.status') AS recorded FROM deadlines
           UNION ALL SELECT case_id, name, 'next_fire_at', next_fire_at, json_extract(record, '$.nextFireAtMs') FROM deadlines
           UNION ALL SELECT case_id, name, 'due_at', due_at, json_extract(record, '$.dueAtMs') FROM deadlines
           UNION ALL SELECT case_id, name, 'warn_at', warn_at, json_extract(record, '$.warnAtMs') FROM deadlines
           UNION ALL SELECT case_id, name, 'case_id', case_id, json_extract(record, '$.caseId') FROM deadlines
           UNION ALL SELECT case_id, name, 'name', name, json_extract(record, '$.name') FROM deadlines
           UNION ALL SELECT case_id, name, 'outcome', outcome, json_extract(record, '$.outcome') FROM deadlines
         ) WHERE value IS NOT recorded`,
      )
      .all() as Row[];
    return rows.map((row) => ({
      caseId: String(row.case_id),
      field: row.name === null ? `column ${String(row.col)}` : `deadline.${String(row.name)} column ${String(row.col)}`,
      seq: null,
      reason: `the ${row.name === null ? 'cases' : 'deadlines'} table's column ${String(row.col)} says ${JSON.stringify(row.value)}, but the record beside it says ${JSON.stringify(row.recorded)}`,
    }));
  }

  /** The schema version the file is at. */
  get schemaVersion(): number {
    return (this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v;
  }

  /** Closes the database connection; the store cannot be used afterwards. */
  close(): void {
    this.#flush(); // what callers were promised is written before the file closes
    this.db.close();
  }
}

function noStore(filename: string, reason: 'missing' | 'not-a-database' | 'not-initialised', message: string, cause?: unknown): ZwgkError {
  return new ZwgkError('NO_STORE', message, { path: filename, reason }, cause === undefined ? undefined : { cause });
}

/** Opens the file; without `create`, only one that exists and is a SQLite database. */
function openDatabase(filename: string, create: boolean): Database.Database {
  const inMemory = filename === ':memory:' || filename === '';
  if (!create && !inMemory && !existsSync(filename)) {
    throw noStore(
      filename,
      'missing',
      `no store at ${filename}: the file does not exist (pass create: true, or the CLI's --create, to start a new one)`,
    );
  }
  const db = new Database(filename, { fileMustExist: !create && !inMemory });
  try {
    // Reading the schema makes SQLite read the header: a file that is not a database fails here.
    const initialised = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    if (!initialised && !create && !inMemory) {
      throw noStore(
        filename,
        'not-initialised',
        `${filename} is a SQLite file but not a zwgk store: it was never initialised (or was emptied); pass create: true to start a new store in it`,
      );
    }
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB')
      throw noStore(filename, 'not-a-database', `${filename} is not a SQLite database`, error);
    throw error;
  }
  return db;
}

/** The page size option, checked: SQLite would ignore a value that is not a power of two from 512 to 65,536. */
function pageSizeOption(pageSize = 1024): number {
  if (!Number.isInteger(pageSize) || pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0)
    throw new ZwgkError('INVALID_ARGUMENT', `pageSize must be a power of two from 512 to 65536, got ${pageSize}`, { pageSize });
  return pageSize;
}

/** Creates the migrations table and applies, in order and each in one transaction, what the file lacks. */
function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, description) VALUES (?, ?)').run(migration.version, migration.description);
    }).immediate();
  }
}

/** The WHERE terms of a case query, on the indexed columns. */
function caseFilters(query: CaseQuery): { where: string[]; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where = caseQueryFilters(query).map(({ key, column, op, value }) => {
    params[key] = value;
    return `cases.${column} ${op} @${key}`;
  });
  return { where, params };
}
