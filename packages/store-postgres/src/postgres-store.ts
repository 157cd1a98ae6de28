import { randomUUID } from 'node:crypto';
import {
  type AuditEntry,
  type AuditFinding,
  type CaseCountQuery,
  type CaseCounts,
  type CaseQuery,
  type CaseRecord,
  type CaseStore,
  type Commit,
  caseColumns,
  caseQueryFilters,
  type DeadlineRecord,
  deadlineColumns,
  type FeedEntry,
  type FeedEntryDraft,
  type FeedQuery,
  type LedgerLeaf,
  parseStoredJson,
  tallyCases,
  ZwgkError,
} from '@zwgk/core';
import pg from 'pg';
import { migrations } from './migrations.js';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** A connection string, e.g. `postgres://user@host:5432/db`, or a `pg.Pool` the caller owns. */
  readonly connection: string | pg.Pool;
  /** The schema the tables live in (created if missing). Default `zwgk`. */
  readonly schema?: string;
  /** Pool size when the store makes its own pool. Default 10. */
  readonly maxConnections?: number;
  /**
   * Create the schema and its tables when they are not there. Default false: a schema this store
   * never initialised is a `ZwgkError('NO_STORE')` (details.reason `not-initialised`), so a
   * mistyped schema name is never taken for an empty store.
   */
  readonly create?: boolean;
  /**
   * Group commit: commits that arrive together (concurrent `engine.send` calls, HTTP requests) are
   * sent as one statement in one transaction, so one round trip and one WAL flush serve the batch.
   * Each commit keeps its own optimistic check in its own savepoint: one that fails rolls back
   * alone and only its caller gets the error; every caller is answered once its batch is durable.
   * The default `{}` means `{ maxBatch: 64, windowMs: 0, maxInFlight: 4 }`: a batch closes at the
   * next turn of the event loop (no added wait) or at 64 commits, and while four batches are being
   * written the next commits wait and go together when one returns. `false` sends each commit on
   * its own (still one round trip each).
   */
  readonly groupCommit?: false | { readonly maxBatch?: number; readonly windowMs?: number; readonly maxInFlight?: number };
  /**
   * How long a deadline `claimDueDeadlines` handed to this store stays reserved for it, in ms,
   * should its process die before firing it. Default 60,000.
   */
  readonly claimLeaseMs?: number;
  /**
   * How many cases to keep parsed in memory (record and deadlines), so that an event on a cached
   * case costs one round trip, its commit (see `trustCacheFor`), and a read outside an event one
   * round trip that carries the record and deadlines only when the case's audit sequence moved (so
   * no `load` answers from before a change another process had finished when it was called).
   * Commits always check the audit sequence in the database. Default 2,000 (a few MiB); 0 reads
   * everything every time.
   */
  readonly cacheSize?: number;
  /**
   * How long a confirmed case serves `deadlinesOf` (and its event's `load`), in ms. Default 100. The
   * engine reads deadlines after loading the case in the same operation; a `deadlinesOf` called
   * first (`send` without an event id looks for deadlines to fire first) may miss, for that long,
   * a change of its deadlines another process just made: a deadline that one fired is found fired
   * when the case is loaded to fire it.
   */
  readonly cacheFreshMs?: number;
}

/** A case as the database last confirmed it to this store (`confirmedAt`, performance.now()). */
interface CachedCase {
  readonly record: CaseRecord;
  readonly deadlines: readonly DeadlineRecord[];
  confirmedAt: number;
  /** When `idempotentResult` confirmed it for an event: the next `load` of the case within `cacheFreshMs` is that event's. */
  confirmedFor?: number | undefined;
  /** While `trustCacheFor` lets an event use it unconfirmed: reads take the cache. */
  trusted?: boolean | undefined;
}

function sortByName(deadlines: DeadlineRecord[]): DeadlineRecord[] {
  return deadlines.sort((a, b) => compare(a.name, b.name));
}

/** Group commit settings with their defaults filled in. */
interface GroupCommit {
  readonly maxBatch: number;
  readonly windowMs: number;
  readonly maxInFlight: number;
}

/** A commit waiting for its batch. */
interface PendingCommit {
  readonly commit: Commit;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** A commit as `commit_batch` reads it: records and entries as the JSON text the engine's hashes cover. */
function batchItem(commit: Commit) {
  return {
    cases: commit.cases.map(({ record, expectedAuditSeq }) => ({
      ...caseColumns(record),
      hash: record.auditHash,
      expected: expectedAuditSeq,
      record: JSON.stringify(record),
    })),
    audit: commit.audit.map((entry) => ({ caseId: entry.caseId, seq: entry.seq, entry: JSON.stringify(entry) })),
    deadlines: commit.deadlines.map((d) => ({ ...deadlineColumns(d), record: JSON.stringify(d) })),
    idempotency: commit.idempotency.map(({ caseId, eventId, result }) => ({ caseId, eventId, result: JSON.stringify(result) })),
    feed: (commit.feed ?? []).map((f) => ({
      caseId: f.caseId,
      kind: f.kind,
      agency: f.agency,
      moduleId: f.moduleId,
      entry: JSON.stringify(f),
    })),
  };
}

type Row = Record<string, unknown>;

const conflict = (message: string, details: Record<string, unknown>) => new ZwgkError('VERSION_CONFLICT', message, details);

/** The SQLSTATEs of a commit that lost a race: our own check (ZW409), a unique violation, a deadlock. */
const LOST_RACE = new Set(['ZW409', '23505', '40P01']);

/** A commit that lost a race, as `commit_batch` reports it (an outcome, or a one-commit batch's error). */
function lostRace({ message, details }: { readonly message: string; readonly details: Record<string, unknown> }): ZwgkError {
  return conflict(details.caseId === undefined ? `${message}: another writer committed first, reload and retry` : message, details);
}

/** A stored JSON column: text is parsed, jsonb arrives parsed. */
const parse = parseStoredJson;

/**
 * The store for several engine processes on several machines: PostgreSQL through `pg`. Each
 * commit is one statement and one transaction (`commit_batch`, shared by the commits in flight
 * together, each in its own savepoint); a case row is updated only if its audit sequence is still
 * the one the writer loaded (`UPDATE … WHERE audit_seq = $expected`), so concurrent writers never
 * overwrite each other and a due deadline is fired by exactly one of the processes sweeping, which
 * claim their shares of the due deadlines (`claimDueDeadlines`).
 *
 * @example
 * const store = await PostgresStore.open({ connection: process.env.DATABASE_URL! });
 */
export class PostgresStore implements CaseStore {
  readonly #pool: pg.Pool;
  readonly #ownsPool: boolean;
  readonly schema: string;
  readonly #groupCommit: GroupCommit | undefined;
  readonly #claimLeaseMs: number;
  /** This store's name on the deadlines it claims. */
  readonly #sweeperId = randomUUID();
  #pending: PendingCommit[] = [];
  #flushTimer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  #inFlight = 0;
  readonly #cache = new Map<string, CachedCase>();
  readonly #cacheSize: number;
  readonly #cacheFreshMs: number;
  readonly #writing = new Set<Promise<void>>();
  #transactions = 0;
  #commits = 0;

  private constructor(pool: pg.Pool, ownsPool: boolean, schema: string, options: PostgresStoreOptions) {
    this.#pool = pool;
    this.#ownsPool = ownsPool;
    this.schema = schema;
    const group = options.groupCommit ?? {};
    this.#groupCommit =
      group === false
        ? undefined
        : {
            maxBatch: Math.max(1, group.maxBatch ?? 64),
            windowMs: Math.max(0, group.windowMs ?? 0),
            maxInFlight: Math.max(1, group.maxInFlight ?? 4),
          };
    this.#claimLeaseMs = Math.max(1, options.claimLeaseMs ?? 60_000);
    this.#cacheSize = Math.max(0, options.cacheSize ?? 2_000);
    this.#cacheFreshMs = Math.max(0, options.cacheFreshMs ?? 100);
  }

  /** Connects and applies missing migrations (under an advisory lock); creates the schema only with `create: true`. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'zwgk';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema))
      throw new ZwgkError('INVALID_ARGUMENT', `schema must be a lower-case SQL identifier, got ${schema}`, { schema });
    const ownsPool = typeof options.connection === 'string';
    const pool =
      typeof options.connection === 'string'
        ? new pg.Pool({ connectionString: options.connection, max: options.maxConnections ?? 10, options: `-c search_path=${schema}` })
        : options.connection;
    const store = new PostgresStore(pool, ownsPool, schema, options);
    try {
      await store.#migrate(options.create === true);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async #migrate(create: boolean): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('zwgk-migrations'))");
      const found = await client.query('SELECT to_regclass($1) AS t', [`${this.schema}.schema_migrations`]);
      if (!create && found.rows[0]?.t === null) {
        throw new ZwgkError(
          'NO_STORE',
          `no store in schema ${this.schema}: it was never initialised (pass create: true to start a new one)`,
          { schema: this.schema, reason: 'not-initialised' },
        );
      }
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(`SET LOCAL search_path = ${this.schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, description text NOT NULL)');
      const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version)));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
          migration.version,
          migration.description,
        ]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The schema version the database is at. */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.#pool.query(`SELECT max(version) AS v FROM ${this.schema}.schema_migrations`);
    return Number(rows[0]?.v);
  }

  async load(caseId: string): Promise<CaseRecord | undefined> {
    if (this.#cacheSize > 0) {
      // The load of the event whose idempotency read just confirmed the case takes it from that
      // read; any other load asks the database, so a load never answers from before a change
      // another process had finished when it was called (only the audit sequence comes back when
      // the case did not change).
      const entry = this.#cache.get(caseId);
      if (entry?.trusted) return entry.record;
      if (entry?.confirmedFor !== undefined && performance.now() - entry.confirmedFor <= this.#cacheFreshMs) {
        entry.confirmedFor = undefined;
        return entry.record;
      }
      return (await this.#confirm(caseId)).cached?.record;
    }
    const { rows } = await this.#pool.query(`SELECT record FROM ${this.schema}.cases WHERE id = $1`, [caseId]);
    return rows[0] ? parse<CaseRecord>(rows[0].record, `case ${caseId}: its stored record`, { caseId }) : undefined;
  }

  /** The cached case, if the database confirmed it within `cacheFreshMs` or an event is trusting it (for `deadlinesOf`). */
  #fresh(caseId: string): CachedCase | undefined {
    const entry = this.#cache.get(caseId);
    return entry && (entry.trusted || performance.now() - entry.confirmedAt <= this.#cacheFreshMs) ? entry : undefined;
  }

  /**
   * The engine's optimistic first attempt at an event: its reads of the case come from the cache
   * and its idempotency read is skipped, so the event costs one round trip (its commit). The commit
   * checks the case's audit sequence and inserts the event id in the same transaction, so a case
   * another process changed, or an event id already applied, is refused there (`VERSION_CONFLICT`,
   * the case leaves the cache) and the engine retries with real reads.
   */
  trustCacheFor(caseId: string): (() => void) | undefined {
    const entry = this.#cacheSize > 0 ? this.#cache.get(caseId) : undefined;
    if (!entry) return undefined;
    entry.trusted = true;
    return () => {
      entry.trusted = false;
    };
  }

  /**
   * One round trip: the case's audit sequence, its record and deadlines only if that moved from the
   * cached one (read in one snapshot), and the stored result of `eventId` when one is asked about.
   */
  async #confirm(caseId: string, eventId?: string): Promise<{ cached: CachedCase | undefined; result: unknown }> {
    const s = this.schema;
    const known = this.#cache.get(caseId);
    const { rows } = await this.#pool.query({
      name: `zwgk-confirm:${s}`,
      text: `SELECT c.audit_seq,
               CASE WHEN c.audit_seq IS DISTINCT FROM $2 THEN c.record END AS record,
               CASE WHEN c.audit_seq IS DISTINCT FROM $2 THEN
                 (SELECT coalesce(array_agg(d.record ORDER BY d.name), '{}') FROM ${s}.deadlines d WHERE d.case_id = c.id) END AS deadlines,
               CASE WHEN $3::text IS NOT NULL THEN (SELECT result FROM ${s}.idempotency WHERE case_id = $1 AND event_id = $3) END AS result
             FROM (SELECT 1) one LEFT JOIN ${s}.cases c ON c.id = $1`,
      values: [caseId, known?.record.auditSeq ?? -1, eventId ?? null],
    });
    const row = rows[0] as Row;
    const result =
      row.result === null || row.result === undefined
        ? undefined
        : parse(row.result, `case ${caseId}: the stored result of event ${eventId}`, { caseId, eventId });
    if (row.audit_seq === null) {
      this.#cache.delete(caseId);
      return { cached: undefined, result };
    }
    const confirmedAt = performance.now();
    const current = this.#cache.get(caseId);
    if (row.record === null) {
      // Unchanged since it was cached, unless a commit of ours replaced the entry meanwhile; put
      // back if other cases pushed it out of the cache meanwhile.
      if (current && current !== known) return { cached: current, result };
      known!.confirmedAt = confirmedAt;
      return { cached: current ?? this.#remember(caseId, known!), result };
    }
    const record = parse<CaseRecord>(row.record, `case ${caseId}: its stored record`, { caseId });
    const deadlines = (row.deadlines as string[]).map((text) => parse<DeadlineRecord>(text, `case ${caseId}: a deadline`, { caseId }));
    // A commit of ours that returned while this read was under way left a newer entry: keep it.
    if (current && current.record.auditSeq > record.auditSeq) return { cached: current, result };
    return { cached: this.#remember(caseId, { record, deadlines, confirmedAt }), result };
  }

  /** Caches a case as the database just confirmed it, newest last (the oldest goes first when full). */
  #remember(caseId: string, entry: CachedCase): CachedCase {
    this.#cache.delete(caseId);
    this.#cache.set(caseId, entry);
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    return entry;
  }

  /** After a batch: what the written commits wrote is what the database holds; a case whose commit failed is read afresh next time. */
  #afterBatch(commits: readonly Commit[], outcomes: readonly unknown[]): void {
    if (this.#cacheSize === 0) return;
    const confirmedAt = performance.now();
    commits.forEach((commit, i) => {
      if (outcomes[i] !== undefined) {
        for (const { record } of commit.cases) this.#cache.delete(record.id);
        return;
      }
      for (const { record, expectedAuditSeq } of commit.cases) {
        const cached = this.#cache.get(record.id);
        const changed = commit.deadlines.filter((d) => d.caseId === record.id);
        if (expectedAuditSeq === null) {
          this.#remember(record.id, { record, deadlines: sortByName(changed), confirmedAt });
        } else if (cached && cached.record.auditSeq === expectedAuditSeq) {
          const names = new Set(changed.map((d) => d.name));
          const deadlines = sortByName([...cached.deadlines.filter((d) => !names.has(d.name)), ...changed]);
          this.#remember(record.id, { record, deadlines, confirmedAt });
        } else {
          this.#cache.delete(record.id); // not known whole here: the next read takes it from the database
        }
      }
      // Deadlines of a case the commit did not write (none the engine makes): read afresh.
      for (const d of commit.deadlines) if (!commit.cases.some((c) => c.record.id === d.caseId)) this.#cache.delete(d.caseId);
    });
  }

  async commit(commit: Commit): Promise<void> {
    if (!this.#groupCommit) {
      const [outcome] = await this.#write([commit]);
      if (outcome !== undefined) throw outcome;
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ commit, resolve, reject });
      this.#schedule();
    });
  }

  /** Sends the waiting commits when a batch may go: at once when full, else once the event loop has run what is ready. */
  #schedule(): void {
    const { maxBatch, windowMs, maxInFlight } = this.#groupCommit!;
    if (this.#pending.length === 0 || this.#inFlight >= maxInFlight) return; // a batch in flight sends the rest when it returns
    if (this.#pending.length >= maxBatch) {
      this.#flush();
      return;
    }
    if (this.#flushTimer !== undefined) return;
    const flush = () => {
      this.#flushTimer = undefined;
      this.#flush();
    };
    this.#flushTimer = windowMs === 0 ? setImmediate(flush) : setTimeout(flush, windowMs);
  }

  /** Takes batches off the queue while fewer than `maxInFlight` are being written; answers each caller once its batch is durable. */
  #flush(): void {
    const { maxBatch, maxInFlight } = this.#groupCommit!;
    if (this.#flushTimer !== undefined) {
      clearImmediate(this.#flushTimer as NodeJS.Immediate);
      clearTimeout(this.#flushTimer as NodeJS.Timeout);
      this.#flushTimer = undefined;
    }
    while (this.#pending.length > 0 && this.#inFlight < maxInFlight) {
      const batch = this.#pending.splice(0, maxBatch);
      this.#inFlight++;
      const writing = this.#write(batch.map((p) => p.commit))
        .then(
          (outcomes) => batch.forEach((p, i) => (outcomes[i] === undefined ? p.resolve() : p.reject(outcomes[i]))),
          (error: unknown) => batch.forEach((p) => p.reject(error)),
        )
        .finally(() => {
          this.#inFlight--;
          this.#writing.delete(writing);
          this.#schedule();
        });
      this.#writing.add(writing);
    }
  }

  /**
   * One statement, one round trip, one transaction: `commit_batch` (migration 6) writes each commit
   * in its own savepoint and says which lost their optimistic check. Each comes back written
   * (undefined) or with its `VERSION_CONFLICT`; any other error fails them all (nothing written).
   */
  async #write(commits: readonly Commit[]): Promise<(ZwgkError | undefined)[]> {
    const outcomes = await this.#pool
      .query({
        name: `zwgk-commit-batch:${this.schema}`,
        text: `SELECT ${this.schema}.commit_batch($1::jsonb) AS outcomes`,
        values: [JSON.stringify(commits.map(batchItem))],
      })
      .then(
        ({ rows }) =>
          (rows[0].outcomes as (string | null)[]).map((outcome) =>
            outcome === null ? undefined : lostRace(JSON.parse(outcome) as { message: string; details: Record<string, unknown> }),
          ),
        (error: unknown) => {
          // A batch of one runs without a savepoint (migration 7): its lost race fails the statement.
          const code = (error as { code?: unknown }).code;
          if (commits.length === 1 && typeof code === 'string' && LOST_RACE.has(code)) {
            const { message, detail } = error as { message: string; detail?: string };
            return [lostRace({ message, details: code === 'ZW409' && detail ? (JSON.parse(detail) as Record<string, unknown>) : {} })];
          }
          // Written or not is unknown (a lost connection may follow the COMMIT): read these cases afresh.
          for (const commit of commits) for (const { record } of commit.cases) this.#cache.delete(record.id);
          throw error;
        },
      );
    this.#transactions++;
    this.#commits += commits.length;
    this.#afterBatch(commits, outcomes);
    return outcomes;
  }

  /** Transactions written and the commits they carried, since this store was opened: their ratio is the mean batch. */
  get commitStats(): { readonly transactions: number; readonly commits: number } {
    return { transactions: this.#transactions, commits: this.#commits };
  }

  async feed(query: FeedQuery): Promise<FeedEntry[]> {
    const where = ['cursor > $1'];
    const params: unknown[] = [query.after ?? 0];
    const among = (column: string, values: readonly string[] | undefined) => {
      if (values === undefined) return;
      params.push([...values]);
      where.push(`${column} = ANY($${params.length})`);
    };
    among('agency', query.agencies);
    among('module_id', query.moduleIds);
    among('kind', query.kinds);
    params.push(query.limit);
    const { rows } = await this.#pool.query(
      `SELECT cursor, entry FROM ${this.schema}.feed WHERE ${where.join(' AND ')} ORDER BY cursor LIMIT $${params.length}`,
      params,
    );
    return rows.map((row: Row) => ({
      ...parse<FeedEntryDraft>(row.entry, `feed entry ${String(row.cursor)}`, { cursor: row.cursor }),
      cursor: Number(row.cursor),
    }));
  }

  async idempotentResult(caseId: string, eventId: string): Promise<unknown | undefined> {
    // With the cache: the same round trip confirms (or refreshes) the case the event is about to load.
    if (this.#cacheSize > 0) {
      const { cached, result } = await this.#confirm(caseId, eventId);
      if (cached && result === undefined) cached.confirmedFor = cached.confirmedAt; // for this event's load
      return result;
    }
    const { rows } = await this.#pool.query(`SELECT result FROM ${this.schema}.idempotency WHERE case_id = $1 AND event_id = $2`, [
      caseId,
      eventId,
    ]);
    return rows[0] ? parse(rows[0].result, `case ${caseId}: the stored result of event ${eventId}`, { caseId, eventId }) : undefined;
  }

  #deadlines(rows: Row[]): DeadlineRecord[] {
    return rows.map((row) =>
      parse<DeadlineRecord>(row.record, `case ${String(row.case_id)}: deadline ${String(row.name)}`, {
        caseId: row.case_id,
        deadline: row.name,
      }),
    );
  }

  async deadlinesOf(caseId: string): Promise<DeadlineRecord[]> {
    if (this.#cacheSize > 0) {
      const cached = this.#fresh(caseId) ?? (await this.#confirm(caseId)).cached;
      if (cached) return [...cached.deadlines];
    }
    return this.#deadlines(
      (await this.#pool.query(`SELECT case_id, name, record FROM ${this.schema}.deadlines WHERE case_id = $1 ORDER BY name`, [caseId]))
        .rows,
    );
  }

  async dueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]> {
    const { rows } = await this.#pool.query(
      `SELECT case_id, name, record FROM ${this.schema}.deadlines WHERE next_fire_at IS NOT NULL AND next_fire_at <= $1 ORDER BY next_fire_at, case_id COLLATE "C", name COLLATE "C" LIMIT $2`,
      [untilMs, limit],
    );
    return this.#deadlines(rows);
  }

  /**
   * Due deadlines as `dueDeadlines` finds them, each now claimed by this store for `claimLeaseMs`:
   * rows another sweeper holds (claimed and not yet fired, changed or expired) are skipped, and rows
   * another sweeper is claiming at this moment are passed over (`FOR UPDATE SKIP LOCKED`) rather
   * than waited for, so several schedulers on one database share the due deadlines. A commit that
   * changes a deadline (its firing) clears its claim. One round trip.
   */
  async claimDueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]> {
    const s = this.schema;
    const { rows } = await this.#pool.query({
      name: `zwgk-claim-due:${s}`,
      text: `UPDATE ${s}.deadlines d SET claimed_by = $3, claimed_until = clock_timestamp() + $4 * interval '1 millisecond'
             FROM (SELECT case_id, name FROM ${s}.deadlines
                   WHERE next_fire_at IS NOT NULL AND next_fire_at <= $1 AND (claimed_until IS NULL OR claimed_until < clock_timestamp() OR claimed_by = $3)
                   ORDER BY next_fire_at, case_id COLLATE "C", name COLLATE "C" LIMIT $2 FOR UPDATE SKIP LOCKED) due
             WHERE d.case_id = due.case_id AND d.name = due.name
             RETURNING d.case_id, d.name, d.record, d.next_fire_at`,
      values: [untilMs, limit, this.#sweeperId, this.#claimLeaseMs],
    });
    // RETURNING keeps no order: back to due order (then case id, then name, as "C" compares ASCII ids).
    const byDue = (rows as Row[]).sort(
      (a, b) =>
        Number(a.next_fire_at) - Number(b.next_fire_at) ||
        compare(String(a.case_id), String(b.case_id)) ||
        compare(String(a.name), String(b.name)),
    );
    return this.#deadlines(byDue);
  }

  async deadlinesBetween(fromMs: number, toMs: number): Promise<DeadlineRecord[]> {
    const { rows } = await this.#pool.query(
      `SELECT case_id, name, record, due_at FROM ${this.schema}.deadlines WHERE status = 'running' AND ((due_at >= $1 AND due_at < $2) OR (warn_at >= $1 AND warn_at < $2)) ORDER BY due_at, case_id, name`,
      [fromMs, toMs],
    );
    return this.#deadlines(rows);
  }

  async openDeadlines(): Promise<DeadlineRecord[]> {
    return this.#deadlines(
      (await this.#pool.query(`SELECT case_id, name, record FROM ${this.schema}.deadlines WHERE status IN ('running', 'paused')`)).rows,
    );
  }

  async listCases(query: CaseQuery): Promise<CaseRecord[]> {
    const { where, params } = caseFilters(query);
    if (query.afterId !== undefined) {
      params.push(query.afterId);
      where.push(`id COLLATE "C" > $${params.length}`);
    }
    const order =
      query.afterId !== undefined
        ? 'id COLLATE "C"'
        : query.openedFrom !== undefined || query.openedTo !== undefined
          ? 'opened_at, id COLLATE "C"'
          : 'created';
    let sql = `SELECT id, record FROM ${this.schema}.cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
    if (query.limit !== undefined) {
      params.push(query.limit);
      sql += ` LIMIT $${params.length}`;
    }
    return (await this.#pool.query(sql, params)).rows.map((row: Row) =>
      parse<CaseRecord>(row.record, `case ${String(row.id)}: its stored record`, { caseId: row.id }),
    );
  }

  async countCases(query: CaseCountQuery): Promise<CaseCounts> {
    const { where, params } = caseFilters(query);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counted = await this.#pool.query(
      `SELECT status, state, count(*)::int AS n FROM ${this.schema}.cases ${filter} GROUP BY status, state`,
      params,
    );
    const { total, byStatus, byState } = tallyCases(counted.rows as { status: string; state: string; n: number }[]);
    const deadlines: Record<string, Record<string, number>> = {};
    if (query.deadlines !== true) return { total, byStatus, byState, deadlines };
    const results = await this.#pool.query(
      `SELECT split_part(d.name, ':', 1) AS name, coalesce(d.outcome, 'open') AS outcome, count(*)::int AS n
       FROM ${this.schema}.cases JOIN ${this.schema}.deadlines d ON d.case_id = cases.id ${filter} GROUP BY 1, 2`,
      params,
    );
    for (const row of results.rows as { name: string; outcome: string; n: number }[]) (deadlines[row.name] ??= {})[row.outcome] = row.n;
    return { total, byStatus, byState, deadlines };
  }

  async audit(caseId: string): Promise<AuditEntry[]> {
    const { rows } = await this.#pool.query(`SELECT seq, entry FROM ${this.schema}.audit WHERE case_id = $1 ORDER BY seq`, [caseId]);
    return rows.map((row: Row) =>
      parse<AuditEntry>(row.entry, `case ${caseId}: audit entry ${String(row.seq)}`, { caseId, seq: Number(row.seq) }),
    );
  }

  async caseIds(): Promise<string[]> {
    return (await this.#pool.query(`SELECT id FROM ${this.schema}.cases ORDER BY created`)).rows.map((row: Row) => String(row.id));
  }

  async ledgerSize(): Promise<number> {
    const { rows } = await this.#pool.query(`SELECT size FROM ${this.schema}.ledger_size`);
    return rows[0] ? Number(rows[0].size) : 0;
  }

  async ledgerLeaves(from: number, to: number): Promise<LedgerLeaf[]> {
    const { rows } = await this.#pool.query(
      `SELECT case_id, seq, hash FROM ${this.schema}.ledger WHERE idx >= $1 AND idx < $2 ORDER BY idx`,
      [from, to],
    );
    return rows.map((row: Row) => ({ caseId: String(row.case_id), seq: Number(row.seq), hash: String(row.hash) }));
  }

  async indexDrift(): Promise<AuditFinding[]> {
    const s = this.schema;
    const { rows } = await this.#pool.query(
      `SELECT id AS case_id, NULL AS name, c.col, c.value, c.recorded FROM ${s}.cases,
         LATERAL (VALUES ('status', status, record::json->>'status'), ('state', state, record::json->>'state'), ('agency', agency, record::json->>'agency'),
                         ('module_id', module_id, record::json->>'moduleId'), ('parent_id', parent_id, record::json->>'parentId'),
                         ('audit_seq', audit_seq::text, record::json->>'auditSeq'), ('id', id, record::json->>'id'),
                         ('opened_at', opened_at::text, record::json->>'openedAt'), ('title', title, record::json->>'title')) AS c(col, value, recorded)
       WHERE c.value IS DISTINCT FROM c.recorded
       UNION ALL
       SELECT case_id, name, c.col, c.value, c.recorded FROM ${s}.deadlines,
         LATERAL (VALUES ('status', status, record::json->>'status'), ('next_fire_at', next_fire_at::text, record::json->>'nextFireAtMs'),
                         ('due_at', due_at::text, record::json->>'dueAtMs'), ('warn_at', warn_at::text, record::json->>'warnAtMs'),
                         ('case_id', case_id, record::json->>'caseId'), ('name', name, record::json->>'name'),
                         ('outcome', outcome, record::json->>'outcome')) AS c(col, value, recorded)
       WHERE c.value IS DISTINCT FROM c.recorded`,
    );
    return rows.map((row: Row) => ({
      caseId: String(row.case_id),
      field: row.name === null ? `column ${String(row.col)}` : `deadline.${String(row.name)} column ${String(row.col)}`,
      seq: null,
      reason: `the ${row.name === null ? 'cases' : 'deadlines'} table's column ${String(row.col)} says ${JSON.stringify(row.value)}, but the record beside it says ${JSON.stringify(row.recorded)}`,
    }));
  }

  /** Writes the commits still waiting for their batch, then closes the pool if the store made it. */
  async close(): Promise<void> {
    while (this.#pending.length > 0 || this.#writing.size > 0) {
      if (this.#groupCommit) this.#flush();
      await Promise.allSettled([...this.#writing]);
    }
    if (this.#ownsPool) await this.#pool.end();
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The WHERE terms of a case query, on the indexed columns, with their parameters. */
function caseFilters(query: CaseQuery): { where: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const where = caseQueryFilters(query).map(({ column, op, value }) => `cases.${column} ${op} $${params.push(value)}`);
  return { where, params };
}
