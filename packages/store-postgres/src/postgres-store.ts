import {
  type AuditEntry,
  type AuditFinding,
  type CaseCountQuery,
  type CaseCounts,
  type CaseQuery,
  type CaseRecord,
  type CaseStore,
  type Commit,
  type DeadlineRecord,
  type FeedEntry,
  type FeedEntryDraft,
  type FeedQuery,
  type LedgerLeaf,
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
}

type Row = Record<string, unknown>;

const conflict = (message: string, details: Record<string, unknown>) => new ZwgkError('VERSION_CONFLICT', message, details);

function parse<T>(value: unknown, what: string, details: Record<string, unknown>): T {
  if (typeof value !== 'string') return value as T; // jsonb arrives parsed
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new ZwgkError('STORE_CORRUPT', `${what} does not parse as JSON`, details, { cause: error });
  }
}

/**
 * The store for several engine processes on several machines: PostgreSQL through `pg`. Each
 * commit is one transaction; a case row is updated only if its audit sequence is still the one
 * the writer loaded (`UPDATE … WHERE audit_seq = $expected`), so concurrent writers never
 * overwrite each other and a due deadline is fired by exactly one of the processes sweeping.
 *
 * @example
 * const store = await PostgresStore.open({ connection: process.env.DATABASE_URL! });
 */
export class PostgresStore implements CaseStore {
  readonly #pool: pg.Pool;
  readonly #ownsPool: boolean;
  readonly schema: string;

  private constructor(pool: pg.Pool, ownsPool: boolean, schema: string) {
    this.#pool = pool;
    this.#ownsPool = ownsPool;
    this.schema = schema;
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
    const store = new PostgresStore(pool, ownsPool, schema);
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
    const { rows } = await this.#pool.query(`SELECT record FROM ${this.schema}.cases WHERE id = $1`, [caseId]);
    return rows[0] ? parse<CaseRecord>(rows[0].record, `case ${caseId}: its stored record`, { caseId }) : undefined;
  }

  async commit(commit: Commit): Promise<void> {
    const s = this.schema;
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      for (const { record, expectedAuditSeq } of commit.cases) {
        const values = [
          record.id,
          record.moduleId,
          record.status,
          record.state,
          record.agency,
          record.parentId,
          record.auditSeq,
          JSON.stringify(record),
        ];
        if (expectedAuditSeq === null) {
          const inserted = await client.query(
            `INSERT INTO ${s}.cases (id, module_id, status, state, agency, parent_id, audit_seq, record, opened_at, title) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
            [...values, record.openedAt, record.title],
          );
          if (inserted.rowCount === 0) throw conflict(`case ${record.id} already exists`, { caseId: record.id });
        } else {
          const updated = await client.query(
            `UPDATE ${s}.cases SET module_id = $2, status = $3, state = $4, agency = $5, parent_id = $6, audit_seq = $7, record = $8 WHERE id = $1 AND audit_seq = $9`,
            [...values, expectedAuditSeq],
          );
          if (updated.rowCount === 0)
            throw conflict(`case ${record.id} was changed by another writer: reload it and retry`, { caseId: record.id, expectedAuditSeq });
        }
      }
      for (const entry of commit.audit) {
        await client.query(`INSERT INTO ${s}.audit (case_id, seq, entry) VALUES ($1, $2, $3)`, [
          entry.caseId,
          entry.seq,
          JSON.stringify(entry),
        ]);
      }
      for (const d of commit.deadlines) {
        await client.query(
          `INSERT INTO ${s}.deadlines (case_id, name, status, next_fire_at, due_at, warn_at, record, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (case_id, name) DO UPDATE SET status = excluded.status, next_fire_at = excluded.next_fire_at, due_at = excluded.due_at, warn_at = excluded.warn_at, record = excluded.record, outcome = excluded.outcome`,
          [d.caseId, d.name, d.status, d.nextFireAtMs, d.dueAtMs, d.warnAtMs, JSON.stringify(d), d.outcome],
        );
      }
      for (const { caseId, eventId, result } of commit.idempotency) {
        const inserted = await client.query(
          `INSERT INTO ${s}.idempotency (case_id, event_id, result) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [caseId, eventId, JSON.stringify(result)],
        );
        if (inserted.rowCount === 0) throw conflict(`event ${eventId} was already applied to case ${caseId}`, { caseId, eventId });
      }
      if (commit.feed && commit.feed.length > 0) {
        // A bigserial is taken at insert, not at commit: without this lock a reader could pass the
        // cursor of a transaction still open and never see its entries. Held until COMMIT, so feed
        // cursors become visible in order; taken last, so the lock is held only for the inserts.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`zwgk-feed:${s}`]);
        for (const f of commit.feed) {
          await client.query(`INSERT INTO ${s}.feed (case_id, kind, agency, module_id, entry) VALUES ($1, $2, $3, $4, $5)`, [
            f.caseId,
            f.kind,
            f.agency,
            f.moduleId,
            JSON.stringify(f),
          ]);
        }
      }
      // Last, so the counter's row lock (which orders commits in the ledger) is held briefly.
      const heads = commit.cases.filter((c) => c.record.auditSeq !== c.expectedAuditSeq).map((c) => c.record);
      if (heads.length > 0) {
        const { rows } = await client.query(`UPDATE ${s}.ledger_size SET size = size + $1 RETURNING size`, [heads.length]);
        const first = Number(rows[0].size) - heads.length;
        const params: unknown[] = [];
        const values = heads.map((record, i) => {
          params.push(first + i, record.id, record.auditSeq, record.auditHash);
          return `($${params.length - 3}, $${params.length - 2}, $${params.length - 1}, $${params.length})`;
        });
        await client.query(`INSERT INTO ${s}.ledger (idx, case_id, seq, hash) VALUES ${values.join(', ')}`, params);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // A unique violation means another transaction wrote the same case first.
      if ((error as { code?: string }).code === '23505') throw conflict('another writer committed first: reload and retry', {});
      throw error;
    } finally {
      client.release();
    }
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
    const byStatus: Record<string, number> = {};
    const byState: Record<string, number> = {};
    let total = 0;
    const counted = await this.#pool.query(
      `SELECT status, state, count(*)::int AS n FROM ${this.schema}.cases ${filter} GROUP BY status, state`,
      params,
    );
    for (const row of counted.rows as { status: string; state: string; n: number }[]) {
      total += row.n;
      byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n;
      byState[row.state] = (byState[row.state] ?? 0) + row.n;
    }
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

  /** Closes the pool if the store made it. */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.#pool.end();
  }
}

/** The WHERE terms of a case query, on the indexed columns, with their parameters. */
function caseFilters(query: CaseQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const filters: [keyof CaseQuery, string, string][] = [
    ['moduleId', 'module_id', '='],
    ['state', 'state', '='],
    ['status', 'status', '='],
    ['agency', 'agency', '='],
    ['parentId', 'parent_id', '='],
    ['title', 'title', '='],
    ['openedFrom', 'opened_at', '>='],
    ['openedTo', 'opened_at', '<'],
  ];
  for (const [key, column, op] of filters) {
    if (query[key] === undefined) continue;
    params.push(query[key]);
    where.push(`cases.${column} ${op} $${params.length}`);
  }
  return { where, params };
}
