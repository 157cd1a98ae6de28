import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, verifyStore } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { clerk, toyRequest, toyReview } from '../../packages/core/test/fixtures/toy-modules.js';
import { freshSpec, openStore, storeKinds } from './stores.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const worker = resolve(import.meta.dirname, 'concurrency-worker.ts');
const lines = (out: string, tag: string) => out.split('\n').filter((l) => l.startsWith(`${tag} `));
const spawnWorker = (args: string[]) => run(process.execPath, ['--import', 'tsx', worker, ...args], { cwd: root, env: process.env });

describe.each(storeKinds())('%s store with several processes on the same cases', (kind) => {
  it('applies every event exactly once or reports a retryable conflict, and fires each deadline once however many sweep', async () => {
    const { spec, cleanup } = freshSpec(kind);
    try {
      const setup = await openStore(spec, 20_000, { create: true });
      const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
      const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: setup.store });
      const cases: string[] = [];
      for (let i = 0; i < 4; i++)
        cases.push((await engine.open('toy-request', { input: { applicant: `申请人${i}` }, actor: clerk })).caseId);
      await setup.close();

      const senders = await Promise.all(['p1', 'p2', 'p3'].map((w) => spawnWorker([spec, 'send', w, cases.join(',')])));
      const acks = senders.flatMap(({ stdout }) => lines(stdout, 'ack'));
      const conflicts = senders.flatMap(({ stdout }) => lines(stdout, 'conflict'));
      expect(acks).toHaveLength(3 * 40);

      const { store, close } = await openStore(spec);
      const check = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
      let applied = 0;
      for (const id of cases) applied += (await check.history(id)).filter((e) => e.kind === 'event.applied').length;
      expect(applied).toBe(3 * 40); // no lost update, no double application
      expect((await check.getCase(cases[0]!)).case.version).toBe(1 + 30);
      expect(await check.verifyAudit()).toMatchObject({ ok: true });
      // Concurrent writers in several processes leave a gapless ledger in commit order that lists every head.
      expect((await verifyStore(store)).findings).toEqual([]);
      await close();

      const sweepers = await Promise.all(['t1', 't2', 't3'].map((w) => spawnWorker([spec, 'tick', w, ''])));
      const fired = sweepers.flatMap(({ stdout }) => lines(stdout, 'fired'));
      expect(fired.sort()).toEqual(cases.flatMap((id) => [`fired ${id} reply due`, `fired ${id} reply warning`]).sort());
      console.info(
        `${kind}: ${acks.length} events applied by 3 processes, ${conflicts.length} conflicts retried; ${fired.length} firings by 3 sweepers`,
      );
    } finally {
      await cleanup();
    }
  }, 180_000);
});
