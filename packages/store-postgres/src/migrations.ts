import type { Migration } from '@zwgk/core';

/**
 * One commit's writes in `commit_batch`: its cases (inserted, or updated when the audit sequence is the
 * one the engine read), audit entries, deadlines and idempotency keys. A failed check raises SQLSTATE
 * ZW409 with the conflict as JSON in DETAIL; another writer's row there first raises a unique violation.
 */
const commitWrites = `            FOR k IN SELECT value FROM jsonb_array_elements(c->'cases') LOOP
              IF k->>'expected' IS NULL THEN
                INSERT INTO cases (id, module_id, status, state, agency, parent_id, audit_seq, record, opened_at, title)
                  VALUES (k->>'id', k->>'moduleId', k->>'status', k->>'state', k->>'agency', k->>'parentId', (k->>'auditSeq')::integer,
                          k->>'record', k->>'openedAt', k->>'title')
                  ON CONFLICT (id) DO NOTHING;
                IF NOT FOUND THEN
                  RAISE EXCEPTION USING ERRCODE = 'ZW409', MESSAGE = format('case %s already exists', k->>'id'),
                    DETAIL = json_build_object('caseId', k->>'id')::text;
                END IF;
              ELSE
                UPDATE cases SET module_id = k->>'moduleId', status = k->>'status', state = k->>'state', agency = k->>'agency',
                    parent_id = k->>'parentId', audit_seq = (k->>'auditSeq')::integer, record = k->>'record'
                  WHERE id = k->>'id' AND audit_seq = (k->>'expected')::integer;
                IF NOT FOUND THEN
                  RAISE EXCEPTION USING ERRCODE = 'ZW409',
                    MESSAGE = format('case %s was changed by another writer: reload it and retry', k->>'id'),
                    DETAIL = json_build_object('caseId', k->>'id', 'expectedAuditSeq', (k->>'expected')::integer)::text;
                END IF;
              END IF;
            END LOOP;
            INSERT INTO audit (case_id, seq, entry)
              SELECT a."caseId", a.seq, a.entry FROM jsonb_to_recordset(c->'audit') AS a("caseId" text, seq integer, entry text);
            INSERT INTO deadlines (case_id, name, status, next_fire_at, due_at, warn_at, record, outcome)
              SELECT d."caseId", d.name, d.status, d."nextFireAt", d."dueAt", d."warnAt", d.record, d.outcome
              FROM jsonb_to_recordset(c->'deadlines') AS d("caseId" text, name text, status text, "nextFireAt" bigint, "dueAt" bigint,
                                                           "warnAt" bigint, record text, outcome text)
              ON CONFLICT (case_id, name) DO UPDATE SET status = excluded.status, next_fire_at = excluded.next_fire_at,
                due_at = excluded.due_at, warn_at = excluded.warn_at, record = excluded.record, outcome = excluded.outcome,
                claimed_by = NULL, claimed_until = NULL;
            INSERT INTO idempotency (case_id, event_id, result)
              SELECT e."caseId", e."eventId", e.result FROM jsonb_to_recordset(c->'idempotency') AS e("caseId" text, "eventId" text, result text)
              ON CONFLICT DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n < jsonb_array_length(c->'idempotency') THEN
              RAISE EXCEPTION USING ERRCODE = 'ZW409', MESSAGE = format('event %s was already applied to case %s',
                  c->'idempotency'->0->>'eventId', c->'idempotency'->0->>'caseId'),
                DETAIL = json_build_object('caseId', c->'idempotency'->0->>'caseId', 'eventId', c->'idempotency'->0->>'eventId')::text;
            END IF;
`;

/** Each commit of a batch in its own subtransaction (BEGIN … EXCEPTION): a failed check rolls back that commit alone. */
const commitsInSavepoints = `        FOR c IN SELECT value FROM jsonb_array_elements(batch) LOOP
          i := i + 1;
          BEGIN
${commitWrites}            written := written || i;
            outcomes := outcomes || NULL::text;
          EXCEPTION
            -- Ours (a moved case), a duplicate key (another writer's audit entry or case got there
            -- first) or a deadlock with another process's batch: this commit lost a race.
            WHEN SQLSTATE 'ZW409' OR unique_violation OR deadlock_detected THEN
              GET STACKED DIAGNOSTICS message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
              outcomes := outcomes || json_build_object('code', SQLSTATE, 'message', message,
                'details', CASE WHEN SQLSTATE = 'ZW409' THEN detail::json ELSE '{}'::json END)::text;
          END;
        END LOOP;
`;

/**
 * `commit_batch(batch jsonb)`: the commits (`commits`, the SQL that writes them and sets `written` and
 * `outcomes`), then the feed rows and ledger leaves of those written. Migration 6 created it, migration 7
 * replaced it; each migration's text stays as it was applied.
 */
function commitBatchFunction(create: 'CREATE' | 'CREATE OR REPLACE', commits: string): string {
  return `      ${create} FUNCTION commit_batch(batch jsonb) RETURNS text[] LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        c jsonb;
        k jsonb;
        i integer := 0;
        n integer;
        written integer[] := '{}';
        outcomes text[] := '{}';
        heads integer;
        total bigint;
        message text;
        detail text;
      BEGIN
${commits}        IF EXISTS (SELECT FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(cm, ord)
                   WHERE ord = ANY (written) AND jsonb_array_length(b.cm->'feed') > 0) THEN
          -- A bigserial is taken at insert, not at commit: without this lock a reader could pass the
          -- cursor of a transaction still open and never see its entries. Held until COMMIT.
          PERFORM pg_advisory_xact_lock(hashtext('zwgk-feed:' || current_schema()));
          INSERT INTO feed (case_id, kind, agency, module_id, entry)
            SELECT f.value->>'caseId', f.value->>'kind', f.value->>'agency', f.value->>'moduleId', (f.value->>'entry')::jsonb
            FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(cm, ord), jsonb_array_elements(b.cm->'feed') WITH ORDINALITY AS f(value, fo)
            WHERE b.ord = ANY (written) ORDER BY b.ord, f.fo;
        END IF;
        SELECT count(*) INTO heads FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(cm, ord), jsonb_array_elements(b.cm->'cases') AS h(value)
          WHERE b.ord = ANY (written) AND (h.value->>'expected') IS DISTINCT FROM (h.value->>'auditSeq');
        IF heads > 0 THEN
          UPDATE ledger_size SET size = size + heads RETURNING size INTO total;
          INSERT INTO ledger (idx, case_id, seq, hash)
            SELECT total - heads + row_number() OVER (ORDER BY b.ord, h.ko) - 1, h.value->>'id', (h.value->>'auditSeq')::integer, h.value->>'hash'
            FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(cm, ord), jsonb_array_elements(b.cm->'cases') WITH ORDINALITY AS h(value, ko)
            WHERE b.ord = ANY (written) AND (h.value->>'expected') IS DISTINCT FROM (h.value->>'auditSeq');
        END IF;
        RETURN outcomes;
      END
      $fn$;
`;
}

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
  {
    version: 6,
    description:
      'one round trip per commit batch: commit_batch(jsonb) writes commits in one transaction, each in its own savepoint; deadline claims (a lease) for several sweepers',
    // commit_batch takes an array of commits (records and entries as JSON text, byte for byte what
    // the engine wrote, so audit hashes verify) and returns one outcome per commit: NULL when it was
    // written, else its conflict as JSON text ({"message", "details"}). Each commit runs in its own
    // BEGIN … EXCEPTION block (a subtransaction): a failed check rolls back that commit alone.
    // Feed rows and ledger leaves of the written commits come last, in batch order, so the feed's
    // advisory lock and the ledger counter's row lock (which order commits across processes) are
    // held only from there to COMMIT. Any other error fails the whole batch.
    // claimed_by/claimed_until: a sweeper's lease on a due deadline (see claimDueDeadlines); every
    // upsert of the deadline by a commit clears it.
    sql: `
      ALTER TABLE deadlines ADD COLUMN claimed_by text;
      ALTER TABLE deadlines ADD COLUMN claimed_until timestamptz;

${commitBatchFunction('CREATE', commitsInSavepoints)}    `,
  },
  {
    version: 7,
    description: 'commit_batch writes a batch of one commit without a subtransaction: a failed check fails the statement',
    // A BEGIN … EXCEPTION block is a subtransaction: 0.89 ms against 0.73 without for a one-commit batch,
    // timed in psql; through the store, 7–11% less per one-commit call. A batch of one has no batch-mate to spare,
    // so its commit runs bare and a failed check (ZW409, a unique violation, a deadlock) fails the
    // statement; the store answers that error as the commit's conflict, as it does an outcome.
    sql: `
${commitBatchFunction(
  'CREATE OR REPLACE',
  `        IF jsonb_array_length(batch) = 1 THEN
          c := batch->0;
          i := 1;
${commitWrites}          written := ARRAY[1];
          outcomes := ARRAY[NULL::text];
        ELSE
${commitsInSavepoints}        END IF;
`,
)}    `,
  },
];
