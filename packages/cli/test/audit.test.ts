// `zwgk audit verify` and `zwgk audit checkpoint` (issue 20), run as separate processes: a
// checkpoint taken by one process is checked by another after the store was written again.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { readScenarioFile, replayScenario, resolveScenario } from '@zwgk/scenarios';
import { SqliteStore } from '@zwgk/store-sqlite';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { clerk, head, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';
import { runInProcess, tempDirs } from './fixtures/in-process.js';

const root = resolve(import.meta.dirname, '../../..');
const main = resolve(import.meta.dirname, '../src/main.ts');

/** Runs the CLI in this process (fast): for what needs no restart. */
const cli = (...argv: string[]) => runInProcess(argv);

/** Runs the CLI in a new Node process (sources through tsx), as an auditor's shell would. */
function zwgk(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...argv], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: stdout.trim(), err: stderr.trim() });
    });
  });
}

const tempDir = tempDirs('zwgk-cli-audit-');

/** Writes cases to a store file in this process, then closes it. */
async function write(
  file: string,
  steps: (engine: ReturnType<typeof createEngine>, clock: SimulatedClock) => Promise<void>,
): Promise<void> {
  const store = new SqliteStore(file, { create: true });
  const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
  let n = 0;
  const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, newId: () => `${file.length}-${++n}` });
  await steps(engine, clock);
  store.close();
}

describe('zwgk audit', () => {
  it('signs a checkpoint in one process and proves in another that the store, written since, extends it; a tampered store or another key fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.sqlite');
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
    const other = generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'other.pem'), other.publicKey.export({ type: 'spki', format: 'pem' }));

    await write(file, async (engine) => {
      await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, caseId: 'XJ-1' });
    });
    const taken = await zwgk('audit', 'checkpoint', file, '--key', join(dir, 'private.pem'), '--out', join(dir, 'checkpoint.json'));
    expect(taken).toMatchObject({ code: 0, out: expect.stringMatching(/^checkpoint: 1 leaves, root [0-9a-f]{64}, at .*, signed → /) });
    const checkpoint = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')) as { size: number; signature: string };
    expect(checkpoint).toMatchObject({ format: 'zwgk-checkpoint/1', size: 1, signature: expect.any(String) });

    // The service goes on writing (another process, later).
    await write(file, async (engine, clock) => {
      clock.set('2019-10-15T09:00:00+08:00');
      await engine.send('XJ-1', { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-1' });
      await engine.open('toy-request', { input: { applicant: '李四' }, actor: clerk, caseId: 'XJ-2' });
    });
    const verified = await zwgk('audit', 'verify', file, '--since', join(dir, 'checkpoint.json'), '--key', join(dir, 'public.pem'));
    expect(verified.err).toBe('');
    expect(verified).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^ok: 2 cases, \d+ audit entries; .* ledger 3 leaves, .* extends the checkpoint of .* \(1 leaves, signature valid\)$/,
      ),
    });

    const wrongKey = await cli('audit', 'verify', file, '--since', join(dir, 'checkpoint.json'), '--key', join(dir, 'other.pem'));
    expect(wrongKey).toMatchObject({
      code: 1,
      out: expect.stringContaining('BROKEN: store, field checkpoint.signature: the signature does not match'),
    });
    writeFileSync(join(dir, 'altered.json'), JSON.stringify({ ...checkpoint, size: 2 }));
    const altered = await cli('audit', 'verify', file, '--since', join(dir, 'altered.json'), '--key', join(dir, 'public.pem'));
    expect(altered.code).toBe(1);
    expect(altered.out).toContain('field checkpoint.signature');
  }, 120_000);

  it('fails a rolled-back store (an older copy of the file) against a checkpoint of the newer one, naming the missing leaves', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.sqlite');
    await write(file, async (engine) => {
      await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, caseId: 'XJ-1' });
    });
    const backup = join(dir, 'backup.sqlite');
    const db = new Database(file);
    await db.backup(backup);
    db.close();
    await write(file, async (engine) => {
      await engine.open('toy-request', { input: { applicant: '李四' }, actor: clerk, caseId: 'XJ-2' });
    });
    const checkpoint = await cli('audit', 'checkpoint', file, '--json');
    expect(checkpoint.code).toBe(0);
    const { code, out } = await cli('audit', 'verify', backup, '--since', checkpoint.out);
    expect(code).toBe(1);
    expect(out).toContain('BROKEN: store, field ledger.size: the ledger has 1 leaves, but the checkpoint');
    expect(out).toContain('leaves 1…1 are missing');
  }, 120_000);

  it('replays every case through its machine with --replay and names a snapshot edited in the database', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.sqlite');
    // The worked example of the root README, replayed into a store file with the preset's modules.
    const store = new SqliteStore(file, { create: true });
    const parsed = await readScenarioFile(
      join(root, 'examples/scenarios/disclosure-request/national-day-review-consultation-extension.yaml'),
    );
    const scenario = await resolveScenario(parsed, { modules: xiji2018No47.modules });
    const result = await replayScenario({ ...scenario, store });
    expect(result.failures).toEqual([]);
    const [caseId] = await store.caseIds();
    store.close();
    expect(await cli('audit', 'verify', file, '--replay')).toMatchObject({
      code: 0,
      out: expect.stringContaining('agrees with its chain and replays'),
    });
    const db = new Database(file);
    const row = db.prepare('SELECT record FROM cases WHERE id = ?').get(caseId) as { record: string };
    const record = JSON.parse(row.record) as { snapshot: { context: Record<string, unknown> } };
    record.snapshot.context = { ...record.snapshot.context, tampered: true };
    db.prepare('UPDATE cases SET record = ? WHERE id = ?').run(JSON.stringify(record), caseId);
    db.close();
    expect((await cli('audit', 'verify', file)).code).toBe(0); // without --replay the machine's context is not compared
    const { code, out } = await cli('audit', 'verify', file, '--replay');
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`BROKEN: case ${caseId}, entry \\d+, field snapshot`));
  }, 120_000);

  it('exits 3 for a missing path (creating nothing), a file that is not a database, and a store truncated to 0 bytes', async () => {
    const dir = tempDir();
    const missing = join(dir, 'typo.sqlite');
    const gone = await cli('audit', 'verify', missing);
    expect(gone).toMatchObject({ code: 3, out: '', err: expect.stringContaining('the file does not exist') });
    expect(existsSync(missing)).toBe(false);
    writeFileSync(join(dir, 'notes.txt'), 'not a database, just some notes\n'.repeat(10));
    expect(await cli('audit', 'verify', join(dir, 'notes.txt'))).toMatchObject({
      code: 3,
      err: expect.stringContaining('is not a SQLite database'),
    });
    const file = join(dir, 'cases.sqlite');
    await write(file, async (engine) => {
      await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, caseId: 'XJ-1' });
    });
    truncateSync(file, 0);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect(await cli('audit', 'verify', file)).toMatchObject({ code: 3, err: expect.stringContaining('never initialised') });
    expect(await cli('audit', 'checkpoint', file)).toMatchObject({ code: 3 });
  }, 120_000);
});
