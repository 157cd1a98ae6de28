import type { Migration } from '@zwgk/core';

/**
 * The store's schema history. Records are kept as text JSON (byte-for-byte what the engine wrote,
 * so audit hashes verify), with the columns queries filter or sort on pulled out and indexed.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'cases, audit chain, deadlines with a due index, idempotency keys',
    sql: `
      CREATE TABLE cases (
        id text PRIMARY KEY,
        created bigserial,
        module_id text NOT NULL,
        status text NOT NULL,
        state text NOT NULL,
        agency text,
        parent_id text,
        audit_seq integer NOT NULL,
        record text NOT NULL
      );
      CREATE INDEX cases_by_module ON cases (module_id, status);
      CREATE INDEX cases_by_state ON cases (state);
      CREATE INDEX cases_by_agency ON cases (agency) WHERE agency IS NOT NULL;
      CREATE INDEX cases_by_parent ON cases (parent_id) WHERE parent_id IS NOT NULL;

      CREATE TABLE audit (
        case_id text NOT NULL,
        seq integer NOT NULL,
        entry text NOT NULL,
        PRIMARY KEY (case_id, seq)
      );

      CREATE TABLE deadlines (
        case_id text NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        next_fire_at bigint,
        due_at bigint,
        warn_at bigint,
        record text NOT NULL,
        PRIMARY KEY (case_id, name)
      );
      CREATE INDEX deadlines_by_next_fire ON deadlines (next_fire_at, case_id COLLATE "C", name COLLATE "C") WHERE next_fire_at IS NOT NULL;
      CREATE INDEX deadlines_running_by_due ON deadlines (due_at) WHERE status = 'running';
      CREATE INDEX deadlines_running_by_warn ON deadlines (warn_at) WHERE status = 'running';

      CREATE TABLE idempotency (
        case_id text NOT NULL,
        event_id text NOT NULL,
        result text NOT NULL,
        PRIMARY KEY (case_id, event_id)
      );
    `,
  },
  // 3 and 4 are taken by other changes of this release (engine, audit).
  {
    version: 5,
    description: 'change feed (outbox): what an OA system acts on, appended in the commit that made it',
    sql: `
      CREATE TABLE feed (
        cursor bigserial PRIMARY KEY,
        case_id text NOT NULL,
        kind text NOT NULL,
        agency text,
        module_id text NOT NULL,
        entry jsonb NOT NULL
      );
    `,
  },
];
