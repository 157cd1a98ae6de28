import { parseStoredJson } from '@zwgk/core';
import type Database from 'better-sqlite3';

/** One stored item of a list: its place and its JSON text. */
export interface ListRow {
  readonly seq: number;
  readonly item: string;
}

/**
 * A list that only grows (a case's notices and breaches, a deadline's history), kept one item a row
 * beside the record that owns it (migration 7), so that a commit appends the new items instead of
 * rewriting the whole list inside the record's row. The table is keyed by the owner's columns and
 * `seq`; its item column holds the item's JSON.
 */
export class GrowingList {
  readonly #last: Database.Statement;
  readonly #drop: Database.Statement;
  readonly #append: Database.Statement;
  readonly #read: Database.Statement;

  constructor(db: Database.Database, table: string, owner: readonly string[]) {
    const key = owner.map((column) => `${column} = ?`).join(' AND ');
    this.#last = db.prepare(`SELECT seq, item FROM ${table} WHERE ${key} ORDER BY seq DESC LIMIT 1`);
    this.#drop = db.prepare(`DELETE FROM ${table} WHERE ${key}`);
    this.#append = db.prepare(`INSERT INTO ${table} (${owner.join(', ')}, seq, item) VALUES (${owner.map(() => '?').join(', ')}, ?, ?)`);
    this.#read = db.prepare(`SELECT seq, item FROM ${table} WHERE ${key} ORDER BY seq`);
  }

  /**
   * Stores `items` as the owner's list. The engine only appends, so the items past the stored last
   * one are written; a list that does not continue the stored one (its item at that place differs,
   * or it is shorter) is written anew.
   */
  write(owner: readonly unknown[], items: readonly unknown[]): void {
    const stored = this.#last.get(...owner) as ListRow | undefined;
    let from = stored === undefined ? 0 : stored.seq + 1;
    if (stored !== undefined && (stored.seq >= items.length || JSON.stringify(items[stored.seq]) !== stored.item)) {
      this.#drop.run(...owner);
      from = 0;
    }
    for (let seq = from; seq < items.length; seq++) this.#append.run(...owner, seq, JSON.stringify(items[seq]));
  }

  /** The owner's stored items, in order. */
  read(owner: readonly unknown[]): ListRow[] {
    return this.#read.all(...owner) as ListRow[];
  }
}

/** The items of stored rows, parsed; a damaged one is `STORE_CORRUPT` naming `what` and its place. */
export function parseList<T>(rows: readonly ListRow[], what: string, details: Record<string, unknown>): T[] {
  return rows.map((row) => parseStoredJson<T>(row.item, `${what} ${row.seq}`, { ...details, seq: row.seq }));
}
