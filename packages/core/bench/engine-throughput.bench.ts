// npm run bench -w @zwgk/core
// Events per second through engine.send (in-memory store) against bare xstate transition() on the
// same machine with the same events, measured in the same run. Target: the engine keeps at least
// half of bare xstate's throughput.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { initialTransition, transition } from 'xstate';
import { MemoryStore, type Sha256Hex } from '../src/index.js';
import { pureTransition } from '../src/pure-transition.js';
import { toyRequest } from '../test/fixtures/toy-modules.js';
import { machineEvent, START, timeSends } from './send-throughput.js';

// The pure-JS SHA-256 core falls back to where the host has no native one, for comparison.
const pureJsSha256: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
// Events are spread over many cases, as in an office: each case gets EVENTS / CASES events.
const CASES = Number(process.env.BENCH_CASES ?? 1_000);

function bareXstate(n: number, step: typeof transition | typeof pureTransition = transition): number {
  const machine = toyRequest.machine;
  const snapshots = Array.from(
    { length: CASES },
    (_, c) => initialTransition(machine, { caseId: `c${c}`, openedAt: START, data: { applicant: '张三' }, parameters: {} })[0],
  );
  const events = Array.from({ length: n }, (_, i) => machineEvent(Math.floor(i / CASES)));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) snapshots[i % CASES] = step(machine, snapshots[i % CASES]!, events[i]! as never)[0];
  return performance.now() - t0;
}

// Warm up every path, then measure them in alternating rounds (a slow moment of the machine hits
// both) and report each path's median round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// One whole untimed round of each path first, so every timed round runs optimised code.
bareXstate(EVENTS);
bareXstate(EVENTS, pureTransition);
await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES });
await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES, sha256: pureJsSha256 });
// Each timed run starts from a collected heap (node --expose-gc), so no run pays for the garbage
// the one before it left.
const collect = () => (globalThis as { gc?: () => void }).gc?.();
const rounds = { bare: [] as number[], scoped: [] as number[], engine: [] as number[], pureJs: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  collect();
  rounds.bare.push((EVENTS / bareXstate(EVENTS)) * 1000);
  collect();
  rounds.scoped.push((EVENTS / bareXstate(EVENTS, pureTransition)) * 1000);
  collect();
  rounds.engine.push((EVENTS / (await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES }))) * 1000);
  collect();
  rounds.pureJs.push((EVENTS / (await timeSends(new MemoryStore(), { events: EVENTS, cases: CASES, sha256: pureJsSha256 }))) * 1000);
}
const bare = median(rounds.bare);
const scoped = median(rounds.scoped);
const eng = median(rounds.engine);
const pureJs = median(rounds.pureJs);
const ratios = rounds.engine.map((e, r) => e / rounds.bare[r]!);
console.log(`@zwgk/core engine throughput (${EVENTS} events over ${CASES} cases, same machine and events, median of ${ROUNDS} rounds)`);
console.log(`  baseline  xstate transition()         ${bare.toFixed(0).padStart(9)} events/s`);
console.log(`  measured  engine.send (MemoryStore)   ${eng.toFixed(0).padStart(9)} events/s`);
console.log(`  measured  engine.send (MemoryStore, pure-JS SHA-256 fallback)  ${pureJs.toFixed(0).padStart(9)} events/s`);
console.log(
  `  ratio     engine / bare xstate        ${(eng / bare).toFixed(2)}  (default: native SHA-256; target ≥ 0.50; rounds ${ratios.map((x) => x.toFixed(2)).join(' ')})`,
);
console.log(`  ratio     engine / bare xstate        ${(pureJs / bare).toFixed(2)}  (pure-JS SHA-256, for hosts without node:crypto)`);
// For reading the figures: the engine does not call transition() itself but the same macrostep with
// one inert scope per machine (src/pure-transition.ts); this is that call alone, so the share of
// the engine's time spent in the machine is scoped-bare / engine.
console.log(
  `  reference xstate macrostep, one scope per machine (what the engine calls) ${scoped.toFixed(0).padStart(9)} events/s; engine / this ${(eng / scoped).toFixed(2)}`,
);
