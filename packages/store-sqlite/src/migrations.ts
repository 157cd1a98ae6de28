import type { Migration } from '@zwgk/core';

/**
 * The store's schema history. Records are kept as JSON (the engine's own types), with the
 * columns that queries filter or sort on pulled out and indexed beside them.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'cases, audit chain, deadlines with a due index, idempotency keys',
    sql: `
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        module_id TEXT NOT NULL,
        status TEXT NOT NULL,
        state TEXT NOT NULL,
        agency TEXT,
        parent_id TEXT,
        audit_seq INTEGER NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX cases_by_module ON cases (module_id, status);
      CREATE INDEX cases_by_state ON cases (state);
      CREATE INDEX cases_by_agency ON cases (agency) WHERE agency IS NOT NULL;
      CREATE INDEX cases_by_parent ON cases (parent_id) WHERE parent_id IS NOT NULL;

      -- Rowid tables for the audit and deadlines: their rows are large (an audit entry is most of a
      -- KB; a deadline's record, with its explanation and history, several), and a WITHOUT ROWID
      -- table keeps them in its key order, so every insert lands inside a full page and splits it,
      -- and keeps only ~1 KB of a row in its page, spilling the rest into overflow pages that every
      -- update rewrites. A rowid table appends rows and indexes the small key beside them.
      CREATE TABLE audit (
        case_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
      );

      CREATE TABLE deadlines (
        case_id TEXT NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        next_fire_at INTEGER,
        due_at INTEGER,
        warn_at INTEGER,
        record TEXT NOT NULL,
        PRIMARY KEY (case_id, name)
      );
      -- "What is due by T" is a range scan of this index, in firing order.
      CREATE INDEX deadlines_by_next_fire ON deadlines (next_fire_at, case_id, name) WHERE next_fire_at IS NOT NULL;
      CREATE INDEX deadlines_running_by_due ON deadlines (due_at) WHERE status = 'running';
      CREATE INDEX deadlines_running_by_warn ON deadlines (warn_at) WHERE status = 'running' AND warn_at IS NOT NULL;
      CREATE INDEX deadlines_open ON deadlines (status) WHERE status IN ('running', 'paused'); -- dropped by migration 2

      CREATE TABLE idempotency (
        case_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (case_id, event_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: 'drop the index of open deadlines: only a calendar change reads them, and it cost a page write per deadline change',
    // Every pause, resume, start and completion moved a deadline in or out of this index: one more
    // page in the WAL per event (about 1 in 12, and 12% of durable events/s in the bench). The
    // only reader is engine.useCalendar, a rare whole-table pass that a scan serves as well.
    sql: `DROP INDEX IF EXISTS deadlines_open;`,
  },
  {
    version: 3,
    description:
      'facts from other cases: when a case was opened and its title as columns, a covering index by agency and period, deadline outcomes indexed',
    // Counts of an agency's cases in a period (a year's figures) read only this index: no row, no
    // JSON. Deadline results are counted from an index of (case, name, outcome): the outcome column
    // sits after the large record, so reading it from the row would walk its overflow pages.
    sql: `
      ALTER TABLE cases ADD COLUMN opened_at TEXT;
      ALTER TABLE cases ADD COLUMN title TEXT;
      UPDATE cases SET opened_at = json_extract(record, '$.openedAt'), title = json_extract(record, '$.title');
      CREATE INDEX cases_by_agency_opened ON cases (agency, opened_at, module_id, status, state) WHERE agency IS NOT NULL;
      CREATE INDEX cases_by_module_opened ON cases (module_id, opened_at); -- no state: it would be rewritten on every event
      CREATE INDEX cases_by_title ON cases (title, opened_at) WHERE title IS NOT NULL;
      ALTER TABLE deadlines ADD COLUMN outcome TEXT;
      UPDATE deadlines SET outcome = json_extract(record, '$.outcome');
      CREATE INDEX deadlines_outcome ON deadlines (case_id, name, outcome);
    `,
  },
  {
    version: 4,
    description: 'the store-wide ledger: one leaf (case id, audit sequence, head hash) per case head a commit wrote, in commit order',
    // A rowid table: leaves are appended at its end (one small row per commit). A file written
    // before this migration starts its ledger with each case's head at migration time, in the
    // order the cases were created: those heads are trusted as they are found.
    sql: `
      CREATE TABLE ledger (
        idx INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      );
      INSERT INTO ledger (case_id, seq, hash) SELECT id, audit_seq, json_extract(record, '$.auditHash') FROM cases WHERE audit_seq > 0 ORDER BY rowid;
    `,
  },
  {
    version: 5,
    description: 'change feed (outbox): what an OA system acts on, appended in the commit that made it',
    // AUTOINCREMENT: a cursor is never reused, even after the newest rows were deleted by hand.
    sql: `
      CREATE TABLE feed (
        cursor INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        agency TEXT,
        module_id TEXT NOT NULL,
        entry TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    description: 'idempotency keys in a rowid table: each new key appended, its small (case, event) key indexed beside it',
    // WITHOUT ROWID kept the whole row (a few hundred bytes of stored answer) in key order, so each
    // new key landed inside a full page and split it: over three pages in the WAL per event with
    // 1 KiB pages, where an append and one index entry take about two.
    sql: `
      CREATE TABLE idempotency_keys (
        case_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (case_id, event_id)
      );
      INSERT INTO idempotency_keys (case_id, event_id, result) SELECT case_id, event_id, result FROM idempotency;
      DROP TABLE idempotency;
      ALTER TABLE idempotency_keys RENAME TO idempotency;
    `,
  },
  {
    version: 7,
    description:
      "lists that only grow, one item a row: a case's notices and breaches, a deadline's history; a deadline's explanation apart, written when it changes",
    // Each event rewrote its case's row whole, with every notice the case had sent (a case of forty
    // events carried 8.5 KB of notices in a 12 KB row), and each deadline change its deadline's row
    // with its whole history and calendar explanation (over 2 KB): past a 1 KiB page, that is a chain
    // of overflow pages written, freed and taken again. Now a commit appends the new items, and the
    // explanation (about 1 KB) is written only when the count behind the due instant changes.
    // Notices and breaches are rowid tables, appended in commit order with their small key indexed
    // beside them: in a WITHOUT ROWID table a row over about a fifth of a page (a notice is about
    // 500 bytes) spills into an overflow page of its own. A history entry (about 70 bytes) stays
    // whole in its page, so the history is kept in key order, one b-tree.
    sql: `
      CREATE TABLE case_notices (
        case_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
      );
      INSERT INTO case_notices (case_id, seq, item) SELECT c.id, n.key, n.value FROM cases c, json_each(c.record, '$.notices') n;
      CREATE TABLE case_breaches (
        case_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
      );
      INSERT INTO case_breaches (case_id, seq, item) SELECT c.id, b.key, b.value FROM cases c, json_each(c.record, '$.breaches') b;
      UPDATE cases SET record = json_remove(record, '$.notices', '$.breaches');
      CREATE TABLE deadline_history (
        case_id TEXT NOT NULL,
        name TEXT NOT NULL,
        seq INTEGER NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (case_id, name, seq)
      ) WITHOUT ROWID;
      INSERT INTO deadline_history (case_id, name, seq, item)
        SELECT d.case_id, d.name, h.key, h.value FROM deadlines d, json_each(d.record, '$.history') h;
      -- A rowid table: an explanation is most of a KB, too large to keep in key order.
      CREATE TABLE deadline_explanations (
        case_id TEXT NOT NULL,
        name TEXT NOT NULL,
        explanation TEXT NOT NULL,
        PRIMARY KEY (case_id, name)
      );
      INSERT INTO deadline_explanations (case_id, name, explanation)
        SELECT case_id, name, json_quote(json_extract(record, '$.explanation')) FROM deadlines
        WHERE coalesce(json_type(record, '$.explanation'), 'null') <> 'null';
      UPDATE deadlines SET record = json_remove(record, '$.history', '$.explanation');
    `,
  },
];
