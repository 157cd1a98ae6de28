import { timingSafeEqual } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from '@zwgk/core';
import { afterAll, describe, expect, it } from 'vitest';
import { bearerTokens, createHttpApp, signatureOf, WebhookDispatcher, webhooksFileSchema } from '../src/index.js';
import { application, bearer, clerk, jsonClient, postApplication, START, xijiEngine } from './fixtures/requests.js';
import { expectGone, killServiceProcesses, startServiceProcess as startProcess } from './fixtures/service-process.js';

// Webhook delivery against a local receiver on loopback that fails, times out and recovers, and
// against a service process killed while a delivery is in flight.

const SECRET = 'webhook-secret-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'zwgk-webhooks-'));
const servers: Server[] = [];
afterAll(async () => {
  killServiceProcesses();
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  rmSync(dir, { recursive: true, force: true });
});

type Behaviour = 'fail' | 'hang' | 'ok';
interface Received {
  delivery: string;
  signatureOk: boolean;
  entry: { cursor: string; kind: string; caseId: string };
}

/** A receiver on loopback: answers each request as the next behaviour says (then 'ok'). */
async function receiver(behaviours: Behaviour[]) {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  let onRequest: (() => void) | undefined;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const expected = Buffer.from(signatureOf(body, SECRET));
      const sent = Buffer.from(String(request.headers['x-zwgk-signature-256'] ?? ''));
      received.push({
        delivery: String(request.headers['x-zwgk-delivery']),
        signatureOk: sent.length === expected.length && timingSafeEqual(sent, expected),
        entry: JSON.parse(body),
      });
      const behaviour = behaviours.shift() ?? 'ok';
      onRequest?.();
      if (behaviour === 'hang') hanging.push(response);
      else response.writeHead(behaviour === 'ok' ? 204 : 500).end();
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    hanging,
    whenRequested: () => new Promise<void>((done) => (onRequest = done)),
  };
}

describe('webhook delivery', () => {
  it('retries with backoff through failures and a timeout, then delivers every entry in order, signed, with one delivery id per entry', async () => {
    const clock = new SimulatedClock(START);
    const engine = xijiEngine(clock);
    const hook = await receiver(['fail', 'hang', 'fail']);
    const statePath = join(dir, 'state-1.json');
    const options = { subscriptions: [{ id: 'oa', url: hook.url, secret: SECRET }], statePath, clock, timeoutMs: 2_000, backoffMs: 1_000 };
    const dispatcher = new WebhookDispatcher(engine, options);
    await engine.open('disclosure-request', { input: application, actor: clerk, caseId: 'wh-1' });

    expect(await dispatcher.deliverOnce()).toBe(0); // 500
    expect(dispatcher.state.oa).toMatchObject({ cursor: 0, attempts: 1, lastError: 'HTTP 500' });
    // The endpoint is down; events are not held back.
    await engine.send('wh-1', { type: 'reply.refused', payload: { reasons: '内部事务信息' }, actor: clerk });
    expect(await dispatcher.deliverOnce()).toBe(0); // backing off: no request
    expect(hook.received).toHaveLength(1);
    clock.advance(1_000);
    expect(await dispatcher.deliverOnce()).toBe(0); // hangs past the timeout
    expect(dispatcher.state.oa).toMatchObject({ attempts: 2, lastError: 'timed out', nextAttemptAtMs: clock.now() + 2_000 });

    // A restart keeps the cursor and the backoff.
    const restarted = new WebhookDispatcher(engine, options);
    clock.advance(1_999);
    expect(await restarted.deliverOnce()).toBe(0);
    expect(hook.received).toHaveLength(2);
    clock.advance(1);
    expect(await restarted.deliverOnce()).toBe(0); // the third failure
    clock.advance(4_000);
    const feed = await engine.feed({ limit: 100 });
    expect(await restarted.deliverOnce()).toBe(feed.length);

    const firstId = `oa:${feed[0]!.cursor}`;
    expect(hook.received.slice(0, 4).map((r) => r.delivery)).toEqual([firstId, firstId, firstId, firstId]);
    const acknowledged = hook.received.slice(3);
    expect(acknowledged.map((r) => r.entry.cursor)).toEqual(feed.map((e) => String(e.cursor)));
    expect(new Set(acknowledged.map((r) => r.delivery)).size).toBe(feed.length);
    expect(hook.received.every((r) => r.signatureOk)).toBe(true);
    expect(acknowledged.map((r) => r.entry.kind)).toEqual(expect.arrayContaining(['case.opened', 'notice.sent', 'case.closed']));
    expect(await restarted.deliverOnce()).toBe(0);
    for (const response of hook.hanging) response.destroy();
  });

  it('filters a subscription by kind and agency', async () => {
    const clock = new SimulatedClock(START);
    const engine = xijiEngine(clock);
    const hook = await receiver([]);
    const dispatcher = new WebhookDispatcher(engine, {
      subscriptions: [{ id: 'edu', url: hook.url, secret: SECRET, kinds: ['case.opened'], agencies: ['县教育局'] }],
      statePath: join(dir, 'state-2.json'),
      clock,
    });
    await engine.open('disclosure-request', { input: application, actor: clerk, caseId: 'wh-a', agency: '县政府办公室' });
    await engine.open('disclosure-request', { input: application, actor: clerk, caseId: 'wh-b', agency: '县教育局' });
    expect(await dispatcher.deliverOnce()).toBe(1);
    expect(hook.received.map((r) => [r.entry.caseId, r.entry.kind])).toEqual([['wh-b', 'case.opened']]);
  });
});

describe('webhook subscriptions managed at /admin/webhooks', () => {
  const tokens = {
    'admin-token-0123456789': { actorId: 'admin-li', roles: '*' as const },
    'edu-clerk-token-012345': { actorId: 'clerk-ma', roles: ['clerk'], agencies: ['县教育局'] },
  };
  async function admin(webhooks?: WebhookDispatcher, engine = xijiEngine()) {
    const http = createHttpApp({ engine, authenticate: bearerTokens(tokens), ...(webhooks ? { webhooks } : {}) });
    const send = jsonClient(http);
    // Status and body only: the tests compare the whole answer.
    return async (method: string, path: string, token: string, body?: unknown) => {
      const { status, json } = await send(method, path, body, bearer(token));
      return { status, json };
    };
  }

  it('adds, lists without secrets, replaces and removes subscriptions, keeps them in the webhooks file, and only for an administrator', async () => {
    const clock = new SimulatedClock(START);
    const engine = xijiEngine(clock);
    const hook = await receiver([]);
    const file = join(dir, 'admin-webhooks.json');
    expect(existsSync(file)).toBe(false); // the service may start before the file exists
    const options = { subscriptions: [], subscriptionsFile: file, statePath: `${file}.state.json`, clock };
    const dispatcher = new WebhookDispatcher(engine, options);
    const call = await admin(dispatcher, engine);
    await engine.open('disclosure-request', { input: application, actor: clerk, caseId: 'wh-admin-1' });

    const added = await call('PUT', '/admin/webhooks/oa', 'admin-token-0123456789', {
      url: hook.url,
      secret: SECRET,
      kinds: ['case.opened'],
    });
    expect(added).toEqual({
      status: 201,
      json: { id: 'oa', url: hook.url, kinds: ['case.opened'], state: { cursor: 0, attempts: 0, nextAttemptAtMs: 0 } },
    });
    expect(webhooksFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))).toEqual({
      subscriptions: [{ id: 'oa', url: hook.url, secret: SECRET, kinds: ['case.opened'] }],
    });
    expect(await dispatcher.deliverOnce()).toBe(1);
    expect(hook.received.map((r) => [r.entry.caseId, r.entry.kind, r.signatureOk])).toEqual([['wh-admin-1', 'case.opened', true]]);
    const cursor = dispatcher.state.oa!.cursor;

    // Replaced without `after`: it keeps its place.
    const replaced = await call('PUT', '/admin/webhooks/oa', 'admin-token-0123456789', {
      url: hook.url,
      secret: SECRET,
      kinds: ['case.opened', 'case.closed'],
    });
    expect(replaced).toMatchObject({ status: 200, json: { kinds: ['case.opened', 'case.closed'], state: { cursor } } });
    const listed = await call('GET', '/admin/webhooks', 'admin-token-0123456789');
    expect(listed.status).toBe(200);
    expect(listed.json.subscriptions).toHaveLength(1);
    expect(JSON.stringify(listed.json)).not.toContain(SECRET);

    // Bad input and credentials scoped to one agency change nothing.
    const before = readFileSync(file, 'utf8');
    expect(await call('PUT', '/admin/webhooks/oa', 'admin-token-0123456789', { url: 'ftp://x', secret: SECRET })).toMatchObject({
      status: 400,
    });
    expect(await call('PUT', '/admin/webhooks/bad%20id', 'admin-token-0123456789', { url: hook.url, secret: SECRET })).toMatchObject({
      status: 400,
    });
    for (const [method, path] of [
      ['GET', '/admin/webhooks'],
      ['PUT', '/admin/webhooks/edu'],
      ['DELETE', '/admin/webhooks/oa'],
    ] as const) {
      const body = method === 'PUT' ? { url: hook.url, secret: SECRET } : undefined;
      expect(await call(method, path, 'edu-clerk-token-012345', body)).toMatchObject({
        status: 403,
        json: { error: { code: 'SCOPE_NOT_ALLOWED' } },
      });
    }
    expect(readFileSync(file, 'utf8')).toBe(before);

    // A restart reads the subscriptions back from the file.
    const restarted = new WebhookDispatcher(engine, {
      ...options,
      subscriptions: webhooksFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).subscriptions,
    });
    expect(restarted.list()).toEqual(dispatcher.list());

    expect(await call('DELETE', '/admin/webhooks/oa', 'admin-token-0123456789')).toEqual({ status: 200, json: { removed: 'oa' } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ subscriptions: [] });
    expect(await call('DELETE', '/admin/webhooks/oa', 'admin-token-0123456789')).toMatchObject({ status: 404 });
    await engine.open('disclosure-request', { input: application, actor: clerk, caseId: 'wh-admin-2' });
    expect(await dispatcher.deliverOnce()).toBe(0); // removed: nothing more is sent
  });

  it('answers 404 on a service started without --webhooks', async () => {
    const call = await admin();
    expect(await call('GET', '/admin/webhooks', 'admin-token-0123456789')).toMatchObject({
      status: 404,
      json: { error: { code: 'NOT_FOUND', message: expect.stringContaining('--webhooks') } },
    });
  });
});

describe('a service killed in the middle of a delivery', () => {
  it('delivers the entry again after the restart, with the same delivery id, and then everything after it', async () => {
    const hook = await receiver(['hang']);
    const webhooksFile = join(dir, 'webhooks.json');
    writeFileSync(webhooksFile, JSON.stringify({ subscriptions: [{ id: 'oa', url: hook.url, secret: SECRET }] }));
    const args = ['--store', join(dir, 'killed.sqlite'), '--create', '--port', '0', '--webhooks', webhooksFile];
    const first = await startProcess(args);
    const requested = hook.whenRequested();
    const opened = await postApplication(first.url, 'wh-kill');
    expect(opened.status).toBe(201);
    await requested; // the first delivery is in flight, and hangs
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.once('exit', done));
    await expectGone(first.url);
    for (const response of hook.hanging) response.destroy();

    const second = await startProcess(args);
    const feed = (await (await fetch(`${second.url}/feed`)).json()) as { entries: { cursor: string }[] };
    expect(feed.entries.length).toBeGreaterThan(0);
    for (let i = 0; i < 100 && hook.received.length < feed.entries.length + 1; i++) await new Promise((done) => setTimeout(done, 200));
    const deliveries = hook.received.map((r) => r.delivery);
    expect(deliveries[0]).toBe(`oa:${feed.entries[0]!.cursor}`);
    expect(deliveries[1]).toBe(deliveries[0]); // delivered again: at least once
    expect(hook.received.slice(1, feed.entries.length + 1).map((r) => r.entry.cursor)).toEqual(feed.entries.map((e) => e.cursor));
    second.child.kill('SIGTERM');
  }, 90_000);
});
