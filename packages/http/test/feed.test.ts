import { type Engine, SimulatedClock } from '@zwgk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serve } from '../src/index.js';
import { application, clerk, jsonClient, START, xijiEngine } from './fixtures/requests.js';

// The change feed: what an OA system must act on, in commit order across cases, paged by cursor.

let engine: Engine;
let clock: SimulatedClock;
let server: RunningServer;

const call = jsonClient(() => server.url);

/** Every entry, read page by page from `after`. */
async function readAll(query = '', pageSize = 3) {
  const entries: any[] = [];
  let after = '0';
  for (;;) {
    const { status, json } = await call('GET', `/feed?after=${after}&limit=${pageSize}${query}`);
    expect(status).toBe(200);
    entries.push(...json.entries);
    if (json.entries.length === 0) return { entries, next: json.next };
    after = json.next;
  }
}

beforeAll(async () => {
  clock = new SimulatedClock(START);
  engine = xijiEngine(clock);
  server = await serve({ engine, clock, port: 0 });
  await call('POST', '/cases', {
    moduleId: 'disclosure-request',
    input: application,
    actor: clerk,
    caseId: 'feed-a',
    agency: '县政府办公室',
  });
  await call('POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk, caseId: 'feed-b', agency: '县教育局' });
  expect(
    (await call('POST', '/cases', { moduleId: 'disclosure-request', input: { channel: 'pigeon' }, actor: clerk, caseId: 'feed-bad' }))
      .status,
  ).toBe(422);
  expect((await call('POST', '/cases/feed-a/events', { type: 'reply.extended', payload: { reason: 'x' }, actor: clerk })).status).toBe(403);
  await call('POST', '/cases/feed-a/events', {
    type: 'reply.refused',
    payload: { reasons: '申请公开的信息属于内部事务信息' },
    actor: clerk,
  });
  clock.advance(60 * 86_400_000); // feed-b's reply deadline warns, falls due and is breached
  await engine.tick();
});
afterAll(() => server?.close());

describe('GET /feed', () => {
  it('returns, in commit order across cases, opened and closed cases, notices with content, warnings, due instants, breaches and refusals', async () => {
    const { entries, next } = await readAll();
    const cursors = entries.map((e) => Number(e.cursor));
    expect(cursors).toEqual([...cursors].sort((x, y) => x - y));
    expect(next).toBe(entries.at(-1).cursor);
    const kinds = entries.map((e) => `${e.caseId} ${e.kind}`);
    expect(kinds.slice(0, 2)).toEqual(['feed-a case.opened', 'feed-b case.opened']);
    expect(kinds).toContain('feed-a event.rejected');
    expect(kinds).toContain('feed-a notice.sent');
    expect(kinds).toContain('feed-a case.closed');
    expect(kinds).toContain('feed-b deadline.warned');
    expect(kinds).toContain('feed-b deadline.fell-due');
    expect(kinds.indexOf('feed-a case.closed')).toBeLessThan(kinds.indexOf('feed-b deadline.warned'));
    const notice = entries.find((e) => e.kind === 'notice.sent');
    expect(notice.data).toMatchObject({ recipient: 'applicant', citation: expect.stringContaining('《西吉县政府信息依申请公开制度》') });
    expect(entries.find((e) => e.kind === 'event.rejected').data).toMatchObject({ code: 'ROLE_NOT_ALLOWED', type: 'reply.extended' });
    // Nothing of the refused open: it was never committed.
    expect(entries.some((e) => e.caseId === 'feed-bad')).toBe(false);
    // Each entry points at its audit entry.
    const history = (await call('GET', '/cases/feed-a/history')).json.entries;
    for (const e of entries.filter((x) => x.caseId === 'feed-a')) expect(history[e.auditSeq - 1].kind).toBe(e.kind);
  });

  it('filters by kind, agency and module, and answers an empty page with the same cursor', async () => {
    const breaches = await readAll('&kind=breach.recorded,deadline.fell-due');
    expect(new Set(breaches.entries.map((e) => e.kind))).toEqual(new Set(['deadline.fell-due', 'breach.recorded']));
    expect((await readAll('&agency=%E5%8E%BF%E6%95%99%E8%82%B2%E5%B1%80')).entries.every((e) => e.caseId === 'feed-b')).toBe(true);
    expect((await readAll('&module=proactive-disclosure')).entries).toEqual([]);
    const end = await call('GET', '/feed?after=999999');
    expect(end.json).toEqual({ entries: [], next: '999999' });
    for (const bad of ['after=-1', 'after=0x10', 'kind=case.opened,nope', 'kind=', 'limit=0'])
      expect((await call('GET', `/feed?${bad}`)).status, bad).toBe(400);
  });

  it('gives a reader that pages while cases are written every entry exactly once', async () => {
    const seen: string[] = [];
    let after = (await readAll()).next;
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i++) {
      writes.push(
        call('POST', '/cases', {
          moduleId: 'disclosure-request',
          input: application,
          actor: clerk,
          caseId: `feed-c${i}`,
          agency: '县政府办公室',
        }),
      );
      const page = await call('GET', `/feed?after=${after}&limit=2`);
      seen.push(...page.json.entries.map((e: { cursor: string }) => e.cursor));
      after = page.json.next;
    }
    await Promise.all(writes);
    for (;;) {
      const page = await call('GET', `/feed?after=${after}&limit=5`);
      if (page.json.entries.length === 0) break;
      seen.push(...page.json.entries.map((e: { cursor: string }) => e.cursor));
      after = page.json.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const opened = (await readAll('&kind=case.opened')).entries.filter((e) => e.caseId.startsWith('feed-c'));
    expect(opened).toHaveLength(12);
    for (const e of opened) expect(seen).toContain(e.cursor);
  });
});

describe('cursor paging of /cases and /deadlines/upcoming', () => {
  it('pages /cases by id while cases are opened, never repeating or skipping one that existed', async () => {
    const existing: string[] = (await call('GET', '/cases?limit=1000')).json.cases.map((c: { id: string }) => c.id);
    expect(existing.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = '';
    let i = 0;
    const writes: Promise<unknown>[] = [];
    while (after !== null) {
      writes.push(
        call('POST', '/cases', {
          moduleId: 'disclosure-request',
          input: application,
          actor: clerk,
          caseId: `page-${i++}`,
          agency: '县政府办公室',
        }),
      );
      const page = await call('GET', `/cases?limit=4${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.json.cases.map((c: { id: string }) => c.id));
      after = page.json.next;
    }
    await Promise.all(writes);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of existing) expect(seen).toContain(id);
    expect([...seen].sort()).toEqual(seen);
    expect((await call('GET', '/cases?after=%20bad')).status).toBe(400);
  });

  it('pages /deadlines/upcoming by key, giving the whole window once', async () => {
    const window = 'from=2019-09-27T00:00:00%2B08:00&to=2020-03-01T00:00:00%2B08:00';
    const whole = (await call('GET', `/deadlines/upcoming?${window}`)).json;
    expect(whole.deadlines.length).toBeGreaterThan(3);
    const paged: unknown[] = [];
    let after: string | null = null;
    do {
      const page: any = (await call('GET', `/deadlines/upcoming?${window}&limit=3${after ? `&after=${encodeURIComponent(after)}` : ''}`))
        .json;
      paged.push(...page.deadlines);
      after = page.next;
    } while (after !== null);
    expect(paged).toEqual(whole.deadlines);
  });
});
