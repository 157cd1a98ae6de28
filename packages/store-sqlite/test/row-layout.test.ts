import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BreachRecord, CaseRecord, DeadlineHistoryEntry, DeadlineRecord, NoticeRecord } from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';
import { createCommit, sampleCase, sampleDeadline, updateCommit } from '@zwgk/testing';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations.js';

// Migration 7: lists that only grow (a case's notices and breaches, a deadline's history) are one
// item a row, appended; a deadline's explanation is a row apart, written when it changes. What
// callers read back is the record they committed.

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-rows-'));
  dirs.push(dir);
  return join(dir, 'cases.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const notice = (n: number): NoticeRecord => ({
  name: 'assistanceRecord',
  recipient: 'applicant',
  clause: '第十四条',
  citation: '《西吉县政府信息依申请公开制度》第十四条',
  at: '2024-09-27T09:00:00+08:00',
  data: { help: `代为填写${n}` },
});
const breach: BreachRecord = {
  name: 'replyOverdue',
  clause: '第八条',
  citation: '《西吉县政府信息依申请公开制度》第八条',
  at: '2024-10-22T00:00:00+08:00',
  data: {},
};
const step = (op: DeadlineHistoryEntry['op'], at: string): DeadlineHistoryEntry => ({ op, at, dueAt: null });

/** Counts the rows each statement kind writes to the tables, through temporary triggers (seen only by this connection). */
function countWrites(db: Database.Database, tables: readonly string[]): () => Record<string, number> {
  db.exec('CREATE TEMP TABLE writes (what TEXT NOT NULL)');
  for (const table of tables) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER count_${table}_${op} AFTER ${op} ON main.${table} BEGIN INSERT INTO writes VALUES ('${table} ${op}'); END`,
      );
    }
  }
  return () => {
    const counted = Object.fromEntries(
      (db.prepare('SELECT what, count(*) AS n FROM writes GROUP BY what').all() as { what: string; n: number }[]).map((r) => [r.what, r.n]),
    );
    db.exec('DELETE FROM writes');
    return counted;
  };
}

describe('SqliteStore row layout: lists that only grow are appended, not rewritten', () => {
  it("appends a case's new notices and breaches; a list that does not continue the stored one is written anew", async () => {
    const file = tempFile();
    const store = new SqliteStore(file, { create: true });
    const writes = countWrites(store.db, ['case_notices', 'case_breaches']);
    await store.commit(createCommit(sampleCase('c', { notices: [notice(1), notice(2)] })));
    expect(writes()).toEqual({ 'case_notices INSERT': 2 });
    let stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, { notices: [notice(1), notice(2), notice(3)], breaches: [breach] }));
    expect(writes()).toEqual({ 'case_notices INSERT': 1, 'case_breaches INSERT': 1 });
    stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, { state: 'answered' }));
    expect(writes()).toEqual({});
    stored = (await store.load('c'))!;
    // Not what the engine does, but a store keeps whatever it is given.
    const rewritten = [notice(1), notice(9)];
    await store.commit(updateCommit(stored, { notices: rewritten, breaches: [] }));
    expect(writes()).toEqual({ 'case_notices DELETE': 3, 'case_notices INSERT': 2, 'case_breaches DELETE': 1 });
    const final = (await store.load('c'))!;
    store.close();
    // Read back from the file, not the cache: the same record.
    const reopened = new SqliteStore(file);
    expect(await reopened.load('c')).toEqual(final);
    expect(final).toMatchObject({ notices: rewritten, breaches: [], state: 'answered' });
    expect(await reopened.listCases({})).toEqual([final]);
    // The case row itself holds neither list.
    const row = JSON.parse(reopened.db.prepare("SELECT record FROM cases WHERE id = 'c'").pluck().get() as string);
    expect(row).not.toHaveProperty('notices');
    expect(row).not.toHaveProperty('breaches');
    reopened.close();
  });

  it("appends a deadline's new history entries and writes its explanation only when it changes", async () => {
    const file = tempFile();
    const store = new SqliteStore(file, { create: true });
    const writes = countWrites(store.db, ['deadline_history', 'deadline_explanations']);
    const started: DeadlineRecord = { ...sampleDeadline('c', 'reply', 1000), history: [step('start', '2024-09-27T09:00:00+08:00')] };
    await store.commit(createCommit(sampleCase('c'), [started]));
    expect(writes()).toEqual({ 'deadline_history INSERT': 1, 'deadline_explanations INSERT': 1 });
    // A pause and a resume that end on the same due instant: two entries appended, the explanation untouched.
    const resumed: DeadlineRecord = {
      ...started,
      history: [...started.history, step('pause', '2024-09-30T09:00:00+08:00'), step('resume', '2024-09-30T10:00:00+08:00')],
    };
    let stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, {}, { deadlines: [resumed] }));
    expect(writes()).toEqual({ 'deadline_history INSERT': 2 });
    // An extension moves the due instant: its count is written once.
    const extended: DeadlineRecord = {
      ...resumed,
      extensions: [15],
      explanation: [{ summary: '自2024-09-27次日起算15个工作日' }, { summary: '延长15个工作日' }],
      history: [...resumed.history, step('extend', '2024-10-08T09:00:00+08:00')],
    };
    stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, {}, { deadlines: [extended] }));
    expect(writes()).toEqual({ 'deadline_history INSERT': 1, 'deadline_explanations UPDATE': 1 });
    const unexplained: DeadlineRecord = { ...extended, explanation: null };
    stored = (await store.load('c'))!;
    await store.commit(updateCommit(stored, {}, { deadlines: [unexplained] }));
    expect(writes()).toEqual({ 'deadline_explanations DELETE': 1 });
    store.close();
    const reopened = new SqliteStore(file);
    expect(await reopened.deadlinesOf('c')).toEqual([unexplained]);
    expect(await reopened.dueDeadlines(5000, 10)).toEqual([unexplained]);
    expect(await reopened.openDeadlines()).toEqual([unexplained]);
    const row = JSON.parse(reopened.db.prepare("SELECT record FROM deadlines WHERE case_id = 'c'").pluck().get() as string);
    expect(row).not.toHaveProperty('history');
    expect(row).not.toHaveProperty('explanation');
    reopened.close();
  });

  it('reports a damaged list item as STORE_CORRUPT, naming the case, the list and the item', async () => {
    const file = tempFile();
    const store = new SqliteStore(file, { create: true, cacheSize: 0 });
    await store.commit(
      createCommit(sampleCase('c', { notices: [notice(1)] }), [
        { ...sampleDeadline('c', 'reply', 1000), history: [step('start', '2024-09-27T09:00:00+08:00')] },
      ]),
    );
    store.db.prepare("UPDATE case_notices SET item = '{broken' WHERE case_id = 'c'").run();
    await expect(store.load('c')).rejects.toMatchObject({ code: 'STORE_CORRUPT', details: { caseId: 'c', seq: 0 } });
    store.db.prepare("UPDATE deadline_history SET item = '{broken' WHERE case_id = 'c'").run();
    await expect(store.deadlinesOf('c')).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      details: { caseId: 'c', deadline: 'reply', seq: 0 },
    });
    store.close();
  });

  it('moves the lists and explanations of a file written before migration 7 out of their rows, records unchanged', async () => {
    const file = tempFile();
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)');
    for (const migration of migrations.filter((m) => m.version < 7)) {
      old.exec(migration.sql);
      old.prepare('INSERT INTO schema_migrations (version, description) VALUES (?, ?)').run(migration.version, migration.description);
    }
    const record: CaseRecord = sampleCase('old', { notices: [notice(1), notice(2)], breaches: [breach] });
    const deadline: DeadlineRecord = {
      ...sampleDeadline('old', 'reply', 1000),
      history: [step('start', '2024-09-27T09:00:00+08:00'), step('pause', '2024-09-30T09:00:00+08:00')],
    };
    const bare: DeadlineRecord = { ...sampleDeadline('old', 'appeal', null), explanation: null };
    old
      .prepare(
        'INSERT INTO cases (id, module_id, status, state, agency, parent_id, audit_seq, record, opened_at) VALUES (?, ?, ?, ?, NULL, NULL, 0, ?, ?)',
      )
      .run(record.id, record.moduleId, record.status, record.state, JSON.stringify(record), record.openedAt);
    for (const d of [deadline, bare]) {
      old
        .prepare('INSERT INTO deadlines (case_id, name, status, next_fire_at, due_at, warn_at, record) VALUES (?, ?, ?, ?, ?, NULL, ?)')
        .run(d.caseId, d.name, d.status, d.nextFireAtMs, d.dueAtMs, JSON.stringify(d));
    }
    old.close();
    const store = new SqliteStore(file);
    expect(store.schemaVersion).toBe(Math.max(...migrations.map((m) => m.version)));
    expect(await store.load('old')).toEqual(record);
    expect(await store.deadlinesOf('old')).toEqual([bare, deadline]);
    expect(store.db.prepare('SELECT count(*) FROM case_notices').pluck().get()).toBe(2);
    expect(store.db.prepare('SELECT count(*) FROM deadline_history').pluck().get()).toBe(2);
    expect(store.db.prepare('SELECT count(*) FROM deadline_explanations').pluck().get()).toBe(1);
    expect(await store.indexDrift()).toEqual([]);
    store.close();
  });
});
