import { type DeadlineHistoryEntry, type DeadlineRecord, deadlineColumns, parseStoredJson } from '@zwgk/core';
import type Database from 'better-sqlite3';
import { GrowingList, type ListRow, parseList } from './growing-list.js';

type Row = Record<string, unknown>;

/**
 * How a deadline record is kept in the file (migration 7): the row in `deadlines` holds what changes
 * with every pause, resume or firing; each history entry is a row of `deadline_history`, appended;
 * the calendar's explanation of the due instant is a row of `deadline_explanations`, written only
 * when the count behind it changes. Callers see whole records, as they committed them.
 */
export class DeadlineRows {
  readonly #s;
  readonly #history: GrowingList;

  constructor(db: Database.Database) {
    this.#history = new GrowingList(db, 'deadline_history', ['case_id', 'name']);
    this.#s = {
      upsert: db.prepare(
        `INSERT INTO deadlines (case_id, name, status, next_fire_at, due_at, warn_at, record, outcome) VALUES (@caseId, @name, @status, @nextFireAt, @dueAt, @warnAt, @record, @outcome)
         ON CONFLICT (case_id, name) DO UPDATE SET status = excluded.status, next_fire_at = excluded.next_fire_at, due_at = excluded.due_at, warn_at = excluded.warn_at, record = excluded.record`,
      ),
      // Apart from the upsert: naming `outcome` in its SET would rewrite its index entry on every deadline change.
      outcome: db.prepare('UPDATE deadlines SET outcome = @outcome WHERE case_id = @caseId AND name = @name'),
      explanation: db.prepare('SELECT explanation FROM deadline_explanations WHERE case_id = ? AND name = ?').pluck(),
      setExplanation: db.prepare(
        'INSERT INTO deadline_explanations (case_id, name, explanation) VALUES (?, ?, ?) ON CONFLICT (case_id, name) DO UPDATE SET explanation = excluded.explanation',
      ),
      dropExplanation: db.prepare('DELETE FROM deadline_explanations WHERE case_id = ? AND name = ?'),
      rowsOfCase: db.prepare('SELECT case_id, name, record FROM deadlines WHERE case_id = ? ORDER BY name'),
      historyOfCase: db.prepare('SELECT name, seq, item FROM deadline_history WHERE case_id = ? ORDER BY name, seq'),
      explanationsOfCase: db.prepare('SELECT name, explanation FROM deadline_explanations WHERE case_id = ?'),
    };
  }

  /** Writes a deadline as committed: its row, the history entries the file lacks, and its explanation if it changed. */
  write(deadline: DeadlineRecord): void {
    const s = this.#s;
    const { caseId, name } = deadline;
    const { history, explanation, ...row } = deadline;
    s.upsert.run({ ...deadlineColumns(deadline), record: JSON.stringify(row) });
    // The outcome changes when a deadline ends, and back to none when an ended one starts again.
    const last = history.at(-1)?.op;
    if (deadline.outcome !== null || last === 'restart' || (last === 'start' && history.length > 1))
      s.outcome.run({ caseId, name, outcome: deadline.outcome });
    this.#history.write([caseId, name], history);
    const text = explanation === null || explanation === undefined ? undefined : JSON.stringify(explanation);
    if (text === (s.explanation.get(caseId, name) as string | undefined)) return;
    if (text === undefined) s.dropExplanation.run(caseId, name);
    else s.setExplanation.run(caseId, name, text);
  }

  /** A case's deadlines, ordered by name. */
  ofCase(caseId: string): DeadlineRecord[] {
    const s = this.#s;
    const rows = s.rowsOfCase.all(caseId) as Row[];
    if (rows.length === 0) return [];
    const histories = new Map<string, ListRow[]>();
    for (const row of s.historyOfCase.all(caseId) as (ListRow & { name: string })[]) {
      const name = String(row.name);
      const entries = histories.get(name);
      if (entries) entries.push(row);
      else histories.set(name, [row]);
    }
    const explanations = new Map((s.explanationsOfCase.all(caseId) as Row[]).map((row) => [String(row.name), row.explanation]));
    return rows.map((row) => assemble(row, histories.get(String(row.name)) ?? [], explanations.get(String(row.name))));
  }

  /** Whole records for rows a query of the `deadlines` table found (case_id, name, record). */
  complete(rows: readonly Row[]): DeadlineRecord[] {
    const s = this.#s;
    return rows.map((row) => assemble(row, this.#history.read([row.case_id, row.name]), s.explanation.get(row.case_id, row.name)));
  }
}

function assemble(row: Row, historyRows: readonly ListRow[], explanation: unknown): DeadlineRecord {
  const caseId = String(row.case_id);
  const name = String(row.name);
  const what = `case ${caseId}: deadline ${name}`;
  const details = { caseId, deadline: name };
  return {
    ...parseStoredJson<DeadlineRecord>(String(row.record), what, details),
    explanation: explanation === undefined ? null : parseStoredJson(String(explanation), `${what} explanation`, details),
    history: parseList<DeadlineHistoryEntry>(historyRows, `${what} history entry`, details),
  };
}
