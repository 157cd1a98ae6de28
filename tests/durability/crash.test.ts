import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, verifyStore } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { toyRequest, toyReview } from '../../packages/core/test/fixtures/toy-modules.js';
import { freshSpec, openStore, storeKinds } from './stores.js';

const root = resolve(import.meta.dirname, '../..');
const worker = resolve(import.meta.dirname, 'crash-worker.ts');

/** Runs the worker, kills it with SIGKILL a random moment after it starts writing, returns its acks. */
function runAndKill(spec: string, name: string, killAfterMs: number): Promise<[string, string][]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, spec, name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return fail(new Error(`worker exited by itself: ${err}`));
      done(
        out
          .split('\n')
          .filter((l) => l.startsWith('ack '))
          .map((l) => l.split(' ').slice(1) as [string, string]),
      );
    });
  });
}

describe.each(storeKinds())('%s store under SIGKILL', (kind) => {
  it('keeps every acknowledged event, a verifying audit chain and replayable cases across 10 kills', async () => {
    const { spec, cleanup } = freshSpec(kind);
    try {
      let acked = 0;
      for (let round = 0; round < 10; round++) {
        const acks = await runAndKill(spec, `w${round}`, 20 + Math.floor(Math.random() * 200));
        acked += acks.length;
        const { store, close } = await openStore(spec);
        for (const [caseId, eventId] of acks) expect(await store.idempotentResult(caseId, eventId), `${eventId} survived`).toBeDefined();
        await close();
      }
      expect(acked).toBeGreaterThan(10);
      const { store, close } = await openStore(spec);
      const engine = createEngine({
        modules: [toyRequest, toyReview],
        calendar: china,
        clock: new SimulatedClock('2019-09-27T10:00:00+08:00'),
        store,
      });
      expect(await engine.verifyAudit()).toMatchObject({ ok: true });
      // The whole record too: heads, states, deadlines and the store-wide ledger agree after every kill.
      expect((await verifyStore(store)).findings).toEqual([]);
      for (const id of await store.caseIds()) expect((await engine.replay(id)).matches).toBe(true);
      // Deadlines that fell due while the writers were down fire once on recovery.
      // (A case killed between its two events has its reply clock stopped: nothing of it is due.)
      const running = (await store.openDeadlines()).filter((d) => d.status === 'running').length;
      expect(running).toBeGreaterThan(0);
      const fired = await engine.tick(Date.parse('2019-12-31T00:00:00+08:00'));
      expect(fired.length).toBe(2 * running); // its warning and its due instant, once each
      expect(await engine.tick(Date.parse('2019-12-31T00:00:00+08:00'))).toEqual([]);
      await close();
    } finally {
      await cleanup();
    }
  }, 180_000);
});
