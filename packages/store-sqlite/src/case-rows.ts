import { type BreachRecord, type CaseRecord, caseColumns, type NoticeRecord, parseStoredJson, ZwgkError } from '@zwgk/core';
import type Database from 'better-sqlite3';
import { GrowingList, parseList } from './growing-list.js';

/**
 * How a case record is kept in the file (migration 7): the row in `cases` holds what an event
 * changes, with the columns queries filter on beside it; its notices and breaches, which only grow,
 * are rows of `case_notices` and `case_breaches`, appended. Callers see whole records, as committed.
 */
export class CaseRows {
  readonly #insert: Database.Statement;
  readonly #head: Database.Statement;
  readonly #load: Database.Statement;
  readonly #updates = new Map<number, Database.Statement>();
  readonly #notices: GrowingList;
  readonly #breaches: GrowingList;
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#insert = db.prepare(
      'INSERT INTO cases (id, module_id, status, state, agency, parent_id, audit_seq, record, opened_at, title) VALUES (@id, @moduleId, @status, @state, @agency, @parentId, @auditSeq, @record, @openedAt, @title) ON CONFLICT (id) DO NOTHING',
    );
    this.#head = db.prepare('SELECT audit_seq, status, state, agency FROM cases WHERE id = ?');
    this.#load = db.prepare('SELECT id, record FROM cases WHERE id = ?');
    this.#notices = new GrowingList(db, 'case_notices', ['case_id']);
    this.#breaches = new GrowingList(db, 'case_breaches', ['case_id']);
  }

  /**
   * Writes a committed case: a new one (`expectedAuditSeq` null) if its id is free, an existing one if
   * the file still holds the audit sequence the engine read; `VERSION_CONFLICT` otherwise.
   */
  write(record: CaseRecord, expectedAuditSeq: number | null): void {
    const { notices, breaches, ...rest } = record;
    const row = { ...caseColumns(record), record: JSON.stringify(rest) };
    if (expectedAuditSeq === null) {
      if (this.#insert.run(row).changes === 0) throw conflict(`case ${record.id} already exists`, { caseId: record.id });
    } else {
      const head = this.#head.get(record.id) as { audit_seq: number; status: string; state: string; agency: string | null } | undefined;
      if (head?.audit_seq !== expectedAuditSeq) {
        throw conflict(`case ${record.id} was changed by another writer: reload it and retry`, { caseId: record.id, expectedAuditSeq });
      }
      // Set only the indexed columns that changed: SQLite rewrites an index entry for every
      // column named in SET, changed or not, and each rewritten page is written to the WAL.
      const changed =
        (head.status !== record.status ? 1 : 0) | (head.state !== record.state ? 2 : 0) | (head.agency !== record.agency ? 4 : 0);
      this.#update(changed).run(row);
    }
    this.#notices.write([record.id], notices);
    this.#breaches.write([record.id], breaches);
  }

  #update(changed: number): Database.Statement {
    let statement = this.#updates.get(changed);
    if (!statement) {
      const set = [
        ...(changed & 1 ? ['status = @status'] : []),
        ...(changed & 2 ? ['state = @state'] : []),
        ...(changed & 4 ? ['agency = @agency'] : []),
        'audit_seq = @auditSeq',
        'record = @record',
      ];
      statement = this.#db.prepare(`UPDATE cases SET ${set.join(', ')} WHERE id = @id`);
      this.#updates.set(changed, statement);
    }
    return statement;
  }

  /** The case as committed, or undefined. */
  load(caseId: string): CaseRecord | undefined {
    const row = this.#load.get(caseId) as { id: string; record: string } | undefined;
    return row && this.complete(row);
  }

  /** The whole record of a row a query of the `cases` table found (id, record). */
  complete(row: { readonly id: unknown; readonly record: unknown }): CaseRecord {
    const caseId = String(row.id);
    const details = { caseId };
    return {
      ...parseStoredJson<CaseRecord>(String(row.record), `case ${caseId}: its stored record`, details),
      notices: parseList<NoticeRecord>(this.#notices.read([caseId]), `case ${caseId}: notice`, details),
      breaches: parseList<BreachRecord>(this.#breaches.read([caseId]), `case ${caseId}: breach`, details),
    };
  }
}

function conflict(message: string, details: Record<string, unknown>): ZwgkError {
  return new ZwgkError('VERSION_CONFLICT', message, details);
}
