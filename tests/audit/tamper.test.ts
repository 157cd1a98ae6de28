// Issue 20: audit integrity against someone with write access to the database. Each test writes
// the same cases through the engine, tampers with the database as such a person could (raw SQL,
// not through the store), and checks that verification fails naming the case and the entry or
// field — and that the same test without the tamper passes.
import { china } from '@zwgk/calendar';
import {
  type AuditEntry,
  type AuditFinding,
  type CaseStore,
  type Checkpoint,
  chainEntry,
  createEngine,
  GENESIS_HASH,
  SimulatedClock,
  takeCheckpoint,
  verifyStore,
} from '@zwgk/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { applicant, clerk, head, toyRequest, toyReview } from '../../packages/core/test/fixtures/toy-modules.js';
import { freshSpec, openStore, type StoreKind, storeKinds } from '../durability/stores.js';

type Row = Record<string, unknown>;

/** Raw access to the database, as an insider with write access has it: SQL with `?` placeholders. */
interface Raw {
  all(sql: string, ...params: unknown[]): Promise<Row[]>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

async function rawAccess(spec: string): Promise<Raw> {
  const [kind, ...rest] = spec.split(':');
  const target = rest.join(':');
  if (kind === 'sqlite') {
    const db = new Database(target);
    return {
      all: async (sql, ...params) => db.prepare(sql).all(...params) as Row[],
      run: async (sql, ...params) => void db.prepare(sql).run(...params),
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: process.env.ZWGK_PG_URL, options: `-c search_path=${target}` });
  await client.connect();
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    all: async (sql, ...params) => (await client.query(numbered(sql), params)).rows as Row[],
    run: async (sql, ...params) => void (await client.query(numbered(sql), params)),
    close: () => client.end(),
  };
}

/**
 * Three cases through the engine: XJ-1 opened and extended (a deadline moved, a notice sent),
 * XJ-2 opened and withdrawn (closed), XJ-3 opened.
 */
async function writeCases(store: CaseStore, firstApplicant = '张三'): Promise<void> {
  const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
  let n = 0;
  const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, newId: () => `XJ-${++n}` });
  await engine.open('toy-request', { input: { applicant: firstApplicant }, actor: clerk });
  await engine.open('toy-request', { input: { applicant: '李四' }, actor: clerk });
  clock.set('2019-10-15T09:00:00+08:00');
  await engine.send('XJ-1', { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-1' });
  await engine.send('XJ-2', { type: 'application.withdrawn', payload: {}, actor: applicant, eventId: 'oa-2' });
  await engine.open('toy-request', { input: { applicant: '王五' }, actor: clerk });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh store of the kind with the three cases, raw access to it, and a checkpoint taken after they were written. */
async function setUp(kind: StoreKind, firstApplicant?: string) {
  const { spec, cleanup } = freshSpec(kind);
  cleanups.push(cleanup);
  const { store, close } = await openStore(spec, 20_000, { create: true });
  await writeCases(store, firstApplicant);
  const checkpoint = await takeCheckpoint(store, '2019-10-15T18:00:00+08:00');
  await close();
  const raw = await rawAccess(spec);
  cleanups.push(() => raw.close());
  const verify = async (since?: Checkpoint) => {
    const opened = await openStore(spec);
    try {
      return await verifyStore(opened.store, since ? { since } : {});
    } finally {
      await opened.close();
    }
  };
  const chain = async (caseId: string) =>
    (await raw.all('SELECT entry FROM audit WHERE case_id = ? ORDER BY seq', caseId)).map((r) => JSON.parse(String(r.entry)) as AuditEntry);
  const record = async (caseId: string) =>
    JSON.parse(String((await raw.all('SELECT record FROM cases WHERE id = ?', caseId))[0]!.record)) as Row;
  const setRecord = (caseId: string, value: Row) => raw.run('UPDATE cases SET record = ? WHERE id = ?', JSON.stringify(value), caseId);
  return { spec, raw, verify, chain, record, setRecord, checkpoint };
}

/** Re-chains a case's entries from `from` on (their hashes and prevHashes), writes them and moves the case's head to the new last hash. */
async function rehash(t: Awaited<ReturnType<typeof setUp>>, caseId: string, entries: AuditEntry[]): Promise<AuditEntry[]> {
  let head = { seq: 0, hash: GENESIS_HASH };
  const out: AuditEntry[] = [];
  for (const entry of entries) {
    const { hash: _old, prevHash: _prev, seq: _seq, ...facts } = entry;
    const next = chainEntry(caseId, head, facts, entry.recordedAt);
    out.push(next);
    head = { seq: next.seq, hash: next.hash };
    await t.raw.run('UPDATE audit SET entry = ? WHERE case_id = ? AND seq = ?', JSON.stringify(next), caseId, next.seq);
  }
  const record = await t.record(caseId);
  await t.setRecord(caseId, { ...record, auditSeq: head.seq, auditHash: head.hash });
  return out;
}

const finding = (caseId: string | null, field: string | RegExp, seq?: number | null) =>
  expect.objectContaining<Partial<AuditFinding>>({
    caseId,
    field: typeof field === 'string' ? field : expect.stringMatching(field),
    ...(seq === undefined ? {} : { seq }),
  });

describe.each(storeKinds())('%s store: verification against write access to the database', (kind) => {
  it('passes the untampered store, and proves it extends the checkpoint taken after the same writes', async () => {
    const t = await setUp(kind);
    const result = await t.verify(t.checkpoint);
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ ok: true, cases: 3, ledger: { size: t.checkpoint.size, root: t.checkpoint.root } });
  });

  it('names an entry changed after it was written', async () => {
    const t = await setUp(kind);
    const notice = (await t.chain('XJ-1')).find((e) => e.kind === 'notice.sent')!;
    await t.raw.run(
      'UPDATE audit SET entry = ? WHERE case_id = ? AND seq = ?',
      JSON.stringify({ ...notice, data: { ...notice.data, data: { reason: '改过' } } }),
      'XJ-1',
      notice.seq,
    );
    expect((await t.verify()).findings).toContainEqual(finding('XJ-1', 'chain', notice.seq));
  });

  it("names the removed entries when a chain's tail is deleted and the case row lowered to match", async () => {
    const t = await setUp(kind);
    const chain = await t.chain('XJ-1');
    const kept = chain.slice(0, 2);
    await t.raw.run('DELETE FROM audit WHERE case_id = ? AND seq > 2', 'XJ-1');
    await t.raw.run('UPDATE cases SET audit_seq = 2 WHERE id = ?', 'XJ-1');
    await t.setRecord('XJ-1', { ...(await t.record('XJ-1')), auditSeq: 2, auditHash: kept[1]!.hash });
    const { ok, findings } = await t.verify();
    expect(ok).toBe(false);
    expect(findings).toContainEqual(
      expect.objectContaining({
        caseId: 'XJ-1',
        field: 'ledger',
        seq: 3,
        reason: expect.stringContaining(`entries 3…${chain.length} were removed`),
      }),
    );
  });

  it('names a whole case deleted', async () => {
    const t = await setUp(kind);
    for (const table of ['audit', 'deadlines', 'idempotency']) await t.raw.run(`DELETE FROM ${table} WHERE case_id = ?`, 'XJ-3');
    await t.raw.run('DELETE FROM cases WHERE id = ?', 'XJ-3');
    const { findings } = await t.verify();
    expect(findings).toEqual([expect.objectContaining({ caseId: 'XJ-3', field: 'case', reason: expect.stringContaining('deleted') })]);
  });

  it("names a case's state edited (record and column), and the entry that set it", async () => {
    const t = await setUp(kind);
    const setter = (await t.chain('XJ-1')).filter((e) => e.data.to !== undefined || e.kind === 'case.opened').at(-1)!;
    await t.setRecord('XJ-1', { ...(await t.record('XJ-1')), state: 'answered' });
    await t.raw.run("UPDATE cases SET state = 'answered' WHERE id = ?", 'XJ-1');
    expect((await t.verify()).findings).toEqual([finding('XJ-1', 'state', setter.seq)]);
  });

  it("names a case's status edited (a withdrawn case reopened), and the entry that closed it", async () => {
    const t = await setUp(kind);
    const closed = (await t.chain('XJ-2')).find((e) => e.kind === 'case.closed')!;
    await t.setRecord('XJ-2', { ...(await t.record('XJ-2')), status: 'open', closedAt: null });
    await t.raw.run("UPDATE cases SET status = 'open' WHERE id = ?", 'XJ-2');
    const { findings } = await t.verify();
    expect(findings).toContainEqual(finding('XJ-2', 'status', closed.seq));
    expect(findings).toContainEqual(finding('XJ-2', 'closedAt', closed.seq));
  });

  it('names an indexed column edited alone (what queries read), with the case', async () => {
    const t = await setUp(kind);
    await t.raw.run("UPDATE cases SET status = 'done' WHERE id = ?", 'XJ-3');
    expect((await t.verify()).findings).toEqual([finding('XJ-3', 'column status')]);
  });

  it("names a deadline's due instant moved, and the entry that last set it", async () => {
    const t = await setUp(kind);
    const extended = (await t.chain('XJ-1')).filter((e) => e.kind === 'deadline.changed').at(-1)!;
    const [row] = await t.raw.all("SELECT record FROM deadlines WHERE case_id = ? AND name = 'reply'", 'XJ-1');
    const deadline = JSON.parse(String(row!.record)) as Row;
    const later = '2019-12-31T00:00:00+08:00';
    const laterMs = Date.parse(later);
    await t.raw.run(
      "UPDATE deadlines SET record = ?, due_at = ?, next_fire_at = ? WHERE case_id = ? AND name = 'reply'",
      JSON.stringify({ ...deadline, dueAt: later, dueAtMs: laterMs }),
      laterMs,
      deadline.nextFireAtMs,
      'XJ-1',
    );
    const { findings } = await t.verify();
    expect(findings).toContainEqual(finding('XJ-1', 'deadline.reply.dueAt', extended.seq));
  });

  it('names a deadline moved in its index column only (what the scheduler reads)', async () => {
    const t = await setUp(kind);
    await t.raw.run("UPDATE deadlines SET next_fire_at = next_fire_at + 86400000 WHERE case_id = ? AND name = 'reply'", 'XJ-3');
    expect((await t.verify()).findings).toEqual([finding('XJ-3', 'deadline.reply column next_fire_at')]);
  });

  it('names the entries of a chain re-hashed from an edited entry on', async () => {
    const t = await setUp(kind);
    const chain = await t.chain('XJ-1');
    const notice = chain.findIndex((e) => e.kind === 'notice.sent');
    chain[notice] = { ...chain[notice]!, data: { ...chain[notice]!.data, data: { reason: '改过' } } };
    await rehash(t, 'XJ-1', chain);
    const { findings } = await t.verify();
    expect(findings).toContainEqual(
      expect.objectContaining({ caseId: 'XJ-1', field: 'ledger', reason: expect.stringContaining('re-hashed') }),
    );
    // The notice text now differs from the record's copy too.
    expect(findings).toContainEqual(finding('XJ-1', 'notices[0]', chain[notice]!.seq));
  });

  it('fails a re-hashed chain with a rewritten ledger only against a checkpoint kept outside: the ledger no longer extends it', async () => {
    const t = await setUp(kind);
    const chain = await t.chain('XJ-3');
    chain[0] = { ...chain[0]!, data: { ...chain[0]!.data, input: { ...(chain[0]!.data.input as Row), data: { applicant: '赵六' } } } };
    const rehashed = await rehash(t, 'XJ-3', chain);
    await t.setRecord('XJ-3', { ...(await t.record('XJ-3')) }); // the record keeps no copy of the input
    // The insider rewrites the ledger's leaves of the case to the new heads as well.
    const leaves = await t.raw.all('SELECT idx, seq FROM ledger WHERE case_id = ?', 'XJ-3');
    for (const leaf of leaves) await t.raw.run('UPDATE ledger SET hash = ? WHERE idx = ?', rehashed[Number(leaf.seq) - 1]!.hash, leaf.idx);
    expect((await t.verify()).findings).toEqual([]); // self-consistent: nothing inside the database can tell
    const { findings } = await t.verify(t.checkpoint);
    expect(findings).toEqual([finding(null, 'ledger.root')]);
    expect(findings[0]!.reason).toContain(`first ${t.checkpoint.size} leaves`);
  });

  it('fails a store rolled back to before the checkpoint, naming the missing leaves', async () => {
    const t = await setUp(kind);
    // Undo the last commit (XJ-3 opened) everywhere, ledger included, as restoring a backup would.
    for (const table of ['audit', 'deadlines', 'idempotency']) await t.raw.run(`DELETE FROM ${table} WHERE case_id = ?`, 'XJ-3');
    await t.raw.run('DELETE FROM cases WHERE id = ?', 'XJ-3');
    await t.raw.run('DELETE FROM ledger WHERE case_id = ?', 'XJ-3');
    if (kind === 'postgres') await t.raw.run('UPDATE ledger_size SET size = size - 1');
    expect((await t.verify()).findings).toEqual([]);
    const { findings } = await t.verify(t.checkpoint);
    expect(findings).toEqual([
      expect.objectContaining({
        caseId: null,
        field: 'ledger.size',
        reason: expect.stringContaining(`leaves ${t.checkpoint.size - 1}…${t.checkpoint.size - 1} are missing`),
      }),
    ]);
  });

  it('fails another store swapped in for this one (the same kinds of writes, other content)', async () => {
    const t = await setUp(kind);
    const other = await setUp(kind, '赵六');
    const { findings } = await other.verify(t.checkpoint);
    expect(findings).toEqual([finding(null, 'ledger.root')]);
  });
});
