import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, verifyStore } from '@zwgk/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clerk, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';
import { SqliteStore, type SqliteStoreOptions } from '../src/index.js';

// The engine's optimistic first attempt at an event (CaseStore.trustCacheFor): the file is checked
// once, the event's reads come from the cache, no idempotency read; the commit's checks catch a
// stale case or a repeated event id, and the engine decides again on what the file holds.

let dir: string;
const stores: SqliteStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zwgk-trusted-'));
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

const clock = () => new SimulatedClock('2019-09-27T10:00:00+08:00');
function engineOn(options: SqliteStoreOptions & { create?: boolean } = {}, at = clock()) {
  const store = new SqliteStore(join(dir, 'cases.sqlite'), options);
  stores.push(store);
  return { store, engine: createEngine({ modules: [toyRequest, toyReview], calendar: china, clock: at, store }) };
}
const consulted = { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk } as const;
const replied = { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk } as const;

describe('SqliteStore: an event on a cached case', () => {
  it('is applied without the idempotency read; without a cache the engine reads it first', async () => {
    const { store, engine } = engineOn({ create: true });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const lookups = vi.spyOn(store, 'idempotentResult');
    expect(await engine.send(caseId, { ...consulted, eventId: 'oa-1' })).toMatchObject({ version: 2, duplicate: false });
    expect(lookups).not.toHaveBeenCalled();

    const uncached = engineOn({ cacheSize: 0 });
    const reads = vi.spyOn(uncached.store, 'idempotentResult');
    expect(await uncached.engine.send(caseId, { ...replied, eventId: 'oa-2' })).toMatchObject({ version: 3 });
    expect(reads).toHaveBeenCalledWith(caseId, 'oa-2');
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('answers an event id sent again as the repeat it is, written once', async () => {
    const { engine } = engineOn({ create: true });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const first = await engine.send(caseId, { ...consulted, eventId: 'oa-1' });
    expect(await engine.send(caseId, { ...consulted, eventId: 'oa-1' })).toMatchObject({ version: first.version, duplicate: true });
    const history = await engine.history(caseId);
    expect(history.filter((e) => e.kind === 'event.applied')).toHaveLength(1);
    expect(history.filter((e) => e.kind === 'event.rejected')).toHaveLength(0);
  });

  it('decides again on the file an event its stale cache would refuse, and records no refusal', async () => {
    const at = clock();
    const mine = engineOn({ create: true }, at);
    const { caseId } = await mine.engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    // Another connection (another process) consults the party; mine still holds the case from before.
    await engineOn({}, at).engine.send(caseId, { ...consulted, eventId: 'theirs' });
    expect(await mine.engine.send(caseId, { ...replied, eventId: 'mine' })).toMatchObject({ version: 3, duplicate: false });
    const history = await mine.engine.history(caseId);
    expect(history.filter((e) => e.kind === 'event.applied').map((e) => (e.data as { event: { eventId: string } }).event.eventId)).toEqual([
      'theirs',
      'mine',
    ]);
    expect(history.filter((e) => e.kind === 'event.rejected')).toHaveLength(0);
  });

  it('hides a case its sender may not see (visible) on the cached case too, and records nothing', async () => {
    const { engine } = engineOn({ create: true });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, agency: '县政务公开办公室' });
    const before = await engine.history(caseId);
    const hidden = { ...consulted, eventId: 'oa-1', visible: (record: { agency: string | null }) => record.agency === '县卫健局' };
    await expect(engine.send(caseId, hidden)).rejects.toMatchObject({ code: 'UNKNOWN_CASE' });
    expect(await engine.history(caseId)).toEqual(before);
  });

  it('ends the trust with the attempt: after a refused event the case is read from the file again', async () => {
    const at = clock();
    const mine = engineOn({ create: true }, at);
    const { caseId } = await mine.engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    // A reply before any consultation is refused, on the cached case and again on the file (recorded once).
    await expect(mine.engine.send(caseId, { ...replied, eventId: 'early' })).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
    await engineOn({}, at).engine.send(caseId, { ...consulted, eventId: 'theirs' });
    // Still trusted, the cache would answer with the case as it was before the other connection's event.
    expect((await mine.store.load(caseId))?.state).toBe((await mine.engine.getCase(caseId)).case.state);
    expect((await mine.store.load(caseId))?.version).toBe(2);
    expect((await mine.engine.history(caseId)).filter((e) => e.kind === 'event.rejected')).toHaveLength(1);
  });
});
