// npm run bench -w @zwgk/store-postgres (needs ZWGK_PG_URL: see scripts/postgres-test-server.sh)
// Durable events per second through the engine with PostgreSQL, one transaction per event, next
// to the in-memory store in the same run.
import { china } from '@zwgk/calendar';
import { createEngine, MemoryStore, SimulatedClock, type CaseStore } from '@zwgk/core';
import pg from 'pg';
import { PostgresStore } from '../src/index.js';
import { clerk, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

const url = process.env.ZWGK_PG_URL;
if (!url) {
  console.log('@zwgk/store-postgres bench skipped: set ZWGK_PG_URL (eval "$(bash scripts/postgres-test-server.sh start)")');
  process.exit(0);
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);

async function throughput(store: CaseStore): Promise<number> {
  const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
  let n = 0;
  const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, newId: () => `c${++n}` });
  const cases: string[] = [];
  for (let i = 0; i < 200; i++) cases.push((await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId);
  const payloads: Record<string, unknown> = { 'thirdParty.consulted': { party: '某公司' }, 'thirdParty.replied': { agrees: true } };
  const cycle = Object.keys(payloads);
  const t0 = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const type = cycle[Math.floor(i / cases.length) % 2]!;
    await engine.send(cases[i % cases.length]!, { type, payload: payloads[type], actor: clerk, eventId: `e${i}` });
  }
  return (EVENTS / (performance.now() - t0)) * 1000;
}

const schema = `zwgk_bench_${process.pid}`;
const store = await PostgresStore.open({ connection: url, schema });
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
