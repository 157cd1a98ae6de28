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
  {
    // Numbered 3 like SQLite's same migration (SQLite's 2 has no counterpart here); 4 and 5 are reserved.
    version: 3,
    description:
      'facts from other cases: when a case was opened and its title as columns, an index by agency and period, deadline outcomes',
    // Text instants compare in "C" order: every instant the engine writes has the same +08:00 form.
    sql: `
      ALTER TABLE cases ADD COLUMN opened_at text COLLATE "C";
      ALTER TABLE cases ADD COLUMN title text;
      UPDATE cases SET opened_at = record::json->>'openedAt', title = record::json->>'title';
      CREATE INDEX cases_by_agency_opened ON cases (agency, opened_at) INCLUDE (module_id, status, state) WHERE agency IS NOT NULL;
      CREATE INDEX cases_by_module_opened ON cases (module_id, opened_at) INCLUDE (status, state);
      CREATE INDEX cases_by_title ON cases (title, opened_at) WHERE title IS NOT NULL;
      ALTER TABLE deadlines ADD COLUMN outcome text;
      UPDATE deadlines SET outcome = record::json->>'outcome';
    `,
  },
  {
    version: 4,
    description: 'the store-wide ledger: one leaf (case id, audit sequence, head hash) per case head a commit wrote, in commit order',
    // Leaves are numbered from ledger_size, a one-row counter every commit updates last: its row
    // lock orders concurrent commits, so the ledger has no gaps and its order is commit order
    // (a bigserial would hand out numbers in start order and leave gaps on rollback). Cases that
    // exist at migration time start the ledger with their heads, in creation order.
    sql: `
      CREATE TABLE ledger (
        idx bigint PRIMARY KEY,
        case_id text NOT NULL,
        seq integer NOT NULL,
        hash text NOT NULL
      );
      CREATE TABLE ledger_size (one boolean PRIMARY KEY DEFAULT true CHECK (one), size bigint NOT NULL);
      INSERT INTO ledger (idx, case_id, seq, hash)
        SELECT row_number() OVER (ORDER BY created) - 1, id, audit_seq, record::json->>'auditHash' FROM cases WHERE audit_seq > 0;
      INSERT INTO ledger_size (size) SELECT count(*) FROM ledger;
    `,
  },
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
