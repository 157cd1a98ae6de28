// npm run bench -w @zwgk/store-sqlite
// 1. Durable events per second through the engine with SQLite (each event its own transaction,
//    synchronous=FULL and NORMAL), next to the in-memory store, in the same run. Target ≥ 2,000/s.
// 2. With N open cases and their deadlines in SQLite: the time to find what is due in a one-day
//    window, the time to open the store on the file, and the process's peak memory, for growing N.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore, type CaseStore } from '@zwgk/core';
import { createCommit, sampleCase, sampleDeadline } from '@zwgk/testing';
import { SqliteStore } from '../src/index.js';
import { sendThroughput } from '../../core/bench/send-throughput.js';

const dir = mkdtempSync(join(tmpdir(), 'zwgk-bench-'));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const SIZES = (process.env.BENCH_CASES ?? '10000,100000,1000000').split(',').map(Number);

const throughput = (store: CaseStore) => sendThroughput(store, { events: EVENTS, cases: 200 });

const memory = await throughput(new MemoryStore());
const full = await throughput(new SqliteStore(join(dir, 'full.sqlite')));
const normal = await throughput(new SqliteStore(join(dir, 'normal.sqlite'), { synchronous: 'NORMAL' }));
console.log(`@zwgk/store-sqlite — engine.send, ${EVENTS} events over 200 cases, one transaction each`);
console.log(`  baseline  MemoryStore                    ${memory.toFixed(0).padStart(8)} events/s`);
console.log(`  measured  SqliteStore synchronous=FULL   ${full.toFixed(0).padStart(8)} events/s  (${(full / memory).toFixed(2)} of memory; target ≥ 2000/s)`);
console.log(`  measured  SqliteStore synchronous=NORMAL ${normal.toFixed(0).padStart(8)} events/s  (${(normal / memory).toFixed(2)} of memory)`);

console.log('\n  open cases   fill (s)   open store (ms)   due in one day (ms)   found   RSS after (MiB)   peak RSS (MiB)');
const DAY = 86_400_000;
const base = Date.parse('2019-10-01T00:00:00+08:00');
for (const size of SIZES) {
  const file = join(dir, `scale-${size}.sqlite`);
  const filler = new SqliteStore(file, { synchronous: 'NORMAL' });
  const t0 = performance.now();
  const insert = filler.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `case-${i}`;
      // Deadlines spread evenly over 365 days.
      void filler.commit(createCommit(sampleCase(id), [sampleDeadline(id, 'reply', base + Math.floor((i / size) * 365 * DAY))]));
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
  store.close();
  const rss = process.memoryUsage().rss / 2 ** 20;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`  ${String(size).padStart(10)}   ${fillS.toFixed(1).padStart(8)}   ${openMs.toFixed(1).padStart(15)}   ${dueMs.toFixed(2).padStart(19)}   ${String(window.length).padStart(5)}   ${rss.toFixed(0).padStart(15)}   ${peak.toFixed(0).padStart(14)}`);
}
rmSync(dir, { recursive: true, force: true });
