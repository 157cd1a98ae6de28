import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock } from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';
import { describe, expect, it } from 'vitest';
import { toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

const root = resolve(import.meta.dirname, '../../..');
const worker = resolve(import.meta.dirname, 'crash-worker.ts');

/** Runs the worker until it has acknowledged some events, kills it with SIGKILL at a random moment, returns its acks. */
function runAndKill(file: string, name: string, killAfterMs: number): Promise<{ acks: [string, string][] }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, file, name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Start the random countdown once the worker is writing.
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return fail(new Error(`worker exited by itself: ${err}`));
      const acks = out
        .split('\n')
        .filter((line) => line.startsWith('ack '))
        .map((line) => line.split(' ').slice(1) as [string, string]);
      done({ acks });
    });
  });
}

describe('SqliteStore under SIGKILL', () => {
  it('keeps every acknowledged event, a verifying audit chain and replayable cases across 12 kills', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-crash-'));
    const file = join(dir, 'cases.sqlite');
    try {
      const acked: [string, string][] = [];
      for (let round = 0; round < 12; round++) {
        const { acks } = await runAndKill(file, `w${round}`, 20 + Math.floor(Math.random() * 200));
        acked.push(...acks);
        const store = new SqliteStore(file);
        for (const [caseId, eventId] of acks) expect(await store.idempotentResult(caseId, eventId), `${eventId} survived`).toBeDefined();
        store.close();
      }
      expect(acked.length).toBeGreaterThan(12);
      const store = new SqliteStore(file);
      const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock: new SimulatedClock('2019-09-27T10:00:00+08:00'), store });
      expect(await engine.verifyAudit()).toMatchObject({ ok: true });
      for (const id of await store.caseIds()) expect((await engine.replay(id)).matches).toBe(true);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
