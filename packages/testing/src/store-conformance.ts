import {
  type AuditEntry,
  type CaseRecord,
  type CaseStore,
  type Commit,
  chainEntry,
  type DeadlineRecord,
  GENESIS_HASH,
  ledgerLeafHash,
  merkleRoot,
  takeCheckpoint,
  verifyStore,
  ZwgkError,
} from '@zwgk/core';
import { describe, expect, it } from 'vitest';

/** A case record for store tests. */
export function sampleCase(id: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    moduleId: 'sample',
    moduleVersion: '1.0.0',
    parentId: null,
    childKey: null,
    agency: null,
    title: null,
    status: 'open',
    state: 'waiting',
    snapshot: { status: 'active', value: 'waiting', context: {}, children: {}, historyValue: {} },
    version: 1,
    openedAt: '2024-09-27T09:00:00+08:00',
    updatedAt: '2024-09-27T09:00:00+08:00',
    closedAt: null,
    openedBy: { id: 'clerk', role: 'receptionist' },
    notices: [],
    breaches: [],
    children: {},
    auditSeq: 0,
    auditHash: GENESIS_HASH,
    ...overrides,
  };
}

/** A running deadline for store tests, firing at `nextFireAtMs`. */
export function sampleDeadline(caseId: string, name: string, nextFireAtMs: number | null): DeadlineRecord {
  const instant = nextFireAtMs === null ? null : new Date(nextFireAtMs).toISOString();
  return {
    caseId,
    name,
    label: { zh: '答复期限', en: 'reply' },
    clause: '第八条',
    citation: '《西吉县政府信息依申请公开制度》第八条',
    unit: 'workingDays',
    length: 15,
    status: nextFireAtMs === null ? 'completed' : 'running',
    startedAt: '2024-09-27T09:00:00+08:00',
    anchor: '2024-09-27T09:00:00+08:00',
    anchorLength: 15,
    extensions: [],
    extensionsUsed: 0,
    dueAt: instant,
    dueAtMs: nextFireAtMs,
    warnAt: null,
    warnAtMs: null,
    warned: false,
    fellDue: false,
    remaining: null,
    pausedAt: null,
    completedAt: null,
    outcome: null,
    calendarVersion: 'test',
    explanation: { summary: '自2024-09-27次日起算15个工作日' },
    nextFireAtMs,
    history: [],
  };
}

/** A commit that creates `record` with one audit entry (and the given deadlines). */
export function createCommit(record: CaseRecord, deadlines: DeadlineRecord[] = []): Commit {
  const entry = chainEntry(
    record.id,
    { seq: 0, hash: GENESIS_HASH },
    { kind: 'case.opened', at: record.openedAt, data: { module: `${record.moduleId}@${record.moduleVersion}`, state: record.state } },
    record.openedAt,
  );
  return {
    cases: [{ record: { ...record, auditSeq: entry.seq, auditHash: entry.hash }, expectedAuditSeq: null }],
    audit: [entry],
    deadlines,
    idempotency: [],
  };
}

/** A commit that applies one more audit entry (an event moving the case to `changes.state`, and a new version) to a stored case. */
export function updateCommit(
  stored: CaseRecord,
  changes: Partial<CaseRecord> = {},
  extra: Partial<Omit<Commit, 'cases' | 'audit'>> = {},
): Commit {
  const data = {
    changes: Object.keys(changes),
    delivered: true,
    from: stored.state,
    to: changes.state ?? stored.state,
    version: stored.version + 1,
  };
  const entry: AuditEntry = chainEntry(
    stored.id,
    { seq: stored.auditSeq, hash: stored.auditHash },
    { kind: 'event.applied', at: stored.updatedAt, data },
    stored.updatedAt,
  );
  return {
    cases: [
      {
        record: { ...stored, ...changes, version: stored.version + 1, auditSeq: entry.seq, auditHash: entry.hash },
        expectedAuditSeq: stored.auditSeq,
      },
    ],
    audit: [entry],
    deadlines: extra.deadlines ?? [],
    idempotency: extra.idempotency ?? [],
  };
}

async function expectConflict(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ZwgkError && e.code === 'VERSION_CONFLICT');
}

/**
 * The contract every {@link CaseStore} must keep. Call it from a store's test file with a
 * factory that returns an empty store; `cleanup` runs after each test.
 *
 * @example
 * describeStoreConformance('MemoryStore', () => new MemoryStore());
 */
export function describeStoreConformance(name: string, makeStore: () => CaseStore | Promise<CaseStore>): void {
  describe(`${name} keeps the CaseStore contract`, () => {
    it('returns what a commit wrote: case, audit chain, deadlines', async () => {
      const store = await makeStore();
      const commit = createCommit(sampleCase('a'), [sampleDeadline('a', 'reply', 1000)]);
      await store.commit(commit);
      expect(await store.load('a')).toEqual(commit.cases[0]!.record);
      expect(await store.audit('a')).toEqual(commit.audit);
      expect(await store.deadlinesOf('a')).toEqual(commit.deadlines);
      expect(await store.load('missing')).toBeUndefined();
      expect(await store.caseIds()).toEqual(['a']);
    });

    it('refuses to create a case that exists, and writes nothing', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('a')));
      await expectConflict(store.commit(createCommit(sampleCase('a', { title: 'second' }))));
      expect((await store.load('a'))?.title).toBeNull();
      expect(await store.audit('a')).toHaveLength(1);
    });

    it('applies a commit whole or not at all when one of its cases conflicts', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('a')));
      await store.commit(createCommit(sampleCase('b')));
      const a = (await store.load('a'))!;
      const b = (await store.load('b'))!;
      await store.commit(updateCommit(b, { state: 'moved' }));
      const ua = updateCommit(a, { state: 'answered' }, { deadlines: [sampleDeadline('a', 'reply', 5)] });
      const stale = updateCommit(b, { state: 'stale' });
      await expectConflict(
        store.commit({
          cases: [...ua.cases, ...stale.cases],
          audit: [...ua.audit, ...stale.audit],
          deadlines: ua.deadlines,
          idempotency: [],
        }),
      );
      expect((await store.load('a'))?.state).toBe('waiting');
      expect(await store.audit('a')).toHaveLength(1);
      expect(await store.deadlinesOf('a')).toEqual([]);
      expect((await store.load('b'))?.state).toBe('moved');
    });

    it('lets exactly one of two writers with the same expected version win', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('a')));
      const loaded = (await store.load('a'))!;
      const results = await Promise.allSettled([
        store.commit(updateCommit(loaded, { state: 'x' })),
        store.commit(updateCommit(loaded, { state: 'y' })),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(ZwgkError);
      expect((rejected?.reason as ZwgkError | undefined)?.code).toBe('VERSION_CONFLICT');
      expect(await store.audit('a')).toHaveLength(2);
    });

    it('keeps idempotency keys: the stored result comes back, and a key cannot be used twice', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('a')));
      const loaded = (await store.load('a'))!;
      await store.commit(updateCommit(loaded, {}, { idempotency: [{ caseId: 'a', eventId: 'evt-1', result: { version: 2 } }] }));
      expect(await store.idempotentResult('a', 'evt-1')).toEqual({ version: 2 });
      expect(await store.idempotentResult('a', 'evt-2')).toBeUndefined();
      const again = (await store.load('a'))!;
      await expectConflict(store.commit(updateCommit(again, {}, { idempotency: [{ caseId: 'a', eventId: 'evt-1', result: {} }] })));
      expect(await store.audit('a')).toHaveLength(2);
    });

    it('finds due deadlines in due order (then case id, then name), up to the limit', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('c1'), [sampleDeadline('c1', 'reply', 3000), sampleDeadline('c1', 'done', null)]));
      await store.commit(createCommit(sampleCase('c2'), [sampleDeadline('c2', 'reply', 1000), sampleDeadline('c2', 'appeal', 3000)]));
      await store.commit(createCommit(sampleCase('c0'), [sampleDeadline('c0', 'reply', 3000), sampleDeadline('c0', 'later', 9000)]));
      const due = await store.dueDeadlines(3000, 10);
      expect(due.map((d) => `${d.caseId}/${d.name}`)).toEqual(['c2/reply', 'c0/reply', 'c1/reply', 'c2/appeal']);
      expect((await store.dueDeadlines(3000, 2)).map((d) => `${d.caseId}/${d.name}`)).toEqual(['c2/reply', 'c0/reply']);
      expect(await store.dueDeadlines(999, 10)).toEqual([]);
    });

    it('moves a deadline out of the due set when a commit updates it', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('a'), [sampleDeadline('a', 'reply', 1000)]));
      const loaded = (await store.load('a'))!;
      await store.commit(updateCommit(loaded, {}, { deadlines: [sampleDeadline('a', 'reply', null)] }));
      expect(await store.dueDeadlines(5000, 10)).toEqual([]);
      expect(await store.openDeadlines()).toEqual([]);
    });

    it('lists running deadlines in a window and open deadlines', async () => {
      const store = await makeStore();
      await store.commit(
        createCommit(sampleCase('a'), [
          sampleDeadline('a', 'early', 1000),
          sampleDeadline('a', 'inside', 2000),
          sampleDeadline('a', 'closed', null),
        ]),
      );
      expect((await store.deadlinesBetween(1500, 2500)).map((d) => d.name)).toEqual(['inside']);
      expect((await store.openDeadlines()).map((d) => d.name).sort()).toEqual(['early', 'inside']);
    });

    it('filters cases by module, state, status, agency and parent', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('p', { agency: '县政务公开办公室' })));
      await store.commit(createCommit(sampleCase('c', { moduleId: 'review', parentId: 'p', state: 'reviewing' })));
      await store.commit(createCommit(sampleCase('d', { status: 'done', state: 'answered' })));
      const ids = async (q: Parameters<CaseStore['listCases']>[0]) => (await store.listCases(q)).map((c) => c.id).sort();
      expect(await ids({ moduleId: 'review' })).toEqual(['c']);
      expect(await ids({ state: 'answered' })).toEqual(['d']);
      expect(await ids({ status: 'open' })).toEqual(['c', 'p']);
      expect(await ids({ agency: '县政务公开办公室' })).toEqual(['p']);
      expect(await ids({ parentId: 'p' })).toEqual(['c']);
    });

    it('appends one ledger leaf per case head a commit moves, in commit order, and none for a refused commit', async () => {
      const store = await makeStore();
      await store.commit(createCommit(sampleCase('b')));
      await store.commit(createCommit(sampleCase('a')));
      const b = (await store.load('b'))!;
      await store.commit(updateCommit(b, { state: 'moved' }));
      await expectConflict(store.commit(updateCommit(b, { state: 'stale' })));
      const heads = await Promise.all(
        ['b', 'a'].map(async (id) => (await store.audit(id)).map((e) => ({ caseId: id, seq: e.seq, hash: e.hash }))),
      );
      expect(await store.ledgerSize()).toBe(3);
      expect(await store.ledgerLeaves(0, 3)).toEqual([heads[0]![0], heads[1]![0], heads[0]![1]]);
      expect(await store.ledgerLeaves(1, 2)).toEqual([heads[1]![0]]);
      expect(await store.ledgerLeaves(3, 10)).toEqual([]);
    });

    it('takes checkpoints of the ledger (RFC 9162 root) that later verification proves the store extends', async () => {
      const store = await makeStore();
      const empty = await takeCheckpoint(store, '2024-09-27T09:00:00+08:00');
      expect(empty).toMatchObject({ size: 0, root: merkleRoot([]) });
      await store.commit(createCommit(sampleCase('a', { state: 'waiting' })));
      await store.commit(createCommit(sampleCase('b')));
      const first = await takeCheckpoint(store, '2024-09-27T10:00:00+08:00');
      expect(first.size).toBe(2);
      expect(first.root).toBe(merkleRoot((await store.ledgerLeaves(0, 2)).map((leaf) => ledgerLeafHash(leaf))));
      const a = (await store.load('a'))!;
      await store.commit(updateCommit(a, { state: 'answered' }));
      for (const since of [empty, first]) {
        const result = await verifyStore(store, { since });
        expect(result.findings).toEqual([]);
        expect(result).toMatchObject({ ok: true, cases: 2, entries: 3, ledger: { size: 3 } });
      }
      const later = await takeCheckpoint(store, '2024-09-27T11:00:00+08:00');
      expect(later.size).toBe(3);
      // A checkpoint the store does not extend (another store's, or one from before a rollback).
      const foreign = { ...later, size: 4 };
      expect((await verifyStore(store, { since: foreign })).findings).toEqual([
        expect.objectContaining({ caseId: null, field: 'ledger.size' }),
      ]);
      const rewritten = { ...first, root: later.root };
      expect((await verifyStore(store, { since: rewritten })).findings).toEqual([
        expect.objectContaining({ caseId: null, field: 'ledger.root' }),
      ]);
    });

    it('pages cases by id after a cursor, in id order, with new cases not disturbing the pages read', async () => {
      const store = await makeStore();
      for (const id of ['m', 'c', 'x', 'a']) await store.commit(createCommit(sampleCase(id)));
      const page = async (afterId: string, limit: number) => (await store.listCases({ afterId, limit })).map((c) => c.id);
      expect(await page('', 2)).toEqual(['a', 'c']);
      await store.commit(createCommit(sampleCase('b'))); // sorts before the cursor: a reader that passed it never sees it
      expect(await page('c', 2)).toEqual(['m', 'x']);
      expect(await page('x', 2)).toEqual([]);
      expect((await store.listCases({ afterId: 'a', status: 'open', limit: 10 })).map((c) => c.id)).toEqual(['b', 'c', 'm', 'x']);
    });

    it('keeps the change feed of commits in commit order, writes none from a failed commit, and filters it', async () => {
      const store = await makeStore();
      if (!store.feed) return expect(store.feed).toBeUndefined(); // a store without a feed serves none
      const feedOf = (commit: Commit, agency: string | null, moduleId: string): Commit => ({
        ...commit,
        feed: commit.audit.map((e) => ({
          caseId: e.caseId,
          kind: 'case.opened' as const,
          at: e.at,
          recordedAt: e.recordedAt,
          agency,
          moduleId,
          auditSeq: e.seq,
          data: e.data,
        })),
      });
      await store.commit(feedOf(createCommit(sampleCase('a', { agency: '县政府办' })), '县政府办', 'sample'));
      await store.commit(feedOf(createCommit(sampleCase('b')), null, 'other'));
      await expectConflict(store.commit(feedOf(createCommit(sampleCase('a')), '县政府办', 'sample')));
      await store.commit(feedOf(createCommit(sampleCase('c', { agency: '县教育局' })), '县教育局', 'sample'));
      const all = await store.feed({ limit: 10 });
      expect(all.map((e) => e.caseId)).toEqual(['a', 'b', 'c']);
      expect(all[0]).toMatchObject({ kind: 'case.opened', agency: '县政府办', moduleId: 'sample', auditSeq: 1 });
      const cursors = all.map((e) => e.cursor);
      expect([...cursors].sort((x, y) => x - y)).toEqual(cursors);
      expect((await store.feed({ after: cursors[0]!, limit: 1 })).map((e) => e.caseId)).toEqual(['b']);
      expect(await store.feed({ after: cursors[2]!, limit: 10 })).toEqual([]);
      expect((await store.feed({ limit: 10, agencies: ['县教育局', '县政府办'] })).map((e) => e.caseId)).toEqual(['a', 'c']);
      expect((await store.feed({ limit: 10, moduleIds: ['other'] })).map((e) => e.caseId)).toEqual(['b']);
      expect(await store.feed({ limit: 10, kinds: ['case.closed'] })).toEqual([]);
      expect(await store.feed({ limit: 10, agencies: [] })).toEqual([]);
    });

    // Facts from other cases (issue 14 §4): a year's cases of an agency, and earlier cases of a key.
    it('counts an agency’s cases of a period by status, state and deadline result, and lists a key’s cases oldest first', async () => {
      const store = await makeStore();
      const office = '县政务公开办公室';
      const finished = (d: DeadlineRecord, outcome: DeadlineRecord['outcome']): DeadlineRecord => ({
        ...d,
        status: 'completed',
        outcome,
        nextFireAtMs: null,
      });
      await store.commit(
        createCommit(
          sampleCase('y1', {
            agency: office,
            openedAt: '2020-01-01T00:00:00+08:00',
            status: 'done',
            state: 'answered',
            title: '县政府网站',
          }),
          [finished(sampleDeadline('y1', 'reply', null), 'met')],
        ),
      );
      await store.commit(
        createCommit(sampleCase('y2', { agency: office, openedAt: '2020-06-30T09:00:00+08:00', status: 'done', state: 'refused' }), [
          finished(sampleDeadline('y2', 'reply', null), 'missed'),
          finished(sampleDeadline('y2', 'thirdParty:acme', null), 'deemed'),
          finished(sampleDeadline('y2', 'thirdParty:beta', null), 'met'),
        ]),
      );
      await store.commit(
        createCommit(sampleCase('y3', { agency: office, openedAt: '2020-12-31T23:59:59+08:00', title: '县政府网站' }), [
          sampleDeadline('y3', 'reply', 5000),
        ]),
      );
      await store.commit(
        createCommit(
          sampleCase('early', {
            agency: office,
            openedAt: '2019-12-31T23:59:59+08:00',
            status: 'done',
            state: 'answered',
            title: '县政府网站',
          }),
        ),
      );
      await store.commit(createCommit(sampleCase('next', { agency: office, openedAt: '2021-01-01T00:00:00+08:00' })));
      await store.commit(createCommit(sampleCase('other', { agency: '县教育局', openedAt: '2020-05-01T09:00:00+08:00' })));
      await store.commit(createCommit(sampleCase('module', { agency: office, moduleId: 'other', openedAt: '2020-05-01T09:00:00+08:00' })));
      const year = { moduleId: 'sample', agency: office, openedFrom: '2020-01-01T00:00:00+08:00', openedTo: '2021-01-01T00:00:00+08:00' };
      expect(await store.countCases({ ...year, deadlines: true })).toEqual({
        total: 3,
        byStatus: { done: 2, open: 1 },
        byState: { answered: 1, refused: 1, waiting: 1 },
        deadlines: { reply: { met: 1, missed: 1, open: 1 }, thirdParty: { deemed: 1, met: 1 } },
      });
      expect(await store.countCases(year)).toEqual({
        total: 3,
        byStatus: { done: 2, open: 1 },
        byState: { answered: 1, refused: 1, waiting: 1 },
        deadlines: {},
      });
      expect(await store.countCases({ ...year, status: 'done', state: 'refused' })).toMatchObject({ total: 1 });
      expect(await store.countCases({ agency: '无此单位' })).toEqual({ total: 0, byStatus: {}, byState: {}, deadlines: {} });
      const titled = await store.listCases({ title: '县政府网站', openedTo: '2020-12-31T23:59:59+08:00' });
      expect(titled.map((c) => c.id)).toEqual(['early', 'y1']);
      expect((await store.listCases({ title: '县政府网站', openedFrom: '2020-01-01T00:00:00+08:00', limit: 1 })).map((c) => c.id)).toEqual([
        'y1',
      ]);
    });
  });
}
