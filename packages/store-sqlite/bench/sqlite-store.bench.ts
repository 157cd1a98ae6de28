// npm run bench -w @zwgk/store-sqlite
// 1. Durable events per second through the engine with SQLite (each event its own transaction,
//    synchronous=FULL and NORMAL), next to the in-memory store and to the disk's own floor, in the
//    same run: a bare better-sqlite3 loop committing one small row per transaction with the same
//    journal (WAL) and synchronous=FULL, i.e. the fsync rate, which no store can beat with one
//    durable transaction per event. Target ≥ 2,000/s with FULL. Rounds alternate; medians shown.
// 2. With N open cases and their deadlines in SQLite: the time to find what is due in a one-day
//    window, the time to open the store on the file, and the process's peak memory, for growing N.
// 3. Facts from other cases: one agency's counts for one year (countCases: by status and state;
//    then with the deadline results, a join) with N cases over four years and 20 agencies; target < 200 ms at 1,000,000,
//    next to a full count of the cases table in the same run (the scan the index avoids).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaseStore, MemoryStore } from '@zwgk/core';
import { createCommit, sampleCase, sampleDeadline } from '@zwgk/testing';
import type Database from 'better-sqlite3';
import { sendThroughput } from '../../core/bench/send-throughput.js';
import { SqliteStore } from '../src/index.js';
import { fsyncFloor } from './fsync-floor.js';

const dir = mkdtempSync(join(tmpdir(), 'zwgk-bench-'));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_CASES ?? '10000,100000,1000000').split(',').map(Number);
const CASES = 200;

const throughput = (store: CaseStore, concurrency = 1) => sendThroughput(store, { events: EVENTS, cases: CASES, concurrency });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rounds = {
  memory: [] as number[],
  floor: [] as number[],
  full: [] as number[],
  fullUncached: [] as number[],
  normal: [] as number[],
  full16: [] as number[],
  full16Single: [] as number[],
};
for (let r = 0; r < ROUNDS; r++) {
  rounds.memory.push(await throughput(new MemoryStore()));
  rounds.floor.push(fsyncFloor(join(dir, `floor-${r}.sqlite`), 1_000));
  rounds.full.push(await throughput(new SqliteStore(join(dir, `full-${r}.sqlite`), { create: true })));
  // Every case read from the file, as when events to a case come further apart than the cache holds.
  rounds.fullUncached.push(await throughput(new SqliteStore(join(dir, `full-uncached-${r}.sqlite`), { cacheSize: 0, create: true })));
  rounds.normal.push(await throughput(new SqliteStore(join(dir, `normal-${r}.sqlite`), { synchronous: 'NORMAL', create: true })));
  // 16 senders at once: group commit (the default) against one transaction per event.
  rounds.full16.push(await throughput(new SqliteStore(join(dir, `full16-${r}.sqlite`), { create: true, groupCommit: {} }), 16));
  rounds.full16Single.push(
    await throughput(new SqliteStore(join(dir, `full16-single-${r}.sqlite`), { groupCommit: false, create: true }), 16),
  );
}
// What one commit writes: the same workload once more, untimed, with checkpoints off so the WAL keeps every page.
// With one sender every commit writes each page it touches (about twenty 1 KiB pages: the case row,
// its state index, the audit and ledger appends, the audit key, the deadline row and its indexes,
// the idempotency key); with 16 senders group commit writes the shared pages once per batch.
const walPerCommit = async (name: string, senders: number) => {
  const walFile = join(dir, name);
  const counted = new SqliteStore(walFile, { synchronous: 'NORMAL', create: true });
  counted.db.pragma('wal_autocheckpoint = 0');
  await throughput(counted, senders);
  const bytes = statSync(`${walFile}-wal`).size / (EVENTS + CASES);
  const owners = walPageOwners(counted.db, `${walFile}-wal`, EVENTS + CASES);
  counted.close();
  return { bytes, owners };
};
/**
 * Pages per commit the WAL holds for each table or index, the largest first: every frame's page
 * number, named by the b-tree that owns that page at the end of the run (SQLite's dbstat; a page
 * freed and reused meanwhile is counted under its last owner).
 */
function walPageOwners(db: Database.Database, wal: string, commits: number): string {
  const bytes = readFileSync(wal);
  const pageSize = bytes.readUInt32BE(8);
  const owner = new Map<number, string>();
  for (const row of db.prepare('SELECT name, pageno, pagetype FROM dbstat').all() as { name: string; pageno: number; pagetype: string }[])
    owner.set(row.pageno, row.pagetype === 'overflow' ? `${row.name} (overflow)` : row.name);
  const pages = new Map<string, number>();
  for (let at = 32; at + 24 + pageSize <= bytes.length; at += 24 + pageSize) {
    const name = owner.get(bytes.readUInt32BE(at)) ?? 'free';
    pages.set(name, (pages.get(name) ?? 0) + 1);
  }
  return [...pages]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, n]) => `${name} ${(n / commits).toFixed(2)}`)
    .join(', ');
}
const wal1 = await walPerCommit('wal-count.sqlite', 1);
const wal16 = await walPerCommit('wal-count-16.sqlite', 16);
const memory = median(rounds.memory);
const floor = median(rounds.floor);
const full = median(rounds.full);
const fullUncached = median(rounds.fullUncached);
const normal = median(rounds.normal);
const full16 = median(rounds.full16);
const full16Single = median(rounds.full16Single);
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
console.log(
  `@zwgk/store-sqlite — engine.send, ${EVENTS} events over ${CASES} cases, one transaction each (median of ${ROUNDS} alternating rounds)`,
);
console.log(`  baseline  MemoryStore                    ${memory.toFixed(0).padStart(8)} events/s`);
console.log(
  `  baseline  fsync floor (bare better-sqlite3, 1 row/transaction, WAL, FULL) ${floor.toFixed(0).padStart(8)} commits/s = ${(1000 / floor).toFixed(2)} ms/commit  (rounds ${list(rounds.floor)})`,
);
console.log(
  `  measured  SqliteStore synchronous=FULL   ${full.toFixed(0).padStart(8)} events/s  (${(full / floor).toFixed(2)} of the fsync floor; target ≥ 2000/s; rounds ${list(rounds.full)})`,
);
console.log(
  `  measured  SqliteStore synchronous=FULL, no case cache ${fullUncached.toFixed(0).padStart(8)} events/s  (every case read from the file; rounds ${list(rounds.fullUncached)})`,
);
console.log(
  `  measured  SqliteStore synchronous=NORMAL ${normal.toFixed(0).padStart(8)} events/s  (${(normal / memory).toFixed(2)} of memory; rounds ${list(rounds.normal)})`,
);
console.log(
  `  measured  SqliteStore FULL, 16 senders, group commit ${full16.toFixed(0).padStart(8)} events/s  (${(full16 / floor).toFixed(2)}× the fsync floor; rounds ${list(rounds.full16)})`,
);
console.log(
  `  measured  SqliteStore FULL, 16 senders, one transaction each ${full16Single.toFixed(0).padStart(8)} events/s  (${(full16Single / floor).toFixed(2)}× the floor; rounds ${list(rounds.full16Single)})`,
);
console.log(
  `  measured  WAL written per commit (events and opens, before checkpoints) ${(wal1.bytes / 1024).toFixed(1)} KiB with one sender, ${(wal16.bytes / 1024).toFixed(1)} KiB with 16 (group commit); target ≤ 8 KiB`,
);
console.log(`            pages per commit by owner, one sender: ${wal1.owners}`);
console.log(`            pages per commit by owner, 16 senders: ${wal16.owners}`);

console.log('\n  open cases   fill (s)   open store (ms)   due in one day (ms)   found   RSS after (MiB)   peak RSS (MiB)');
const facts: string[] = [];
const AGENCIES = 20;
const FOUR_YEARS = 4 * 365 * 86_400_000;
const factsBase = Date.parse('2019-01-01T00:00:00+08:00');
/** An instant in the engine's form (+08:00, whole seconds). */
const beijing = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
/** The i-th case of the fill: one of 20 agencies, opened over four years, a third of them closed. */
function filledCase(i: number, size: number) {
  const id = `case-${i}`;
  const closed = i % 3 === 0;
  const openedAt = beijing(factsBase + Math.floor((i / size) * FOUR_YEARS));
  return sampleCase(id, {
    agency: `agency-${i % AGENCIES}`,
    openedAt,
    status: closed ? 'done' : 'open',
    state: closed ? (i % 2 ? 'answered' : 'refused') : 'waiting',
  });
}
const DAY = 86_400_000;
const base = Date.parse('2019-10-01T00:00:00+08:00');
for (const size of SIZES) {
  const file = join(dir, `scale-${size}.sqlite`);
  const filler = new SqliteStore(file, { synchronous: 'NORMAL', create: true });
  const t0 = performance.now();
  const insert = filler.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `case-${i}`;
      const record = filledCase(i, size);
      // Deadlines spread evenly over 365 days; a closed case's is finished, met or missed.
      const deadline = sampleDeadline(id, 'reply', base + Math.floor((i / size) * 365 * DAY));
      const finished = {
        ...deadline,
        status: 'completed' as const,
        outcome: i % 5 === 0 ? ('missed' as const) : ('met' as const),
        nextFireAtMs: null,
      };
      void filler.commit(createCommit(record, [record.status === 'done' ? finished : deadline]));
    }
  });
  for (let i = 0; i < size; i += 10_000) insert(i, Math.min(size, i + 10_000));
  const fillS = (performance.now() - t0) / 1000;
  filler.close();
  const t1 = performance.now();
  const store = new SqliteStore(file);
  const openMs = performance.now() - t1;
  const from = base + 100 * DAY;
  await store.dueDeadlines(from, 10); // warm the statement
  const t2 = performance.now();
  const window = await store.deadlinesBetween(from, from + DAY);
  const dueMs = performance.now() - t2;
  const year = { agency: 'agency-7', openedFrom: '2020-01-01T00:00:00+08:00', openedTo: '2021-01-01T00:00:00+08:00' };
  const t3 = performance.now();
  const counts = await store.countCases(year);
  const coldMs = performance.now() - t3;
  const t4 = performance.now();
  await store.countCases(year);
  const warmMs = performance.now() - t4;
  const t6 = performance.now();
  await store.countCases({ ...year, deadlines: true });
  const withDeadlinesMs = performance.now() - t6;
  const t5 = performance.now();
  store.db.prepare('SELECT count(*) FROM cases').pluck().get();
  const scanMs = performance.now() - t5;
  facts.push(
    `  ${String(size).padStart(10)}   ${String(counts.total).padStart(9)}   ${coldMs.toFixed(1).padStart(10)}   ${warmMs.toFixed(1).padStart(10)}   ${scanMs.toFixed(1).padStart(15)}   ${(warmMs / 200).toFixed(3).padStart(16)}   ${withDeadlinesMs.toFixed(1).padStart(19)}`,
  );
  store.close();
  const rss = process.memoryUsage().rss / 2 ** 20;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `  ${String(size).padStart(10)}   ${fillS.toFixed(1).padStart(8)}   ${openMs.toFixed(1).padStart(15)}   ${dueMs.toFixed(2).padStart(19)}   ${String(window.length).padStart(5)}   ${rss.toFixed(0).padStart(15)}   ${peak.toFixed(0).padStart(14)}`,
  );
}
console.log('\n  one agency, one year: countCases (by status, state, deadline result)');
console.log('       cases   in year   first (ms)   again (ms)   full count (ms)   again / 200 ms target   with deadlines (ms)');
for (const line of facts) console.log(line);
rmSync(dir, { recursive: true, force: true });
