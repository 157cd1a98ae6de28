import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, verifyStore, ZwgkError } from '@zwgk/core';
import { PostgresStore, type PostgresStoreOptions } from '@zwgk/store-postgres';
import { createCommit, sampleCase, sampleDeadline, updateCommit } from '@zwgk/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { concurrentSendsKeepChains } from '../../core/test/fixtures/concurrent-sends.js';
import { clerk, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

// Group commit (commits in flight together share one transaction and one round trip, each in its
// own savepoint) and deadline claims (several sweepers share the due deadlines). Needs a server:
// see postgres-store.test.ts.
const url = process.env.ZWGK_PG_URL;

let schemas = 0;
const opened: PostgresStore[] = [];
const pools: pg.Pool[] = []; // the caller-owned pools some tests give their stores
async function open(schema: string, options: Partial<PostgresStoreOptions> = {}): Promise<PostgresStore> {
  const store = await PostgresStore.open({ connection: url!, schema, maxConnections: 4, ...options });
  opened.push(store);
  return store;
}
const freshSchema = () => `zwgk_group_${process.pid}_${++schemas}`;
afterAll(async () => {
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const store of opened) await store.close();
  for (const pool of pools) await pool.end();
  for (let i = 1; i <= schemas; i++) await admin.query(`DROP SCHEMA IF EXISTS zwgk_group_${process.pid}_${i} CASCADE`);
  await admin.end();
});

describe.runIf(url)('PostgresStore group commit', () => {
  it('writes commits that arrive together in one transaction', async () => {
    const store = await open(freshSchema(), { create: true, groupCommit: { maxInFlight: 1 } });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.commit(createCommit(sampleCase(`case-${i}`)))));
    expect(store.commitStats).toEqual({ transactions: 1, commits: 20 });
    expect((await store.caseIds()).length).toBe(20);
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('fails only the commit whose check fails; its batch-mates, their feed and ledger leaves are written', async () => {
    const store = await open(freshSchema(), { create: true });
    await store.commit(createCommit(sampleCase('stale')));
    const stored = (await store.load('stale'))!;
    await store.commit(updateCommit(stored, { state: 'moved' })); // the case moves on
    const before = store.commitStats.transactions;
    const outcomes = await Promise.allSettled([
      store.commit(createCommit(sampleCase('first'))),
      store.commit(updateCommit(stored, { state: 'lost' })), // loaded before the move: a lost race
      store.commit(createCommit(sampleCase('stale'))), // a case that exists
      store.commit(createCommit(sampleCase('second'))),
    ]);
    expect(store.commitStats.transactions - before).toBe(1);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    for (const o of [outcomes[1], outcomes[2]] as PromiseRejectedResult[]) {
      expect(o.reason).toBeInstanceOf(ZwgkError);
      expect(o.reason).toMatchObject({ code: 'VERSION_CONFLICT', details: { caseId: 'stale' } });
    }
    expect((outcomes[1] as PromiseRejectedResult).reason.details).toEqual({ caseId: 'stale', expectedAuditSeq: 1 });
    expect((await store.load('stale'))!.state).toBe('moved');
    expect((await store.audit('stale')).length).toBe(2);
    expect((await store.caseIds()).sort()).toEqual(['first', 'second', 'stale']);
    // The ledger holds the written heads only, gapless, in commit order.
    expect((await store.ledgerLeaves(0, 10)).map((l) => `${l.caseId}:${l.seq}`)).toEqual(['stale:1', 'stale:2', 'first:1', 'second:1']);
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('refuses an event id used before, alone, in a batch', async () => {
    const store = await open(freshSchema(), { create: true });
    const a = createCommit(sampleCase('a'));
    await store.commit({ ...a, idempotency: [{ caseId: 'a', eventId: 'oa-1', result: { ok: 1 } }] });
    const stored = (await store.load('a'))!;
    const again = updateCommit(stored, { state: 'twice' });
    const outcomes = await Promise.allSettled([
      store.commit({ ...again, idempotency: [{ caseId: 'a', eventId: 'oa-1', result: { ok: 2 } }] }),
      store.commit(createCommit(sampleCase('b'))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { caseId: 'a', eventId: 'oa-1' },
    });
    expect(await store.idempotentResult('a', 'oa-1')).toEqual({ ok: 1 });
    expect((await store.load('a'))!.state).toBe(stored.state);
  });

  it('answers a batch of one that lost its race (run without a savepoint) as the same conflict, with nothing written', async () => {
    const store = await open(freshSchema(), { create: true, groupCommit: false });
    await store.commit({ ...createCommit(sampleCase('a')), idempotency: [{ caseId: 'a', eventId: 'oa-1', result: { ok: 1 } }] });
    const stored = (await store.load('a'))!;
    await store.commit(updateCommit(stored, { state: 'moved' }));
    const moved = (await store.load('a'))!;
    const refusals = [
      [updateCommit(stored, { state: 'lost' }), { caseId: 'a', expectedAuditSeq: 1 }], // loaded before the move
      [createCommit(sampleCase('a')), { caseId: 'a' }], // a case that exists
      [
        { ...updateCommit(moved, { state: 'twice' }), idempotency: [{ caseId: 'a', eventId: 'oa-1', result: { ok: 2 } }] },
        { caseId: 'a', eventId: 'oa-1' },
      ],
    ] as const;
    for (const [commit, details] of refusals) {
      const error = await store.commit(commit).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZwgkError);
      expect(error).toMatchObject({ code: 'VERSION_CONFLICT', details });
    }
    // Another writer's audit entry there first: a unique violation, a conflict with no case named.
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    await other.query(`INSERT INTO ${store.schema}.audit (case_id, seq, entry) VALUES ('a', 3, '{}')`);
    const raced = await store.commit(updateCommit(moved, { state: 'raced' })).catch((e: unknown) => e);
    expect(raced).toMatchObject({ code: 'VERSION_CONFLICT', details: {} });
    expect((raced as Error).message).toMatch(/another writer committed first, reload and retry$/);
    expect(store.commitStats).toEqual({ transactions: 6, commits: 6 });
    expect((await store.load('a'))!.state).toBe('moved');
    expect(await store.idempotentResult('a', 'oa-1')).toEqual({ ok: 1 });
    await other.query(`DELETE FROM ${store.schema}.audit WHERE case_id = 'a' AND seq = 3`);
    await other.end();
    await store.commit(updateCommit(moved, { state: 'next' })); // the connection and the case go on
    expect((await store.load('a'))!.state).toBe('next');
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('answers no caller before its batch is committed', async () => {
    const schema = freshSchema();
    const store = await open(schema, { create: true });
    const other = await open(schema, { groupCommit: false, cacheSize: 0 });
    // Another session holds the cases table against writers, so the batch cannot commit until it lets go
    // (a race on timing alone failed under load: the batch could commit before the other store's read).
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE ${schema}.cases IN EXCLUSIVE MODE`);
    let answered = 0;
    const written = Promise.all(['x', 'y'].map((id) => store.commit(createCommit(sampleCase(id))).then(() => answered++)));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the batch is on the server, waiting for the lock
    expect(answered).toBe(0);
    expect(await other.caseIds()).toEqual([]); // not yet written, and no caller told it was
    await locker.query('COMMIT');
    await locker.end();
    await written;
    expect(answered).toBe(2);
    expect(await other.caseIds()).toEqual(['x', 'y']);
  });

  it('commits each on its own when switched off', async () => {
    const store = await open(freshSchema(), { create: true, groupCommit: false });
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.commit(createCommit(sampleCase(`case-${i}`)))));
    expect(store.commitStats).toEqual({ transactions: 5, commits: 5 });
  });

  it('batches concurrent engine sends on different cases, and every chain still verifies', async () => {
    const store = await open(freshSchema(), { create: true, groupCommit: { maxInFlight: 1 } });
    expect(await concurrentSendsKeepChains(store)).toBeLessThan(10);
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('keeps working when concurrent events push each other out of a small cache', async () => {
    const store = await open(freshSchema(), { create: true, cacheSize: 1 });
    const engine = createEngine({
      modules: [toyRequest, toyReview],
      calendar: china,
      clock: new SimulatedClock('2019-09-27T10:00:00+08:00'),
      store,
    });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId);
    for (const type of ['thirdParty.consulted', 'thirdParty.replied'] as const) {
      const payload = type === 'thirdParty.consulted' ? { party: '某公司' } : { agrees: true };
      await Promise.all(ids.map((caseId) => engine.send(caseId, { type, payload, actor: clerk, eventId: `${caseId}-${type}` })));
    }
    for (const caseId of ids) expect((await engine.getCase(caseId)).case.version).toBe(3);
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('sees a change another process made once its cached copy conflicts, and retries on it', async () => {
    const schema = freshSchema();
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    const mine = await open(schema, { create: true, cacheFreshMs: 60_000 });
    const theirs = await open(schema);
    const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: mine });
    const other = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: theirs });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    await other.send(caseId, { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk, eventId: 'theirs' });
    // Mine still holds the case as it opened it; the commit's check finds it moved, and the retry reloads.
    const sent = await engine.send(caseId, { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk });
    expect(sent.version).toBe(3);
    expect((await engine.history(caseId)).filter((e) => e.kind === 'event.applied')).toHaveLength(2);
    expect((await verifyStore(theirs)).findings).toEqual([]);
  });
});

describe.runIf(url)('PostgresStore: one round trip per event on a cached case', () => {
  /** A store on a pool that counts the statements it is sent (each one round trip). */
  async function counted(schema: string, create: boolean) {
    const pool = new pg.Pool({ connectionString: url!, max: 4 });
    const counter = { statements: 0 };
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    (pool as unknown as { query: typeof query }).query = (...args) => {
      counter.statements++;
      return query(...args);
    };
    pools.push(pool);
    const store = await open(schema, { connection: pool, create });
    return { store, counter };
  }
  const engineOn = (store: PostgresStore, clock = new SimulatedClock('2019-09-27T10:00:00+08:00')) =>
    createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
  const consulted = { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk } as const;
  const replied = { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk } as const;

  it('sends an event with its id as one statement: the commit, which checks the version and the id', async () => {
    const { store, counter } = await counted(freshSchema(), true);
    const engine = engineOn(store);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const before = counter.statements;
    const sent = await engine.send(caseId, { ...consulted, eventId: 'oa-1' });
    expect(counter.statements - before).toBe(1);
    expect(sent).toMatchObject({ version: 2, duplicate: false });
    // Without an id there is nothing to look up either: also one statement.
    const next = counter.statements;
    await engine.send(caseId, replied);
    expect(counter.statements - next).toBe(1);
    expect((await verifyStore(store)).findings).toEqual([]);
  });

  it('answers an event id sent again as the repeat it is, written once, though the cache trusted the case', async () => {
    const { store } = await counted(freshSchema(), true);
    const engine = engineOn(store);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const first = await engine.send(caseId, { ...consulted, eventId: 'oa-1' });
    const again = await engine.send(caseId, { ...consulted, eventId: 'oa-1' });
    expect(again).toMatchObject({ version: first.version, duplicate: true });
    const history = await engine.history(caseId);
    expect(history.filter((e) => e.kind === 'event.applied')).toHaveLength(1);
    expect(history.filter((e) => e.kind === 'event.rejected')).toHaveLength(0);
  });

  it('decides again on the stored case an event its stale cache refused, and records no refusal', async () => {
    const schema = freshSchema();
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    const { store: mine } = await counted(schema, true);
    const theirs = await open(schema);
    const engine = engineOn(mine, clock);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    // Another process consults the party; mine still holds the case from before, where a reply is not allowed.
    await engineOn(theirs, clock).send(caseId, { ...consulted, eventId: 'theirs' });
    const sent = await engine.send(caseId, { ...replied, eventId: 'mine' });
    expect(sent).toMatchObject({ version: 3, duplicate: false });
    const history = await engine.history(caseId);
    expect(history.filter((e) => e.kind === 'event.applied').map((e) => (e.data as { event: { eventId: string } }).event.eventId)).toEqual([
      'theirs',
      'mine',
    ]);
    expect(history.filter((e) => e.kind === 'event.rejected')).toHaveLength(0);
    expect((await verifyStore(theirs)).findings).toEqual([]);
  });
});

describe.runIf(url)('PostgresStore deadline claims', () => {
  const until = 10_000;
  async function storeWithDue(count: number, options: Partial<PostgresStoreOptions> = {}) {
    const schema = freshSchema();
    const setup = await open(schema, { create: true });
    for (let i = 0; i < count; i++) {
      const commit = createCommit(sampleCase(`c${i}`));
      await setup.commit({ ...commit, deadlines: [sampleDeadline(`c${i}`, 'reply', 1000 + i)] });
    }
    return { schema, a: await open(schema, options), b: await open(schema, options) };
  }

  it('hands each due deadline to one sweeper: a second one gets the rest, never the first one’s', async () => {
    const { a, b } = await storeWithDue(6);
    const first = await a.claimDueDeadlines(until, 4);
    expect(first.map((d) => d.caseId)).toEqual(['c0', 'c1', 'c2', 'c3']); // due order
    const second = await b.claimDueDeadlines(until, 10);
    expect(second.map((d) => d.caseId)).toEqual(['c4', 'c5']);
    expect(await b.claimDueDeadlines(until, 10)).toHaveLength(2); // its own again, nothing of a's
    expect((await a.claimDueDeadlines(until, 10)).map((d) => d.caseId)).toEqual(['c0', 'c1', 'c2', 'c3']);
    // dueDeadlines (the store contract's query) still lists all of them.
    expect(await a.dueDeadlines(until, 10)).toHaveLength(6);
  });

  it('passes a claim on when the deadline changes or its lease runs out', async () => {
    const { a, b } = await storeWithDue(2, { claimLeaseMs: 300 });
    expect(await a.claimDueDeadlines(until, 10)).toHaveLength(2);
    expect(await b.claimDueDeadlines(until, 10)).toEqual([]);
    // A commit that changes c0's deadline (as its firing does) ends a's claim on it.
    const c0 = (await a.load('c0'))!;
    await a.commit({ ...updateCommit(c0, { state: 'warned' }), deadlines: [sampleDeadline('c0', 'reply', 2000)] });
    expect((await b.claimDueDeadlines(until, 10)).map((d) => d.caseId)).toEqual(['c0']);
    await new Promise((resolve) => setTimeout(resolve, 400)); // a's process died: its lease on c1 runs out
    expect((await b.claimDueDeadlines(until, 10)).map((d) => d.caseId)).toEqual(['c1', 'c0']);
  });

  it('two engines ticking at once on one database fire every due deadline once, sharing the work', async () => {
    const schema = freshSchema();
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    const setup = await open(schema, { create: true });
    const opener = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store: setup });
    const cases: string[] = [];
    for (let i = 0; i < 12; i++)
      cases.push((await opener.open('toy-request', { input: { applicant: `申请人${i}` }, actor: clerk })).caseId);
    const engines = [await open(schema), await open(schema)].map((store) =>
      createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store }),
    );
    const now = Date.parse('2019-12-31T00:00:00+08:00');
    const fired = await Promise.all(engines.map((e) => e.tick(now)));
    const all = fired.flat().map((f) => `${f.caseId}:${f.kind}`);
    expect(all.sort()).toEqual(cases.flatMap((id) => [`${id}:due`, `${id}:warning`]).sort());
    for (const id of cases) {
      const entries = await setup.audit(id);
      expect(entries.filter((e) => e.kind === 'deadline.warned')).toHaveLength(1);
      expect(entries.filter((e) => e.kind === 'deadline.fell-due')).toHaveLength(1);
    }
    // Nothing left for either, and the record verifies.
    expect((await Promise.all(engines.map((e) => e.tick(now)))).flat()).toEqual([]);
    expect((await verifyStore(setup)).findings).toEqual([]);
  });
});
