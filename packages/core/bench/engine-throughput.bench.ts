// npm run bench -w @zwgk/core
// Events per second through engine.send (in-memory store) against bare xstate transition() on the
// same machine with the same events, measured in the same run. Target: the engine keeps at least
// half of bare xstate's throughput.
import { createHash } from 'node:crypto';
import { initialTransition, transition } from 'xstate';
import { MemoryStore, type Sha256Hex } from '../src/index.js';
import { toyRequest } from '../test/fixtures/toy-modules.js';
import { machineEvent, START, timeSends } from './send-throughput.js';

const nativeSha256: Sha256Hex = (text) => createHash('sha256').update(text).digest('hex');
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
// Events are spread over many cases, as in an office: each case gets EVENTS / CASES events.
const CASES = Number(process.env.BENCH_CASES ?? 1_000);

function bareXstate(n: number): number {
  const machine = toyRequest.machine;
  const snapshots = Array.from({ length: CASES }, (_, c) => initialTransition(machine, { caseId: `c${c}`, openedAt: START, data: { applicant: '张三' }, parameters: {} })[0]);
  const events = Array.from({ length: n }, (_, i) => machineEvent(Math.floor(i / CASES)));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) snapshots[i % CASES] = transition(machine, snapshots[i % CASES]!, events[i]! as never)[0];
  return performance.now() - t0;
}

// Warm up both paths, then measure.
bareXstate(2_000);
await timeSends(new MemoryStore(), { events: 2_000, cases: CASES });
const bareMs = bareXstate(EVENTS);
const engineMs = await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES });
const nativeMs = await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES, sha256: nativeSha256 });
const bare = (EVENTS / bareMs) * 1000;
const eng = (EVENTS / engineMs) * 1000;
const native = (EVENTS / nativeMs) * 1000;
console.log(`@zwgk/core engine throughput (${EVENTS} events over ${CASES} cases, same machine and events)`);
console.log(`  baseline  xstate transition()         ${bare.toFixed(0).padStart(9)} events/s`);
console.log(`  measured  engine.send (MemoryStore)   ${eng.toFixed(0).padStart(9)} events/s`);
console.log(`  measured  engine.send (MemoryStore, node:crypto SHA-256)  ${native.toFixed(0).padStart(9)} events/s`);
console.log(`  ratio     engine / bare xstate        ${(eng / bare).toFixed(2)}  (default pure-JS SHA-256; target ≥ 0.50)`);
console.log(`  ratio     engine / bare xstate        ${(native / bare).toFixed(2)}  (node:crypto SHA-256)`);
