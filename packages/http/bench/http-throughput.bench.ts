// npm run bench -w @zwgk/http
// Durable events per second through the path an OA system takes: HTTP requests to the service
// (its own process, on loopback) that validate, apply, audit and commit one event each to a fresh
// SQLite file (synchronous=FULL, as shipped). Driven by autocannon at 1, 4 and 16 connections for a
// bounded time each. The baseline, measured in the same run on the same disk: the fsync floor, a
// bare better-sqlite3 loop committing one small row per transaction with the same journal (WAL) and
// synchronous=FULL. A store that commits each event on its own cannot beat that floor; one that
// commits concurrent events together (group commit) can. The ceiling, also in the same run: the
// same service and requests on a file with synchronous=NORMAL (WAL commits without fsync), i.e.
// what this machine's CPU allows the path, which no batching of fsyncs can beat. Two more
// baselines bound what any service could do here, on the same server stack (node:http, Hono) and
// load generator: the bare stack (a handler that parses the request's JSON and answers, nothing
// else) and a bare durable service (the same handler committing the body as one row per request,
// WAL + FULL, no batching). A service that makes one fsync per request at 1 client cannot beat
// 1 / (1/bare stack + 1/floor): the bound printed beside the 1-client target.
//
// With ZWGK_PG_URL set, the same service and requests also run on PostgreSQL (a fresh schema),
// next to the server's bare rate of one-row INSERT transactions (one client, one round trip each)
// measured just before each level.
//
// Environment: BENCH_SECONDS (per connection count, default 8), BENCH_CASES (default 200), ZWGK_PG_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { application as disclosureApplication } from '../../rules/disclosure-request/test/fixtures.js';
import { bareInsertRate, dropSchemas } from '../../store-postgres/bench/bare-inserts.js';
import { fsyncFloor } from '../../store-sqlite/bench/fsync-floor.js';

const START = '2020-06-01T10:00:00+08:00'; // a Monday, inside the Xiji rules' period in force
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CASES = Number(process.env.BENCH_CASES ?? 200);
const CONNECTIONS = [1, 4, 16];

const clerk = { id: 'clerk-bench', role: 'clerk' };
const application = disclosureApplication();

const PG_URL = process.env.ZWGK_PG_URL;
const PG_SCHEMA = `zwgk_http_bench_${process.pid}`;

if (process.argv[2] === '--serve') await serve(process.argv[3]!, process.argv[4] === 'NORMAL' ? 'NORMAL' : 'FULL', process.argv[5]);
else if (process.argv[2] === '--serve-bare') await serveBare(process.argv[3]);
else await main();

/** Child mode: the one-command service on a loopback port, its clock held at START. */
async function serve(store: string, synchronous: 'FULL' | 'NORMAL', schema: string | undefined): Promise<void> {
  const { SimulatedClock } = await import('@zwgk/core');
  const { startService } = await import('../src/index.js');
  const service = await startService({
    store,
    create: true,
    port: 0,
    clock: new SimulatedClock(START),
    sqlite: { synchronous },
    ...(schema ? { postgres: { schema } } : {}),
    onError: () => undefined,
  });
  process.stdout.write(`listening ${service.url}\n`);
  process.once('SIGTERM', () => void service.close().then(() => process.exit(0)));
}

/**
 * Child mode: the baseline services on the same stack. Without a file, the handler parses the body
 * and answers; with one, it first commits the body as one row (WAL, synchronous=FULL).
 */
async function serveBare(file: string | undefined): Promise<void> {
  const { serve: listen } = await import('@hono/node-server');
  const { Hono } = await import('hono');
  const Database = (await import('better-sqlite3')).default;
  let insert: ((body: string) => void) | undefined;
  if (file) {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE events (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, body TEXT NOT NULL)');
    const statement = db.prepare('INSERT INTO events (case_id, body) VALUES (?, ?)');
    insert = (body) => void db.transaction(() => statement.run('bench', body)).immediate();
  }
  const app = new Hono();
  app.post('/cases/:id/events', async (c) => {
    const body = (await c.req.json()) as { type: string; eventId: string };
    insert?.(JSON.stringify(body));
    return c.json({ caseId: c.req.param('id'), eventId: body.eventId, type: body.type, duplicate: false });
  });
  const server = listen({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.stdout.write(`listening http://127.0.0.1:${info.port}\n`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

interface Level {
  readonly connections: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: string | null;
  /** The baseline measured just before this level: the fsync floor (FULL), the bare INSERT rate (PostgreSQL). */
  readonly floor: number | null;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-http-bench-'));
  try {
    console.log(`HTTP service on SQLite, one assistance.given event per request, ${CASES} cases, ${SECONDS} s per level`);
    const full = await levels(dir, 'FULL', (connections) => fsyncFloor(join(dir, `floor-${connections}.sqlite`), 1_000));
    // The same service and requests without waiting for the disk (WAL with synchronous=NORMAL does
    // not fsync at commit): what the machine's CPU allows, the most batching could reach.
    const ceiling = await levels(dir, 'NORMAL');
    const bareStack = await levels(dir, 'bare');
    const bareDurable = await levels(dir, 'bare durable');
    console.log('clients  requests/s   p50 ms   p99 ms   fsync floor/s   ratio to floor   no-fsync ceiling/s   ratio to ceiling');
    full.forEach((level, i) => {
      const top = ceiling[i]!;
      if (level.failed) console.log(`  (FULL, ${level.connections} clients: ${level.failed})`);
      if (top.failed) console.log(`  (NORMAL, ${top.connections} clients: ${top.failed})`);
      console.log(
        `${String(level.connections).padStart(7)}  ${level.rps.toFixed(0).padStart(10)}  ${level.p50.toFixed(1).padStart(7)}  ${level.p99.toFixed(1).padStart(7)}  ${level.floor!.toFixed(0).padStart(14)}  ${(level.rps / level.floor!).toFixed(2).padStart(15)}  ${top.rps.toFixed(0).padStart(19)}  ${(level.rps / top.rps).toFixed(2).padStart(17)}`,
      );
    });
    console.log('baselines on the same stack and load generator (requests/s; the service as a ratio of each):');
    console.log('clients   bare stack   service/bare stack   bare durable (1 fsync/request)   service/bare durable   bare durable/floor');
    full.forEach((level, i) => {
      const stack = bareStack[i]!;
      const durable = bareDurable[i]!;
      for (const b of [stack, durable]) if (b.failed) console.log(`  (baseline, ${b.connections} clients: ${b.failed})`);
      console.log(
        `${String(level.connections).padStart(7)}  ${stack.rps.toFixed(0).padStart(11)}  ${(level.rps / stack.rps).toFixed(2).padStart(19)}  ${durable.rps.toFixed(0).padStart(31)}  ${(level.rps / durable.rps).toFixed(2).padStart(21)}  ${(durable.rps / level.floor!).toFixed(2).padStart(19)}`,
      );
    });
    const one = full[0]!;
    const bound = 1 / (1 / bareStack[0]!.rps + 1 / one.floor!);
    console.log(
      `1 client: one fsync per request on this stack allows at most 1/(1/${bareStack[0]!.rps.toFixed(0)} + 1/${one.floor!.toFixed(0)}) = ${bound.toFixed(0)} requests/s = ${(bound / one.floor!).toFixed(2)}× the floor, before any work of the service`,
    );
    console.log('targets (issue 21): ≥ 0.7× the floor at 1 client, ≥ 3× at 16 clients, p99 < 50 ms at 16 clients');
    if (PG_URL) await onPostgres(dir, PG_URL);
    else console.log('(PostgreSQL: set ZWGK_PG_URL to run the service on it too)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same service and requests on PostgreSQL (a fresh schema, dropped after), beside the bare INSERT rate. */
async function onPostgres(dir: string, url: string): Promise<void> {
  const bareSchema = `${PG_SCHEMA}_bare`;
  try {
    const measured = await levels(dir, 'postgres', () => bareInsertRate(url, bareSchema, 1_500));
    console.log(`HTTP service on PostgreSQL (schema ${PG_SCHEMA}), the same requests`);
    console.log('clients  requests/s   p50 ms   p99 ms   bare INSERT/s (1 client)   ratio to bare');
    for (const level of measured) {
      if (level.failed) console.log(`  (PostgreSQL, ${level.connections} clients: ${level.failed})`);
      console.log(
        `${String(level.connections).padStart(7)}  ${level.rps.toFixed(0).padStart(10)}  ${level.p50.toFixed(1).padStart(7)}  ${level.p99.toFixed(1).padStart(7)}  ${level.floor!.toFixed(0).padStart(25)}  ${(level.rps / level.floor!).toFixed(2).padStart(14)}`,
      );
    }
  } finally {
    await dropSchemas(url, [PG_SCHEMA, bareSchema]);
  }
}

/**
 * One service (or baseline) on a fresh file or schema, driven at each connection count in turn, with
 * `baseline` (the fsync floor, the bare INSERT rate) measured just before each level when given.
 */
async function levels(
  dir: string,
  kind: 'FULL' | 'NORMAL' | 'bare' | 'bare durable' | 'postgres',
  baseline?: (connections: number) => number | Promise<number>,
): Promise<Level[]> {
  const file = join(dir, `${kind.replace(' ', '-')}.sqlite`);
  const args =
    kind === 'bare'
      ? ['--serve-bare']
      : kind === 'bare durable'
        ? ['--serve-bare', file]
        : kind === 'postgres'
          ? ['--serve', PG_URL!, 'FULL', PG_SCHEMA]
          : ['--serve', file, kind];
  const child = spawn(process.execPath, [process.argv[1]!, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await listeningUrl(child);
    const caseIds = kind.startsWith('bare') ? Array.from({ length: CASES }, (_, i) => `case-${i}`) : await openCases(url, CASES);
    const measured: Level[] = [];
    let sequence = 0;
    for (const connections of CONNECTIONS) {
      const floor = baseline ? await baseline(connections) : null;
      const result = await autocannon({
        url,
        connections,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              const n = sequence++;
              const body = {
                type: 'assistance.given',
                payload: { difficulty: 'reading', help: '工作人员代为填写' },
                actor: clerk,
                eventId: `bench-${n}`,
              };
              return { ...request, path: `/cases/${caseIds[n % caseIds.length]}/events`, body: JSON.stringify(body) };
            },
          },
        ],
      });
      const errors = result.non2xx + result.errors + result.timeouts;
      measured.push({
        connections,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed:
          errors > 0 ? `${errors} requests failed: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts` : null,
        floor,
      });
    }
    return measured;
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) resolve(line.slice('listening '.length));
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} before listening`)));
  });
}

async function openCases(url: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ moduleId: 'disclosure-request', input: application, actor: clerk, occurredAt: START }),
    });
    if (!response.ok) throw new Error(`opening a case failed: ${response.status} ${await response.text()}`);
    ids.push(((await response.json()) as { caseId: string }).caseId);
  }
  return ids;
}
