import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postApplication } from './fixtures/requests.js';
import { expectGone, killServiceProcesses, startServiceProcess as startProcess } from './fixtures/service-process.js';

// The change feed is written in the same transaction as the event it mirrors (an outbox): a
// service killed while requests are in flight loses no acknowledged event's entries, and shows
// none of an event it never committed.

const dir = mkdtempSync(join(tmpdir(), 'zwgk-feed-killed-'));
afterAll(() => {
  killServiceProcesses();
  rmSync(dir, { recursive: true, force: true });
});

describe('the change feed of a service killed while requests are in flight', () => {
  it('holds the entries of every acknowledged open, and none of a case the store does not hold', async () => {
    const store = join(dir, 'cases.sqlite');
    const first = await startProcess(['--store', store, '--create', '--port', '0']);
    const acknowledged: string[] = [];
    let killed = false;
    const open = async (i: number) => {
      const caseId = `feed-kill-${String(i).padStart(3, '0')}`;
      try {
        const response = await postApplication(first.url, caseId);
        if (response.status === 201) acknowledged.push(caseId);
        // Kill while the rest are still in flight, some of them inside a commit.
        if (acknowledged.length === 8 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      } catch {
        // The connection died with the process: not acknowledged.
      }
    };
    // Four clients in parallel, so commits are in flight together (group commit) when the kill lands.
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < 60 && !killed) await open(next++);
      }),
    );
    if (!killed) first.child.kill('SIGKILL');
    await new Promise((done) =>
      first.child.exitCode === null && first.child.signalCode === null ? first.child.once('exit', done) : done(null),
    );
    await expectGone(first.url);
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);

    const second = await startProcess(['--store', store, '--port', '0']);
    const get = async (path: string) => {
      const response = await fetch(`${second.url}${path}`);
      return { status: response.status, json: (await response.json()) as any };
    };
    const feed = (await get('/feed?limit=1000')).json.entries as { cursor: string; caseId: string; kind: string; auditSeq: number }[];
    const cases = ((await get('/cases?limit=1000')).json.cases as { caseId?: string; id?: string }[]).map((c) => c.caseId ?? c.id);
    // Every acknowledged open is in the store and in the feed.
    for (const caseId of acknowledged) {
      expect(cases).toContain(caseId);
      expect(feed.filter((e) => e.caseId === caseId && e.kind === 'case.opened')).toHaveLength(1);
    }
    // Nothing in the feed the store does not hold: each entry's case exists and its audit entry is there.
    for (const entry of feed) {
      expect(cases).toContain(entry.caseId);
      const history = (await get(`/cases/${entry.caseId}/history`)).json.entries as unknown[];
      expect(entry.auditSeq).toBeLessThanOrEqual(history.length);
    }
    // Every stored case was opened through the feed, once; cursors rise in commit order.
    expect(new Set(feed.filter((e) => e.kind === 'case.opened').map((e) => e.caseId))).toEqual(new Set(cases));
    const cursors = feed.map((e) => Number(e.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect((await get('/audit/verify')).json).toMatchObject({ ok: true });
    console.info(
      `killed after ${acknowledged.length} acknowledged opens; the store holds ${cases.length} cases, the feed ${feed.length} entries`,
    );
    second.child.kill('SIGTERM');
  }, 180_000);
});
