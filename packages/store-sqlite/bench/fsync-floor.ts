// The disk's own floor for the durable benchmarks (SQLite store, HTTP service): what no store can
// beat with one durable transaction per event.
import Database from 'better-sqlite3';

/** Commits per second of one 200-byte row per transaction: the disk's fsync floor for WAL + FULL. */
export function fsyncFloor(file: string, commits: number): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const commit = db.transaction((v: string) => insert.run(v));
  const row = 'x'.repeat(200);
  const t0 = performance.now();
  for (let i = 0; i < commits; i++) commit.immediate(row);
  const ms = performance.now() - t0;
  db.close();
  return (commits / ms) * 1000;
}
