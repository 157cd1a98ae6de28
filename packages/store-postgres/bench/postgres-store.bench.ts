// npm run bench -w @zwgk/store-postgres (needs ZWGK_PG_URL: see scripts/postgres-test-server.sh)
// Durable events per second through engine.send on PostgreSQL with 1 and 16 concurrent senders,
// next to the bare rate of one-row INSERT transactions on the same server in the same run (one
// client, one prepared statement, autocommit: one round trip and one commit each). Targets of
// issue 21: 1 client ≥ 0.5× the bare rate; 16 clients ≥ 4× the store's own 1-client rate.
import pg from 'pg';
import { timeSends } from '../../core/bench/send-throughput.js';
import { PostgresStore, type PostgresStoreOptions } from '../src/index.js';
import { bareInsertRate, dropSchemas } from './bare-inserts.js';

const url = process.env.ZWGK_PG_URL;
if (!url) {
  console.log('@zwgk/store-postgres bench skipped: set ZWGK_PG_URL (eval "$(bash scripts/postgres-test-server.sh start)")');
  process.exit(0);
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const CASES = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BARE_MS = 1_500;

const admin = new pg.Client({ connectionString: url });
await admin.connect();
const schemas: string[] = [];
const bareSchema = `zwgk_bench_bare_${process.pid}`;
schemas.push(bareSchema);
const bareInserts = () => bareInsertRate(url, bareSchema, BARE_MS);

interface Measured {
  readonly eventsPerSecond: number;
  readonly meanBatch: number;
  /** Statements sent per event (each one round trip). */
  readonly roundTrips: number;
}

/** Events per second through a fresh store with `concurrency` senders, on a pool that counts its statements. */
async function events(concurrency: number, options: Partial<PostgresStoreOptions> = {}): Promise<Measured> {
  const schema = `zwgk_bench_${process.pid}_${schemas.length}`;
  schemas.push(schema);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let statements = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: typeof query }).query = (...args) => {
    statements++;
    return query(...args);
  };
  const store = await PostgresStore.open({ connection: pool, schema, create: true, ...options });
  let sent = 0;
  let before = store.commitStats;
  const ms = await timeSends(
    new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        // Count from the first timed send on (opening the cases is not timed): its first look at the store.
        if ((prop === 'trustCacheFor' || prop === 'idempotentResult') && sent++ === 0) {
          statements = 0;
          before = target.commitStats;
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }),
    { events: EVENTS, cases: CASES, concurrency },
  );
  const after = store.commitStats;
  await store.close();
  await pool.end();
  return {
    eventsPerSecond: (EVENTS / ms) * 1000,
    meanBatch: (after.commits - before.commits) / Math.max(1, after.transactions - before.transactions),
    roundTrips: statements / EVENTS,
  };
}

// Each round brackets the 1-client run with bare runs and follows it with the 16-client run, so each
// ratio compares figures taken within seconds of each other; the medians of the rounds print.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rounds = { bare: [] as number[], one: [] as Measured[], sixteen: [] as Measured[], single: [] as Measured[] };
const ratios = { oneToBare: [] as number[], sixteenToOne: [] as number[], singleToOne: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  const bareBefore = await bareInserts();
  const one = await events(1);
  const bareAfter = await bareInserts();
  const sixteen = await events(16);
  const single = await events(16, { groupCommit: false });
  rounds.bare.push((bareBefore + bareAfter) / 2);
  rounds.one.push(one);
  rounds.sixteen.push(sixteen);
  rounds.single.push(single);
  ratios.oneToBare.push(one.eventsPerSecond / ((bareBefore + bareAfter) / 2));
  ratios.sixteenToOne.push(sixteen.eventsPerSecond / one.eventsPerSecond);
  ratios.singleToOne.push(single.eventsPerSecond / one.eventsPerSecond);
}
await dropSchemas(url, schemas);
const settings = await admin.query(
  "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync, version() AS v",
);
await admin.end();

const rate = (ms: Measured[]) => median(ms.map((m) => m.eventsPerSecond));
const row = (label: string, value: number, note = '') => console.log(`  ${label.padEnd(40)} ${value.toFixed(0).padStart(6)}/s  ${note}`);
const { fsync, sync, v } = settings.rows[0] as { fsync: string; sync: string; v: string };
console.log(`@zwgk/store-postgres — engine.send, ${EVENTS} events over ${CASES} cases, median of ${ROUNDS} rounds`);
console.log(`  server: ${String(v).split(',')[0]}, fsync=${fsync}, synchronous_commit=${sync}`);
row('baseline  bare one-row INSERT transactions', median(rounds.bare), '(1 client, prepared, autocommit: 1 round trip each)');
row(
  'measured  PostgresStore, 1 client',
  rate(rounds.one),
  `${median(ratios.oneToBare).toFixed(2)}× bare (target ≥ 0.5×); ${median(rounds.one.map((m) => m.roundTrips)).toFixed(2)} round trips per event`,
);
row(
  'measured  PostgresStore, 16 clients',
  rate(rounds.sixteen),
  `${median(ratios.sixteenToOne).toFixed(2)}× 1 client (target ≥ 4×); ${median(rounds.sixteen.map((m) => m.meanBatch)).toFixed(1)} commits per transaction`,
);
row('          16 clients, groupCommit: false', rate(rounds.single), `${median(ratios.singleToOne).toFixed(2)}× 1 client`);
