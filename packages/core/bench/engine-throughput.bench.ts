// npm run bench -w @zwgk/core
// Events per second through engine.send (in-memory store) against bare xstate transition() on the
// same machine with the same events, measured in the same run. Target: the engine keeps at least
// half of bare xstate's throughput.
import { createHash } from 'node:crypto';
import { china } from '@zwgk/calendar';
import { initialTransition, transition } from 'xstate';
import { createEngine, MemoryStore, SimulatedClock, type CaseEvent, type Sha256Hex } from '../src/index.js';

const nativeSha256: Sha256Hex = (text) => createHash('sha256').update(text).digest('hex');
import { clerk, toyRequest, toyReview } from '../test/fixtures/toy-modules.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
// Events are spread over many cases, as in an office: each case gets EVENTS / CASES events.
const CASES = Number(process.env.BENCH_CASES ?? 1_000);
const START = '2019-09-27T10:00:00+08:00';

// The cycle: consult a third party (the reply clock stops), get the reply (it restarts).
const cycle = [
  { type: 'thirdParty.consulted', payload: { party: '某公司' } },
  { type: 'thirdParty.replied', payload: { agrees: true } },
] as const;

function machineEvent(i: number): CaseEvent {
  const e = cycle[i % 2]!;
  return { type: e.type, payload: e.payload, actor: clerk, at: START, eventId: `e${i}` };
}

function bareXstate(n: number): number {
  const machine = toyRequest.machine;
  const snapshots = Array.from({ length: CASES }, (_, c) => initialTransition(machine, { caseId: `c${c}`, openedAt: START, data: { applicant: '张三' }, parameters: {} })[0]);
  const events = Array.from({ length: n }, (_, i) => machineEvent(Math.floor(i / CASES)));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) snapshots[i % CASES] = transition(machine, snapshots[i % CASES]!, events[i]! as never)[0];
  return performance.now() - t0;
}

async function engineSend(n: number, sha256?: Sha256Hex): Promise<number> {
  const clock = new SimulatedClock(START);
  let id = 0;
  const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: new MemoryStore(), newId: () => `id-${++id}`, ...(sha256 ? { sha256 } : {}) });
  const caseIds: string[] = [];
  for (let c = 0; c < CASES; c++) caseIds.push((await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const e = cycle[Math.floor(i / CASES) % 2]!;
    await engine.send(caseIds[i % CASES]!, { type: e.type, payload: e.payload, actor: clerk, eventId: `e${i}` });
  }
  return performance.now() - t0;
}

// Warm up both paths, then measure.
bareXstate(2_000);
await engineSend(2_000);
const bareMs = bareXstate(EVENTS);
const engineMs = await engineSend(EVENTS);
const nativeMs = await engineSend(EVENTS, nativeSha256);
const bare = (EVENTS / bareMs) * 1000;
const eng = (EVENTS / engineMs) * 1000;
console.log(`@zwgk/core engine throughput (${EVENTS} events over ${CASES} cases, same machine and events)`);
console.log(`  baseline  xstate transition()         ${bare.toFixed(0).padStart(9)} events/s`);
console.log(`  measured  engine.send (MemoryStore)   ${eng.toFixed(0).padStart(9)} events/s`);
const native = (EVENTS / nativeMs) * 1000;
console.log(`  measured  engine.send (MemoryStore, node:crypto SHA-256)  ${native.toFixed(0).padStart(9)} events/s`);
console.log(`  ratio     engine / bare xstate        ${(eng / bare).toFixed(2)}  (default pure-JS SHA-256; target ≥ 0.50)`);
console.log(`  ratio     engine / bare xstate        ${(native / bare).toFixed(2)}  (node:crypto SHA-256)`);
