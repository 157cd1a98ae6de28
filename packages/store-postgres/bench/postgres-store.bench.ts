// npm run bench -w @zwgk/store-postgres (needs ZWGK_PG_URL: see scripts/postgres-test-server.sh)
// Durable events per second through the engine with PostgreSQL, one transaction per event, next
// to the in-memory store in the same run.
import { type CaseStore, MemoryStore } from '@zwgk/core';
import pg from 'pg';
import { sendThroughput } from '../../core/bench/send-throughput.js';
import { PostgresStore } from '../src/index.js';

const url = process.env.ZWGK_PG_URL;
if (!url) {
  console.log('@zwgk/store-postgres bench skipped: set ZWGK_PG_URL (eval "$(bash scripts/postgres-test-server.sh start)")');
  process.exit(0);
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);

const throughput = (store: CaseStore) => sendThroughput(store, { events: EVENTS, cases: 200 });

const schema = `zwgk_bench_${process.pid}`;
const store = await PostgresStore.open({ connection: url, schema, create: true });
const memory = await throughput(new MemoryStore());
const postgres = await throughput(store);
await store.close();
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`DROP SCHEMA ${schema} CASCADE`);
await admin.end();
console.log(`@zwgk/store-postgres — engine.send, ${EVENTS} events over 200 cases, one transaction each`);
console.log(`  baseline  MemoryStore     ${memory.toFixed(0).padStart(8)} events/s`);
console.log(`  measured  PostgresStore   ${postgres.toFixed(0).padStart(8)} events/s  (${(postgres / memory).toFixed(2)} of memory)`);
