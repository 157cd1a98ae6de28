// The workload every throughput bench measures: toy applications, each alternately consulting a
// third party (the reply clock stops) and receiving the reply (it restarts), spread over many cases.
import { china } from '@zwgk/calendar';
import { type CaseEvent, type CaseStore, createEngine, type Sha256Hex, SimulatedClock } from '../src/index.js';
import { clerk, toyRequest, toyReview } from '../test/fixtures/toy-modules.js';

export const START = '2019-09-27T10:00:00+08:00';

const cycle = [
  { type: 'thirdParty.consulted', payload: { party: '某公司' } },
  { type: 'thirdParty.replied', payload: { agrees: true } },
] as const;

/** The i-th event each case receives (the machine event, for bare xstate). */
export function machineEvent(round: number): CaseEvent {
  const e = cycle[round % 2]!;
  return { type: e.type, payload: e.payload, actor: clerk, at: START, eventId: `e${round}` };
}

/** Milliseconds to send `events` events through `engine.send` over `cases` cases, opened first (not timed). */
export async function timeSends(store: CaseStore, options: SendOptions): Promise<number> {
  let id = 0;
  const engine = createEngine({
    modules: [toyRequest, toyReview],
    calendar: china,
    clock: new SimulatedClock(START),
    store,
    newId: () => `id-${++id}`,
    ...(options.sha256 ? { sha256: options.sha256 } : {}),
  });
  const caseIds: string[] = [];
  for (let c = 0; c < options.cases; c++)
    caseIds.push((await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId);
  const t0 = performance.now();
  // `concurrency` senders take the next event in turn, as concurrent requests would; with fewer
  // senders than cases no two of them hold the same case.
  let next = 0;
  const sender = async () => {
    for (let i = next++; i < options.events; i = next++) {
      const e = cycle[Math.floor(i / options.cases) % 2]!;
      await engine.send(caseIds[i % options.cases]!, { type: e.type, payload: e.payload, actor: clerk, eventId: `e${i}` });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, sender));
  return performance.now() - t0;
}

/** The workload's size: events over cases, sent by `concurrency` senders at once (default 1). */
export interface SendOptions {
  readonly events: number;
  readonly cases: number;
  readonly concurrency?: number;
  readonly sha256?: Sha256Hex;
}

/** Events per second through `engine.send` with the given store. */
export async function sendThroughput(store: CaseStore, options: SendOptions): Promise<number> {
  return (options.events / (await timeSends(store, options))) * 1000;
}
