import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Actor, type Engine, type FiredDeadline, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { freshSpec, storeKinds } from '../durability/stores.js';
import {
  auditCase,
  casePage,
  dueThisWeek,
  inbox,
  openPostgresEngine,
  openSqliteEngine,
  registerApplication,
  startScheduler,
  submit,
} from './guides/embedding.js';
import { codeBlocks, regions, withoutLayout } from './guides/regions.js';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/guides/embedding.md'), 'utf8');
const samples = regions(join(import.meta.dirname, 'guides/embedding.ts'));

describe('docs/guides/embedding.md', () => {
  it('quotes every region of its tested sample file, and has no TypeScript the test does not run', () => {
    const blocks = codeBlocks(guide, 'ts');
    expect([...samples.keys()]).toEqual(['imports', 'sqlite', 'postgres', 'scheduler', 'open', 'send', 'screens', 'audit']);
    // Compared without layout: `npm run format` reflows the sample file, not the guide's Markdown.
    expect(blocks.map(withoutLayout)).toEqual([...samples.values()].map(withoutLayout));
  });
});

const clerk: Actor = { id: 'clerk-ma', role: 'clerk' };
const head: Actor = { id: 'head-li', role: 'officeHead' };

/** The guide's life of a case, on whichever store. */
async function walkThrough(engine: Engine, clock: SimulatedClock) {
  const fired: FiredDeadline[] = [];
  const opened = await registerApplication(engine, 'XJ-2020-0042', clerk);
  expect(opened).toMatchObject({ caseId: 'XJ-2020-0042', status: 'open' });

  expect((await inbox(engine, '西吉县人民政府办公室')).map((c) => c.id)).toEqual(['XJ-2020-0042']);
  expect(await inbox(engine, '西吉县财政局')).toEqual([]);
  const page = await casePage(engine, 'XJ-2020-0042');
  expect(page.buttons).toContain('reply.extended');
  const reply = page.deadlines.find((d) => d.label === '答复期限')!;
  expect(reply).toMatchObject({ status: 'running', citation: '《西吉县政府信息依申请公开制度》第八条' });

  // The extension, sent twice (a double click) and once more from a stale screen.
  const form = { type: 'reply.extended', payload: { reason: '需核对财政拨付记录' }, actor: head, formId: '7', shownVersion: page.version };
  const first = await submit(engine, 'XJ-2020-0042', form);
  expect(first).toMatchObject({ ok: true, result: { duplicate: false } });
  expect(await submit(engine, 'XJ-2020-0042', form)).toMatchObject({ ok: true, result: { duplicate: true } });
  const stale = await submit(engine, 'XJ-2020-0042', { ...form, formId: '8', payload: { reason: '再次延长' } });
  expect(stale).toEqual({ ok: false, message: '案件已被他人更新，请刷新后重试' });
  const wrongRole = await submit(engine, 'XJ-2020-0042', {
    ...form,
    formId: '9',
    actor: clerk,
    shownVersion: (await casePage(engine, 'XJ-2020-0042')).version,
  });
  expect(wrongRole).toMatchObject({ ok: false, message: expect.stringContaining('role clerk may not send reply.extended') });

  // The scheduler warns before the extended due instant and fires it when it passes.
  const extended = (await engine.getCase('XJ-2020-0042')).deadlines.find((d) => d.name === 'reply')!;
  expect(extended.extensionsUsed).toBe(1);
  expect((await dueThisWeek(engine, clock.now())).map((d) => d.name)).not.toContain('reply');
  clock.set(extended.warnAtMs!);
  expect((await dueThisWeek(engine, clock.now())).map((d) => d.name)).toContain('reply');
  const scheduler = startScheduler(engine, (f) => fired.push(f));
  await scheduler.runOnce();
  clock.set(extended.dueAtMs!);
  await scheduler.runOnce();
  await scheduler.stop();
  expect(fired.filter((f) => f.caseId === 'XJ-2020-0042').map((f) => [f.name, f.kind])).toEqual([
    ['reply', 'warning'],
    ['reply', 'due'],
  ]);
  expect((await casePage(engine, 'XJ-2020-0042')).breaches.map((b) => b.name)).toEqual(['replyOverdue']);

  expect(await auditCase(engine, 'XJ-2020-0042')).toEqual({ chainOk: true, replayMatches: true });
}

describe('the embedding guide’s code', () => {
  // SQLite always; PostgreSQL where a server is given (always in CI, see scripts/postgres-test-server.sh).
  for (const kind of storeKinds()) {
    it(`runs on ${kind}: register, idempotent and conflicting sends, screens, scheduler, audit`, async () => {
      const clock = new SimulatedClock('2020-09-29T10:00:00+08:00');
      const { spec, cleanup } = freshSpec(kind);
      const target = spec.slice(kind.length + 1);
      const { engine, close } =
        kind === 'sqlite' ? openSqliteEngine(target, clock) : await openPostgresEngine(process.env.ZWGK_PG_URL!, target, clock);
      try {
        await walkThrough(engine, clock);
      } finally {
        await close();
        await cleanup();
      }
    });
  }
});
