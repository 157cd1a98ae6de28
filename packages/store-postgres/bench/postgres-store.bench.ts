// npm run bench -w @zwgk/store-postgres (needs ZWGK_PG_URL: see scripts/postgres-test-server.sh)
// Durable events per second through engine.send on PostgreSQL with 1 and 16 concurrent senders,
// next to the bare rate of one-row INSERT transactions on the same server in the same run (one
// client, one prepared statement, autocommit: one round trip and one commit each). Targets of
// issue 21: 1 client ≥ 0.5× the bare rate; 16 clients ≥ 4× the store's own 1-client rate.
// Rounds alternate so that a busy moment of a shared machine weighs on every figure; medians print.
import pg from 'pg';
import { timeSends } from '../../core/bench/send-throughput.js';
import { PostgresStore, type PostgresStoreOptions } from '../src/index.js';

const url = process.env.ZWGK_PG_URL;
if (!url) {
  console.log('@zwgk/store-postgres bench skipped: set ZWGK_PG_URL (eval "$(bash scripts/postgres-test-server.sh start)")');
  process.exit(0);
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 3_000);
const CASES = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BARE_MS = 2_000;

const admin = new pg.Client({ connectionString: url });
await admin.connect();
const schemas: string[] = [];

/** One-row INSERT transactions per second on one connection for `BARE_MS`. */
async function bareInserts(): Promise<number> {
  const schema = `zwgk_bench_bare_${process.pid}`;
  await admin.query(
    `CREATE SCHEMA IF NOT EXISTS ${schema}; CREATE TABLE IF NOT EXISTS ${schema}.bare (id bigserial PRIMARY KEY, v text NOT NULL)`,
  );
  schemas.push(schema);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert = { name: 'bare-insert', text: `INSERT INTO ${schema}.bare (v) VALUES ($1)` };
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < BARE_MS) await client.query({ ...insert, values: [`row ${n++}`] });
  const rate = (n / (performance.now() - t0)) * 1000;
  await client.end();
  return rate;
}

interface Measured {
  readonly eventsPerSecond: number;
  readonly meanBatch: number;
}

/** Events per second through a fresh store with `concurrency` senders. */
async function events(concurrency: number, options: Partial<PostgresStoreOptions> = {}): Promise<Measured> {
  const schema = `zwgk_bench_${process.pid}_${schemas.length}`;
  schemas.push(schema);
  const store = await PostgresStore.open({ connection: url!, schema, create: true, ...options });
  const before = store.commitStats;
  const ms = await timeSends(store, { events: EVENTS, cases: CASES, concurrency });
  const after = store.commitStats;
  await store.close();
  return {
    eventsPerSecond: (EVENTS / ms) * 1000,
    meanBatch: (after.commits - before.commits) / Math.max(1, after.transactions - before.transactions),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rounds = { bare: [] as number[], one: [] as Measured[], sixteen: [] as Measured[], sixteenSingle: [] as Measured[] };
for (let r = 0; r < ROUNDS; r++) {
  rounds.bare.push(await bareInserts());
  rounds.one.push(await events(1));
  rounds.sixteen.push(await events(16));
  rounds.sixteenSingle.push(await events(16, { groupCommit: false }));
}
for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
const settings = await admin.query(
  "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync, version() AS v",
);
await admin.end();

const bare = median(rounds.bare);
const one = median(rounds.one.map((m) => m.eventsPerSecond));
const sixteen = median(rounds.sixteen.map((m) => m.eventsPerSecond));
const sixteenSingle = median(rounds.sixteenSingle.map((m) => m.eventsPerSecond));
const batch = median(rounds.sixteen.map((m) => m.meanBatch));
const row = (label: string, value: number, note = '') => console.log(`  ${label.padEnd(44)} ${value.toFixed(0).padStart(7)}/s  ${note}`);
const { fsync, sync, v } = settings.rows[0] as { fsync: string; sync: string; v: string };
console.log(`@zwgk/store-postgres — engine.send, ${EVENTS} events over ${CASES} cases, median of ${ROUNDS} rounds`);
console.log(`  server: ${String(v).split(',')[0]}, fsync=${fsync}, synchronous_commit=${sync}`);
row('baseline  bare one-row INSERT transactions', bare, '(1 client, autocommit)');
row('measured  PostgresStore, 1 client', one, `${(one / bare).toFixed(2)}× bare  (target ≥ 0.5×)`);
row(
  'measured  PostgresStore, 16 clients',
  sixteen,
  `${(sixteen / one).toFixed(2)}× 1 client  (target ≥ 4×); ${batch.toFixed(1)} commits per transaction`,
);
row('          16 clients, groupCommit: false', sixteenSingle, `${(sixteenSingle / one).toFixed(2)}× 1 client`);
