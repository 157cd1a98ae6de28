// npm run bench -w @zwgk/store-sqlite (after the store bench)
// 1. What the store-wide ledger costs a commit: engine.send events/s with the ledger and, in the
//    same run, with its insert turned into a no-op (the table replaced by a view whose INSTEAD OF
//    trigger drops the row), rounds alternating, medians shown. Target: under 10% of a commit.
// 2. verifyStore over 100,000 cases with 2,000,000 audit entries on one SQLite file: every chain
//    hashed, every record and deadline compared with its chain, every indexed column with its
//    record, and a 2,000,000-leaf ledger (one leaf per entry, the worst case) hashed into its
//    Merkle root and checked against a checkpoint. Target: well under a minute.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toInstant } from '@zwgk/calendar';
import { type AuditEntry, type CaseStore, chainEntry, GENESIS_HASH, takeCheckpoint, verifyStore } from '@zwgk/core';
import { sampleCase, sampleDeadline } from '@zwgk/testing';
import Database from 'better-sqlite3';
import { sendThroughput } from '../../core/bench/send-throughput.js';
import { SqliteStore } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'zwgk-audit-bench-'));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CASES = Number(process.env.BENCH_VERIFY_CASES ?? 100_000);
const ENTRIES_PER_CASE = Number(process.env.BENCH_ENTRIES_PER_CASE ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');

/** A new store file; without the ledger, its insert does nothing (for the baseline only). */
function storeFile(name: string, ledger: boolean, synchronous: 'FULL' | 'NORMAL'): SqliteStore {
  const file = join(dir, name);
  new SqliteStore(file, { create: true }).close();
  if (!ledger) {
    const db = new Database(file);
    db.exec(`DROP TABLE ledger;
      CREATE VIEW ledger AS SELECT 0 AS idx, '' AS case_id, 0 AS seq, '' AS hash WHERE 0;
      CREATE TRIGGER ledger_off INSTEAD OF INSERT ON ledger BEGIN SELECT 1; END;`);
    db.close();
  }
  return new SqliteStore(file, { synchronous });
}

const throughput = (store: CaseStore) => sendThroughput(store, { events: EVENTS, cases: 200 });
const rounds = { full: [] as number[], fullOff: [] as number[], normal: [] as number[], normalOff: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  rounds.fullOff.push(await throughput(storeFile(`full-off-${r}.sqlite`, false, 'FULL')));
  rounds.full.push(await throughput(storeFile(`full-${r}.sqlite`, true, 'FULL')));
  rounds.normalOff.push(await throughput(storeFile(`normal-off-${r}.sqlite`, false, 'NORMAL')));
  rounds.normal.push(await throughput(storeFile(`normal-${r}.sqlite`, true, 'NORMAL')));
}
const share = (on: number, off: number): string => `${(((1000 / on - 1000 / off) / (1000 / off)) * 100).toFixed(1)}%`;
if (ROUNDS > 0)
  console.log(
    `@zwgk/store-sqlite — the ledger's cost per commit: engine.send, ${EVENTS} events over 200 cases (median of ${ROUNDS} alternating rounds)`,
  );
for (const [label, on, off] of [
  ['synchronous=FULL  ', rounds.full, rounds.fullOff],
  ['synchronous=NORMAL', rounds.normal, rounds.normalOff],
] as const) {
  if (ROUNDS === 0) break;
  const [a, b] = [median(on), median(off)];
  console.log(
    `  ${label} without ledger ${b.toFixed(0).padStart(6)} events/s = ${(1000 / b).toFixed(3)} ms/commit; with ledger ${a.toFixed(0).padStart(6)} events/s = ${(1000 / a).toFixed(3)} ms/commit; extra ${((1000 / a - 1000 / b) * 1000).toFixed(0)} µs = ${share(a, b)} of a commit (target < 10%; rounds ${list(off)} / ${list(on)})`,
  );
}

// The same in bytes, which no machine load disturbs: WAL written per commit with and without the
// ledger (checkpoints off so the WAL keeps every page), and the CPU time of the leaf insert itself.
if (ROUNDS > 0) {
  const walPerCommit = async (ledger: boolean) => {
    const store = storeFile(`wal-${ledger}.sqlite`, ledger, 'NORMAL');
    store.db.pragma('wal_autocheckpoint = 0');
    await throughput(store);
    const bytes = statSync(join(dir, `wal-${ledger}.sqlite-wal`)).size / (EVENTS + 200);
    store.close();
    return bytes;
  };
  const [off, on] = [await walPerCommit(false), await walPerCommit(true)];
  const leafDb = new Database(join(dir, 'leaf.sqlite'));
  leafDb.exec('CREATE TABLE ledger (idx INTEGER PRIMARY KEY, case_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL)');
  const leaf = leafDb.prepare('INSERT INTO ledger (case_id, seq, hash) VALUES (?, ?, ?)');
  const hash = 'ab'.repeat(32);
  const inserts = leafDb.transaction((n: number) => {
    for (let i = 0; i < n; i++) leaf.run(`XJ-2019-${i % 200}`, i, hash);
  });
  inserts(20_000); // warm
  const t = performance.now();
  inserts(100_000);
  const leafUs = ((performance.now() - t) / 100_000) * 1000;
  leafDb.close();
  console.log(
    `  WAL per commit without ledger ${(off / 1024).toFixed(2)} KiB, with ledger ${(on / 1024).toFixed(2)} KiB (+${(((on - off) / off) * 100).toFixed(1)}%); the leaf insert itself ${leafUs.toFixed(1)} µs of CPU = ${((leafUs / (1e6 / median(rounds.normal))) * 100).toFixed(2)}% of a NORMAL commit, ${((leafUs / (1e6 / median(rounds.full))) * 100).toFixed(2)}% of a FULL one`,
  );
}

// 2. A file with CASES cases of ENTRIES_PER_CASE engine-shaped entries each, written directly.
const file = join(dir, 'verify.sqlite');
new SqliteStore(file, { create: true }).close();
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
const insertCase = db.prepare(
  'INSERT INTO cases (id, module_id, status, state, agency, parent_id, audit_seq, record, opened_at, title) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)',
);
const insertAudit = db.prepare('INSERT INTO audit (case_id, seq, entry) VALUES (?, ?, ?)');
const insertLeaf = db.prepare('INSERT INTO ledger (case_id, seq, hash) VALUES (?, ?, ?)');
const insertDeadline = db.prepare(
  'INSERT INTO deadlines (case_id, name, status, next_fire_at, due_at, warn_at, record) VALUES (?, ?, ?, ?, ?, NULL, ?)',
);
const openedAt = '2019-09-27T10:00:00+08:00';
// Fields in code-unit order, as the engine builds its events (so hashing takes canonicalJson's fast path).
const event = {
  actor: { id: 'clerk-ma', role: 'clerk' },
  at: openedAt,
  eventId: '',
  payload: { note: '依《西吉县政府信息依申请公开制度》第十条书面征求第三方意见', party: '宁夏某某建设工程有限公司' },
  type: 'thirdParty.consulted',
};
const t0 = performance.now();
const fill = db.transaction((from: number, to: number) => {
  for (let c = from; c < to; c++) {
    const id = `XJ-2019-${String(c).padStart(6, '0')}`;
    const dueMs = Date.parse('2019-10-25T00:00:00+08:00') + (c % 365) * 86_400_000;
    const dueAt = toInstant(dueMs);
    let head = { seq: 0, hash: GENESIS_HASH };
    let state = 'answering.working';
    const append = (kind: AuditEntry['kind'], data: Record<string, unknown>, actor?: AuditEntry['actor']) => {
      const entry = chainEntry(id, head, { kind, at: openedAt, data, ...(actor ? { actor } : {}) }, openedAt);
      insertAudit.run(id, entry.seq, JSON.stringify(entry));
      insertLeaf.run(id, entry.seq, entry.hash); // one leaf per entry: the most a ledger can hold
      head = { seq: entry.seq, hash: entry.hash };
    };
    append(
      'case.opened',
      { input: { caseId: id, data: { applicant: '张三' }, openedAt, parameters: {} }, module: 'toy-request@1.0.0', parent: null, state },
      event.actor,
    );
    append('deadline.changed', { clause: 'A8', dueAt, name: 'reply', op: 'start', outcome: null, previousDueAt: null, status: 'running' });
    for (let v = 2; v < ENTRIES_PER_CASE; v++) {
      const to = v % 2 === 0 ? 'answering.thirdParty' : 'answering.working';
      append(
        'event.applied',
        {
          delivered: true,
          event: { actor: event.actor, at: openedAt, eventId: `oa-${c}-${v}`, payload: event.payload, type: event.type },
          from: state,
          to,
          version: v,
        },
        event.actor,
      );
      state = to;
    }
    const deadline = { ...sampleDeadline(id, 'reply', dueMs), dueAt, nextFireAtMs: dueMs };
    const record = sampleCase(id, {
      moduleId: 'toy-request',
      state,
      version: ENTRIES_PER_CASE - 1,
      auditSeq: head.seq,
      auditHash: head.hash,
    });
    insertCase.run(id, record.moduleId, record.status, state, head.seq, JSON.stringify(record), record.openedAt, record.title ?? null);
    insertDeadline.run(id, 'reply', 'running', dueMs, dueMs, JSON.stringify(deadline));
  }
});
for (let c = 0; c < CASES; c += 5_000) fill(c, Math.min(CASES, c + 5_000));
db.close();
const fillS = (performance.now() - t0) / 1000;

const store = new SqliteStore(file, { cacheSize: 0 }); // as the CLI opens it to verify
// CPU seconds beside wall seconds: on a shared machine the wall time also counts other processes'
// turns, while verification's own work is the CPU it used (single-threaded, file in the page cache).
const cpuS = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const t1 = performance.now();
const c1 = process.cpuUsage();
const checkpoint = await takeCheckpoint(store, '2019-12-31T00:00:00+08:00');
const checkpointS = (performance.now() - t1) / 1000;
const checkpointCpuS = cpuS(c1);
const t2 = performance.now();
const c2 = process.cpuUsage();
const result = await verifyStore(store, { since: checkpoint });
const verifyS = (performance.now() - t2) / 1000;
const verifyCpuS = cpuS(c2);
store.close();
const sizeMiB = statSync(file).size / 2 ** 20;
console.log(
  `\n@zwgk/store-sqlite — verifyStore: ${CASES.toLocaleString('en')} cases, ${result.entries.toLocaleString('en')} entries, ${result.ledger.size.toLocaleString('en')} ledger leaves (file ${sizeMiB.toFixed(0)} MiB, filled in ${fillS.toFixed(1)} s)`,
);
console.log(
  `  baseline  checkpoint from scratch (read and hash every ledger leaf) ${checkpointS.toFixed(1).padStart(6)} s wall, ${checkpointCpuS.toFixed(1)} s CPU`,
);
console.log(
  `  measured  whole verification against that checkpoint  ${verifyS.toFixed(1).padStart(6)} s wall = ${((verifyS / result.entries) * 1e6).toFixed(1)} µs/entry; ${verifyCpuS.toFixed(1)} s CPU = ${((verifyCpuS / result.entries) * 1e6).toFixed(1)} µs/entry, ${((verifyCpuS / result.entries) * 2e6).toFixed(0)} s for 2,000,000 entries  (${result.ok ? 'ok' : `BROKEN: ${JSON.stringify(result.findings[0])}`}; target well under 60 s)`,
);
console.log(
  `  load average during the run ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
