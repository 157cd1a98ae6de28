import { generateKeyPairSync, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantToMs } from '@zwgk/calendar';
import { type Checkpoint, parseCheckpoint, SimulatedClock, verifyStore } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { SqliteStore } from '@zwgk/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Service, startService } from '../src/index.js';
import { application, clerk, jsonClient, START } from './fixtures/requests.js';

// The service as an OA system meets it: the one-command stack (SQLite file, the fifteen modules,
// the China calendar, the scheduler) on a loopback port, driven with fetch().

let dir: string;
let file: string;
let clock: SimulatedClock;
let service: Service;
let publicPem: string;
let checkpoints: { key: string; file: string };

const call = jsonClient(() => service.url);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zwgk-http-'));
  file = join(dir, 'cases.sqlite');
  clock = new SimulatedClock(START); // a Friday before the National Day holiday
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  checkpoints = { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), file: join(dir, 'checkpoint.json') };
  service = await startService({ store: file, create: true, port: 0, clock, checkpoints });
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a disclosure request over HTTP', () => {
  let caseId: string;

  it('is up on loopback with the modules of both presets (the national regulation in force today, the fifteen Xiji ones) and the China calendar', async () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, json } = await call('GET', '/health');
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true, modules: 15 + national2019.modules.length, calendar: service.engine.calendar.version });
    const modules = await call('GET', '/modules');
    const ids = modules.json.modules.map((m: { id: string }) => m.id);
    expect(ids).toContain('disclosure-request');
    expect(ids).toContain('national-disclosure-request');
  });

  it('opens a case and answers 201 with its location', async () => {
    const { status, headers, json } = await call('POST', '/cases', {
      moduleId: 'disclosure-request',
      input: application,
      actor: clerk,
      agency: '西吉县人民政府办公室',
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      version: 1,
      status: 'open',
      state: 'handling.(main.examining|review.none|agencies.none|thirdParty.none)',
      duplicate: false,
    });
    caseId = json.caseId;
    expect(headers.get('location')).toBe(`/cases/${caseId}`);
  });

  it('returns the case with its reply deadline, explained, and the events it accepts', async () => {
    const { status, json } = await call('GET', `/cases/${caseId}`);
    expect(status).toBe(200);
    expect(json.case).toMatchObject({ id: caseId, moduleId: 'disclosure-request', agency: '西吉县人民政府办公室', openedBy: clerk });
    expect(json.case).not.toHaveProperty('snapshot');
    // 15 working days across the 2019 National Day holiday (第八条): due at 24:00 on 2019-10-23.
    const [reply] = json.deadlines;
    expect(reply).toMatchObject({
      name: 'reply',
      status: 'running',
      dueAt: '2019-10-24T00:00:00+08:00',
      clause: '第八条',
      extensionsUsed: 0,
    });
    expect(JSON.stringify(reply.explanation)).toContain('国庆');
    expect(json.acceptedEvents).toContain('reply.extended');
  });

  it('refuses a role the event does not allow with 403 and the engine’s code', async () => {
    clock.set('2019-10-21T09:00:00+08:00');
    const { status, json } = await call('POST', `/cases/${caseId}/events`, {
      type: 'reply.extended',
      payload: { reason: '需调取多年档案' },
      actor: clerk,
    });
    expect(status).toBe(403);
    expect(json.error).toMatchObject({ code: 'ROLE_NOT_ALLOWED', details: { role: 'clerk', allowed: ['officeHead'] } });
  });

  it('refuses a payload its module’s schema rejects with 422', async () => {
    const { status, json } = await call('POST', `/cases/${caseId}/events`, {
      type: 'reply.extended',
      payload: { reason: '需调取多年档案', days: 16 },
      actor: { id: 'head-li', role: 'officeHead' },
    });
    expect(status).toBe(422);
    expect(json.error.code).toBe('INVALID_PAYLOAD');
    expect(json.error.details.issues[0].path).toEqual(['days']);
  });

  it('applies an event whose actor comes in headers, and returns its notices', async () => {
    const { status, json } = await call(
      'POST',
      `/cases/${caseId}/events`,
      { type: 'reply.extended', payload: { reason: '需调取多年档案' }, eventId: 'oa-2019-0001' },
      { 'X-Zwgk-Actor': 'head-li', 'X-Zwgk-Role': 'officeHead' },
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({ caseId, version: 2, duplicate: false });
    expect(json.notices.map((n: { name: string }) => n.name)).toEqual(['extension']);
    const again = await call(
      'POST',
      `/cases/${caseId}/events`,
      { type: 'reply.extended', payload: { reason: '需调取多年档案' }, eventId: 'oa-2019-0001' },
      { 'X-Zwgk-Actor': 'head-li', 'X-Zwgk-Role': 'officeHead' },
    );
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ version: 2, duplicate: true });
  });

  it('answers 409 with the state when the state does not accept the event', async () => {
    const view = await call('GET', `/cases/${caseId}`);
    // No third party was consulted (第十条): there is no reply to receive.
    const { status, json } = await call('POST', `/cases/${caseId}/events`, {
      type: 'thirdParty.replied',
      payload: { party: '某公司', consents: true },
      actor: clerk,
    });
    expect(status).toBe(409);
    expect(json.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(json.error.details).toMatchObject({ state: view.json.case.state, event: 'thirdParty.replied' });
    expect(json.error.message).toContain(view.json.case.state);
    // A second extension breaks the deadline's own rule (one extension, 第八条): also a conflict.
    const twice = await call('POST', `/cases/${caseId}/events`, {
      type: 'reply.extended',
      payload: { reason: '再次延期' },
      actor: { id: 'head-li', role: 'officeHead' },
    });
    expect([twice.status, twice.json.error.code]).toEqual([409, 'EVENT_NOT_ALLOWED']);
  });

  it('answers 409 VERSION_CONFLICT when the case moved past the expected version', async () => {
    const { status, json } = await call('POST', `/cases/${caseId}/events`, {
      type: 'assistance.given',
      payload: { difficulty: 'reading', help: '代为填写' },
      actor: clerk,
      expectedVersion: 1,
    });
    expect(status).toBe(409);
    expect(json.error).toMatchObject({ code: 'VERSION_CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
  });

  it('answers 404 for an unknown case and an unknown module, and for an unknown route', async () => {
    for (const [method, path, body] of [
      ['GET', '/cases/no-such-case', undefined],
      ['GET', '/cases/no-such-case/history', undefined],
      ['POST', '/cases/no-such-case/events', { type: 'reply.refused', payload: { reasons: 'x' }, actor: clerk }],
      ['GET', '/audit/verify?caseId=no-such-case', undefined],
    ] as const) {
      const { status, json } = await call(method, path, body);
      expect(status, path).toBe(404);
      expect(json.error.code).toBe('UNKNOWN_CASE');
    }
    const unknownModule = await call('POST', '/cases', { moduleId: 'no-such-module', input: {}, actor: clerk });
    expect([unknownModule.status, unknownModule.json.error.code]).toEqual([404, 'UNKNOWN_MODULE']);
    const route = await call('GET', '/nowhere');
    expect([route.status, route.json.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('answers 400 in the same shape for malformed JSON, unknown fields and a missing actor', async () => {
    const malformed = await call('POST', `/cases/${caseId}/events`, '{"type": "reply.refused",');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('INVALID_ARGUMENT');
    expect(malformed.json.error.message).toContain('not valid JSON');
    const typo = await call('POST', `/cases/${caseId}/events`, {
      type: 'reply.refused',
      payload: { reasons: 'x' },
      actor: clerk,
      expectedversion: 2,
    });
    expect([typo.status, typo.json.error.code]).toEqual([400, 'INVALID_ARGUMENT']);
    expect(typo.json.error.details.issues[0].keys).toEqual(['expectedversion']);
    const anonymous = await call('POST', `/cases/${caseId}/events`, { type: 'reply.refused', payload: { reasons: 'x' } });
    expect([anonymous.status, anonymous.json.error.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const disagreeing = await call(
      'POST',
      `/cases/${caseId}/events`,
      { type: 'reply.refused', payload: { reasons: 'x' }, actor: clerk },
      { 'X-Zwgk-Role': 'officeHead' },
    );
    expect(disagreeing.status).toBe(400);
    const future = await call('POST', '/cases', {
      moduleId: 'disclosure-request',
      input: application,
      actor: clerk,
      occurredAt: '2030-01-01T00:00:00+08:00',
    });
    expect([future.status, future.json.error.code]).toEqual([400, 'INVALID_ARGUMENT']);
  });

  it('lists what warns or falls due in a window', async () => {
    const { json: view } = await call('GET', `/cases/${caseId}`);
    const reply = view.deadlines.find((d: { name: string }) => d.name === 'reply');
    expect(reply.extensionsUsed).toBe(1);
    expect(instantToMs(reply.dueAt)).toBeGreaterThan(instantToMs('2019-10-24T00:00:00+08:00'));
    const day = 86_400_000;
    const around = (ms: number, d: number) => new Date(ms + d).toISOString();
    const both = await call(
      'GET',
      `/deadlines/upcoming?from=${encodeURIComponent(around(reply.warnAtMs, -day))}&to=${encodeURIComponent(around(reply.dueAtMs, day))}`,
    );
    expect(both.status).toBe(200);
    expect(both.json.deadlines).toEqual([
      expect.objectContaining({ falls: ['warning', 'due'], deadline: expect.objectContaining({ caseId, name: 'reply' }) }),
    ]);
    const dueOnly = await call(
      'GET',
      `/deadlines/upcoming?from=${encodeURIComponent(around(reply.warnAtMs, 1))}&to=${encodeURIComponent(around(reply.dueAtMs, 1))}`,
    );
    expect(dueOnly.json.deadlines.map((d: { falls: string[] }) => d.falls)).toEqual([['due']]);
    // The default window is the next seven days from the service clock (2019-10-21): nothing due yet.
    const nextWeek = await call('GET', '/deadlines/upcoming');
    expect(nextWeek.json.from).toBe('2019-10-21T09:00:00+08:00');
    expect(nextWeek.json.deadlines).toEqual([]);
    const backwards = await call('GET', '/deadlines/upcoming?from=2019-10-21T00:00:00%2B08:00&to=2019-10-20T00:00:00%2B08:00');
    expect([backwards.status, backwards.json.error.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const noOffset = await call('GET', '/deadlines/upcoming?from=2019-10-21T00:00:00');
    expect(noOffset.status).toBe(400);
  });

  it('closes the case, lists it by state, keeps the history and verifies the audit', async () => {
    const { status, json } = await call('POST', `/cases/${caseId}/events`, {
      type: 'reply.refused',
      payload: { reasons: '申请公开的信息属于内部事务信息' },
      actor: clerk,
      expectedVersion: 2,
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ state: 'refused', status: 'done', version: 3 });
    const listed = await call('GET', '/cases?module=disclosure-request&state=refused');
    expect(listed.json.cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect((await call('GET', '/cases?status=open')).json.cases).toEqual([]);
    expect((await call('GET', '/cases?limit=0')).status).toBe(400);
    const closed = await call('POST', `/cases/${caseId}/events`, { type: 'record.corrected', payload: { correction: 'x' }, actor: clerk });
    expect([closed.status, closed.json.error.code]).toEqual([409, 'CASE_CLOSED']);
    const history = await call('GET', `/cases/${caseId}/history`);
    const kinds = history.json.entries.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('case.opened');
    // The refusals above are in the trail too, with the engine's codes.
    const rejected = history.json.entries
      .filter((e: { kind: string }) => e.kind === 'event.rejected')
      .map((e: { data: { code: string } }) => e.data.code);
    expect(rejected).toEqual(expect.arrayContaining(['ROLE_NOT_ALLOWED', 'INVALID_PAYLOAD', 'EVENT_NOT_ALLOWED', 'CASE_CLOSED']));
    expect(kinds).toContain('case.closed');
    const verified = await call('GET', '/audit/verify');
    expect(verified.json).toEqual({ ok: true, entries: history.json.entries.length });
    expect((await call('GET', `/audit/verify?caseId=${caseId}`)).json.ok).toBe(true);
  });

  it('keeps the case across a restart on the same file', async () => {
    const before = (await call('GET', `/cases/${caseId}`)).json;
    await service.close();
    service = await startService({ store: file, port: 0, clock, checkpoints });
    const after = await call('GET', `/cases/${caseId}`);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before);
    expect((await call('GET', '/audit/verify')).json.ok).toBe(true);
    // And it still takes writes: a new case on the reopened file.
    const opened = await call('POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk });
    expect(opened.status).toBe(201);
    expect((await call('GET', '/cases?module=disclosure-request')).json.cases).toHaveLength(2);
  });
});

describe('checkpoints of the store ledger', () => {
  it('refuses to start on a missing file unless asked to create it', async () => {
    await expect(startService({ store: join(dir, 'typo.sqlite'), port: 0, clock })).rejects.toMatchObject({
      code: 'NO_STORE',
      details: { reason: 'missing' },
    });
    expect(existsSync(join(dir, 'typo.sqlite'))).toBe(false);
  });

  it('publishes a signed checkpoint at GET /audit/checkpoint and keeps one in a file; after a restart and more writes the store still extends both', async () => {
    const published = await call('GET', '/audit/checkpoint');
    expect(published.status).toBe(200);
    const checkpoint = published.json as Checkpoint;
    expect(checkpoint).toMatchObject({
      format: 'zwgk-checkpoint/1',
      size: expect.any(Number),
      root: expect.stringMatching(/^[0-9a-f]{64}$/),
      signature: expect.any(String),
    });
    expect(checkpoint.size).toBeGreaterThan(0);
    const written = parseCheckpoint(readFileSync(checkpoints.file, 'utf8')); // written on start (before this test's cases' last writes, or after)
    await service.close();
    const fileAtClose = parseCheckpoint(readFileSync(checkpoints.file, 'utf8'));
    expect(fileAtClose).toMatchObject({ size: checkpoint.size, root: checkpoint.root }); // written again on stop
    service = await startService({ store: file, port: 0, clock, checkpoints });
    expect((await call('POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk })).status).toBe(201);
    const store = new SqliteStore(file);
    try {
      const verifySignature = (text: string, signature: string) =>
        verify(null, Buffer.from(text), publicPem, Buffer.from(signature, 'base64'));
      for (const since of [checkpoint, written, fileAtClose]) {
        const result = await verifyStore(store, { since, verifySignature });
        expect(result.findings).toEqual([]);
      }
      const forged = { ...checkpoint, root: '0'.repeat(64) };
      expect((await verifyStore(store, { since: forged, verifySignature })).findings.map((f) => f.field)).toEqual([
        'checkpoint.signature',
        'ledger.root',
      ]);
    } finally {
      store.close();
    }
  });
});
