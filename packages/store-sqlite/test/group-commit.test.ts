import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZwgkError } from '@zwgk/core';
import { createCommit, sampleCase, updateCommit } from '@zwgk/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { concurrentSendsKeepChains } from '../../core/test/fixtures/concurrent-sends.js';
import { SqliteStore } from '../src/index.js';

// Group commit: concurrent commits share one transaction (one fsync), each keeping its own
// optimistic check in its own savepoint.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zwgk-group-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SqliteStore group commit', () => {
  it('writes commits that arrive together in one transaction', async () => {
    const store = new SqliteStore(join(dir, 'a.sqlite'), { create: true, groupCommit: {} });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.commit(createCommit(sampleCase(`case-${i}`)))));
    expect(store.commitStats).toEqual({ transactions: 1, commits: 20 });
    expect((await store.caseIds()).length).toBe(20);
    store.close();
  });

  it('fails only the commit whose check fails; its batch-mates are written', async () => {
    const store = new SqliteStore(join(dir, 'b.sqlite'), { create: true, groupCommit: {} });
    await store.commit(createCommit(sampleCase('stale')));
    const stored = (await store.load('stale'))!;
    await store.commit(updateCommit(stored, { state: 'moved' })); // the case moves on
    const outcomes = await Promise.allSettled([
      store.commit(createCommit(sampleCase('first'))),
      store.commit(updateCommit(stored, { state: 'lost' })), // loaded before the move: a lost race
      store.commit(createCommit(sampleCase('second'))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const reason = (outcomes[1] as PromiseRejectedResult).reason as ZwgkError;
    expect(reason).toBeInstanceOf(ZwgkError);
    expect(reason.code).toBe('VERSION_CONFLICT');
    expect((await store.load('stale'))!.state).toBe('moved');
    expect((await store.audit('stale')).length).toBe(2);
    expect(await store.caseIds()).toEqual(['first', 'second', 'stale']);
    expect(store.commitStats.transactions).toBe(3);
    store.close();
  });

  it('answers no caller before its batch is in the file', async () => {
    const file = join(dir, 'c.sqlite');
    const store = new SqliteStore(file, { create: true, groupCommit: {} });
    const written = Promise.all([store.commit(createCommit(sampleCase('x'))), store.commit(createCommit(sampleCase('y')))]);
    const other = new SqliteStore(file, { groupCommit: false });
    expect(await other.caseIds()).toEqual([]); // queued, not yet written or acknowledged
    await written;
    expect(await other.caseIds()).toEqual(['x', 'y']);
    other.close();
    store.close();
  });

  it('groups by default', async () => {
    const store = new SqliteStore(join(dir, 'default.sqlite'), { create: true });
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.commit(createCommit(sampleCase(`case-${i}`)))));
    expect(store.commitStats).toEqual({ transactions: 1, commits: 5 });
    store.close();
  });

  it('commits each on its own when switched off', async () => {
    const store = new SqliteStore(join(dir, 'd.sqlite'), { create: true, groupCommit: false });
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.commit(createCommit(sampleCase(`case-${i}`)))));
    expect(store.commitStats).toEqual({ transactions: 5, commits: 5 });
    store.close();
  });

  it('batches concurrent engine sends on different cases, and every chain still verifies', async () => {
    const store = new SqliteStore(join(dir, 'e.sqlite'), { create: true, groupCommit: {} });
    expect(await concurrentSendsKeepChains(store)).toBe(1);
    store.close();
  });
});
