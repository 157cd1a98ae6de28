import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, verifyStore, verifyStoreAudit, ZwgkError } from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';
import { createCommit, describeStoreConformance, sampleCase, sampleDeadline, updateCommit } from '@zwgk/testing';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { clerk, head, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';
import { migrations } from '../src/migrations.js';

describeStoreConformance('SqliteStore', () => new SqliteStore(':memory:'));
describeStoreConformance('SqliteStore without its case cache', () => new SqliteStore(':memory:', { cacheSize: 0 }));

const latest = Math.max(...migrations.map((m) => m.version));
const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-sqlite-'));
  dirs.push(dir);
  return join(dir, 'cases.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('SqliteStore on a file', () => {
  it('creates no file unless asked: a missing path, a file that is not a database, and an empty file are NO_STORE', () => {
    const missing = tempFile();
    expect(() => new SqliteStore(missing)).toThrow(
      expect.objectContaining({ code: 'NO_STORE', details: { path: missing, reason: 'missing' } }),
    );
    expect(existsSync(missing)).toBe(false);
    const text = tempFile();
    writeFileSync(text, 'case,state\nXJ-1,answered\n'.repeat(20));
    expect(() => new SqliteStore(text)).toThrow(
      expect.objectContaining({ code: 'NO_STORE', details: { path: text, reason: 'not-a-database' } }),
    );
    const store = new SqliteStore(tempFile(), { create: true });
    const file = store.db.name;
    store.close();
    truncateSync(file, 0); // a store truncated to nothing is not an empty store
    expect(() => new SqliteStore(file)).toThrow(
      expect.objectContaining({ code: 'NO_STORE', details: { path: file, reason: 'not-initialised' } }),
    );
    new SqliteStore(file, { create: true }).close(); // unless asked to start one
  });

  it('starts the ledger of a file written before it with each case head, in creation order, and verifies', async () => {
    const file = tempFile();
    const store = new SqliteStore(file, { create: true });
    await store.commit(createCommit(sampleCase('b')));
    await store.commit(createCommit(sampleCase('a')));
    store.db.exec('DROP TABLE ledger; DELETE FROM schema_migrations WHERE version = 4');
    store.close();
    const migrated = new SqliteStore(file);
    expect((await migrated.ledgerLeaves(0, 10)).map((leaf) => leaf.caseId)).toEqual(['b', 'a']);
    expect((await verifyStore(migrated)).findings).toEqual([]);
    migrated.close();
  });

  it('creates its schema once, in WAL mode, and reopens it without migrating again', () => {
    const file = tempFile();
    const first = new SqliteStore(file, { create: true });
    expect(first.schemaVersion).toBe(latest);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.close();
    const again = new SqliteStore(file);
    expect(again.schemaVersion).toBe(latest);
    again.close();
  });

  it('migrates a file at schema 1 to the latest on open, keeping its data and filling the new columns', async () => {
    const file = tempFile();
    // A file as version 0.1 of the store left it: migration 1 only.
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)');
    old.exec(migrations[0]!.sql);
    old.prepare('INSERT INTO schema_migrations (version, description) VALUES (1, ?)').run(migrations[0]!.description);
    const before = sampleCase('before', { agency: '县教育局', title: '县政府网站' });
    old
      .prepare('INSERT INTO cases (id, module_id, status, state, agency, parent_id, audit_seq, record) VALUES (?, ?, ?, ?, ?, NULL, 0, ?)')
      .run(before.id, before.moduleId, before.status, before.state, before.agency, JSON.stringify(before));
    old.prepare('INSERT INTO idempotency (case_id, event_id, result) VALUES (?, ?, ?)').run('before', 'e1', JSON.stringify({ version: 2 }));
    old.close();
    const v1 = new SqliteStore(file);
    expect(v1.db.prepare("SELECT name FROM sqlite_schema WHERE name = 'deadlines_open'").get()).toBeUndefined();
    expect(v1.schemaVersion).toBe(latest);
    await v1.commit(createCommit(sampleCase('a'), [sampleDeadline('a', 'reply', 1000)]));
    expect((await v1.openDeadlines()).map((d) => d.name)).toEqual(['reply']);
    // Migration 3 filled the new columns of the cases written before it.
    expect(await v1.countCases({ agency: '县教育局', openedFrom: before.openedAt })).toMatchObject({ total: 1 });
    expect((await v1.listCases({ title: '县政府网站' })).map((c) => c.id)).toEqual(['before']);
    // Migration 6 moved the idempotency keys into a rowid table, answers kept.
    expect(await v1.idempotentResult('before', 'e1')).toEqual({ version: 2 });
    expect(v1.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'idempotency'").pluck().get()).not.toMatch(/WITHOUT ROWID/);
    v1.close();
  });

  it('creates a file with 1 KiB pages (or the pageSize asked for); a file keeps the page size it was created with', () => {
    const file = tempFile();
    const created = new SqliteStore(file, { create: true });
    expect(created.db.pragma('page_size', { simple: true })).toBe(1024);
    created.close();
    const reopened = new SqliteStore(file, { pageSize: 4096 });
    expect(reopened.db.pragma('page_size', { simple: true })).toBe(1024);
    reopened.close();
    const large = new SqliteStore(tempFile(), { create: true, pageSize: 4096 });
    expect(large.db.pragma('page_size', { simple: true })).toBe(4096);
    large.close();
    const wrong = tempFile();
    for (const pageSize of [1000, 256, 131_072])
      expect(() => new SqliteStore(wrong, { create: true, pageSize })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', details: { pageSize } }),
      );
    expect(existsSync(wrong)).toBe(false);
  });

  it('keeps cases, deadlines and the audit chain across a restart of the engine', async () => {
    const file = tempFile();
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    const first = new SqliteStore(file, { create: true });
    const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: first });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-15T09:00:00+08:00');
    await engine.send(caseId, { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-1' });
    first.close();

    // A new process: nothing is loaded into memory up front; the due deadline fires once on recovery.
    const store = new SqliteStore(file);
    const restarted = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
    expect((await restarted.getCase(caseId)).deadlines[0]).toMatchObject({ dueAt: '2019-11-14T00:00:00+08:00', extensionsUsed: 1 });
    expect(
      await restarted.send(caseId, { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-1' }),
    ).toMatchObject({ duplicate: true });
    const fired = await restarted.tick(Date.parse('2019-11-20T00:00:00+08:00'));
    expect(fired.map((f) => `${f.name}:${f.kind}`)).toEqual(['reply:warning', 'reply:due']);
    expect(await restarted.tick(Date.parse('2019-11-21T00:00:00+08:00'))).toEqual([]);
    expect(await restarted.verifyAudit()).toMatchObject({ ok: true });
    expect((await restarted.replay(caseId)).matches).toBe(true);
    store.close();
  });

  it('reports a corrupted audit row with the case and entry it belongs to', async () => {
    const file = tempFile();
    const store = new SqliteStore(file, { create: true });
    await store.commit(createCommit(sampleCase('a'), [sampleDeadline('a', 'reply', 1000)]));
    const raw = new Database(file);
    raw.prepare("UPDATE audit SET entry = '{broken' WHERE case_id = 'a' AND seq = 1").run();
    raw.close();
    const error = await store.audit('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZwgkError);
    expect(error).toMatchObject({
      code: 'STORE_CORRUPT',
      details: { caseId: 'a', seq: 1 },
      message: 'case a: audit entry 1 does not parse as JSON',
    });
    expect(await store.load('a')).toMatchObject({ id: 'a' }); // the rest of the store still works
    expect(await verifyStoreAudit(store)).toMatchObject({
      ok: false,
      caseId: 'a',
      seq: 1,
      reason: 'case a: audit entry 1 does not parse as JSON',
    });
    store.close();
  });

  it('uses the due index for "what is due by T", not a table scan', () => {
    const store = new SqliteStore(':memory:');
    const plan = store.db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT case_id, name, record FROM deadlines WHERE next_fire_at IS NOT NULL AND next_fire_at <= ? ORDER BY next_fire_at, case_id, name LIMIT ?',
      )
      .all(0, 10) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX deadlines_by_next_fire');
    store.close();
  });
});

describe('SqliteStore case cache: never staler than the file', () => {
  it('sees what another connection (another process) wrote, on its next read', async () => {
    const file = tempFile();
    const a = new SqliteStore(file, { create: true });
    const b = new SqliteStore(file);
    await a.commit(createCommit(sampleCase('c'), [sampleDeadline('c', 'reply', 1000)]));
    expect(await a.load('c')).toMatchObject({ state: 'waiting' }); // cached by a
    expect((await a.deadlinesOf('c')).map((d) => d.nextFireAtMs)).toEqual([1000]);
    const stored = (await b.load('c'))!;
    await b.commit(
      updateCommit(stored, { state: 'answered' }, { deadlines: [sampleDeadline('c', 'reply', 2000), sampleDeadline('c', 'extra', 3000)] }),
    );
    expect(await a.load('c')).toMatchObject({ state: 'answered', auditSeq: 2 });
    expect((await a.deadlinesOf('c')).map((d) => `${d.name}@${d.nextFireAtMs}`)).toEqual(['extra@3000', 'reply@2000']);
    a.close();
    b.close();
  });

  it('sees a row changed through its own db handle, bypassing the store (a corrupted row is reported)', async () => {
    const store = new SqliteStore(tempFile(), { create: true });
    await store.commit(createCommit(sampleCase('c')));
    expect(await store.load('c')).toMatchObject({ id: 'c' });
    store.db.prepare("UPDATE cases SET record = '{broken' WHERE id = 'c'").run();
    await expect(store.load('c')).rejects.toMatchObject({ code: 'STORE_CORRUPT', details: { caseId: 'c' } });
    store.close();
  });

  it('keeps nothing a rolled-back transaction of the caller wrote', async () => {
    const store = new SqliteStore(tempFile(), { create: true });
    await store.commit(createCommit(sampleCase('c'), [sampleDeadline('c', 'reply', 1000)]));
    const stored = (await store.load('c'))!;
    expect(() =>
      store.db.transaction(() => {
        void store.commit(updateCommit(stored, { state: 'answered' }, { deadlines: [sampleDeadline('c', 'reply', 2000)] }));
        throw new Error('the caller gives up');
      })(),
    ).toThrow('the caller gives up');
    expect(await store.load('c')).toMatchObject({ state: 'waiting', auditSeq: 1 });
    expect((await store.deadlinesOf('c')).map((d) => d.nextFireAtMs)).toEqual([1000]);
    store.close();
  });

  it('applies a commit to the cached deadlines as the file does: replaced by name, listed by name', async () => {
    const store = new SqliteStore(tempFile(), { create: true });
    await store.commit(createCommit(sampleCase('c'), [sampleDeadline('c', 'reply', 1000)]));
    const fromCache = await store.deadlinesOf('c');
    fromCache.pop(); // a caller changing the list it got changes nothing stored
    const stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, {}, { deadlines: [sampleDeadline('c', 'appeal', 5000), sampleDeadline('c', 'reply', null)] }));
    const cached = await store.deadlinesOf('c');
    const uncached = new SqliteStore(store.db.name, { cacheSize: 0 });
    expect(cached).toEqual(await uncached.deadlinesOf('c'));
    expect(cached.map((d) => d.name)).toEqual(['appeal', 'reply']);
    uncached.close();
    store.close();
  });
});
