import { request as httpRequest } from 'node:http';
import { type Engine, SimulatedClock } from '@zwgk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerTokens, type RunningServer, serve } from '../src/index.js';
import { application, clerk, jsonClient, START, xijiEngine } from './fixtures/requests.js';

// Bad input at the HTTP boundary gets the JSON error shape with a status of its own, and changes
// nothing: each test reads the case (or the case list) and verifies the audit chain afterwards.

let engine: Engine;
let clock: SimulatedClock;
let server: RunningServer;
let caseId: string;

const call = jsonClient(() => server.url);

/** A raw request, for heads fetch() will not send (a Host of our choosing, an oversized URL). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; json: any }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The case and its chain as they were: nothing the refused request carried was written. */
async function expectUnchanged(before: { version: number; entries: number }) {
  const view = await call('GET', `/cases/${caseId}`);
  expect(view.json.case.version).toBe(before.version);
  const history = await call('GET', `/cases/${caseId}/history`);
  expect(history.json.entries).toHaveLength(before.entries);
  expect((await call('GET', '/audit/verify')).json.ok).toBe(true);
}

async function snapshot() {
  const view = await call('GET', `/cases/${caseId}`);
  const history = await call('GET', `/cases/${caseId}/history`);
  return { version: view.json.case.version as number, entries: history.json.entries.length as number };
}

beforeAll(async () => {
  clock = new SimulatedClock(START);
  engine = xijiEngine(clock);
  server = await serve({ engine, clock, port: 0, maxBodyBytes: 4096 });
  caseId = (await call('POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk, caseId: 'oa-2019-0001' })).json
    .caseId;
});
afterAll(() => server?.close());

describe('methods and URLs', () => {
  it('answers a wrong method on a known route with 405 and Allow', async () => {
    for (const [method, path, allow] of [
      ['DELETE', `/cases/${caseId}`, 'GET'],
      ['PUT', '/cases', 'POST, GET'],
      ['GET', `/cases/${caseId}/events`, 'POST'],
      ['POST', '/health', 'GET'],
    ] as const) {
      const { status, headers, json } = await call(method, path);
      expect(status, `${method} ${path}`).toBe(405);
      expect(json.error.code).toBe('METHOD_NOT_ALLOWED');
      expect(
        (headers.get('allow') ?? '')
          .split(', ')
          .filter((m) => m !== 'HEAD')
          .sort(),
      ).toEqual(allow.split(', ').sort());
    }
    expect((await call('GET', '/nowhere')).status).toBe(404);
  });

  it('answers an over-long URL in the JSON error shape: 414 from the app, 431 from Node past 16 KiB', async () => {
    const long = await call('GET', `/cases?agency=${'a'.repeat(9000)}`);
    expect([long.status, long.json.error.code]).toEqual([414, 'URI_TOO_LONG']);
    const huge = await raw(`/cases?agency=${'a'.repeat(20_000)}`);
    expect([huge.status, huge.json.error.code]).toEqual([431, 'URI_TOO_LONG']);
  });

  it('refuses a limit that is not a decimal whole number', async () => {
    for (const limit of ['0x10', '1e2', '0', '-1', '1.5', '%2016', '1001']) {
      const { status, json } = await call('GET', `/cases?limit=${limit}`);
      expect([status, json.error.code], limit).toEqual([400, 'INVALID_ARGUMENT']);
    }
    expect((await call('GET', '/cases?limit=16')).status).toBe(200);
  });
});

describe('bodies', () => {
  it('requires application/json (415) and changes nothing', async () => {
    const before = await snapshot();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const { status, json } = await call(
        'POST',
        `/cases/${caseId}/events`,
        JSON.stringify({ type: 'reply.refused', payload: { reasons: 'x' }, actor: clerk }),
        { 'content-type': type },
      );
      expect([status, json.error.code], type).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
    await expectUnchanged(before);
    const withCharset = await call(
      'POST',
      `/cases/${caseId}/events`,
      { type: 'assistance.given', payload: { difficulty: 'reading', help: '代为填写' }, actor: clerk, eventId: 'ev-charset' },
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect([withCharset.status, withCharset.json.version]).toEqual([200, before.version + 1]);
  });

  it('refuses a body over the limit with 413, declared or streamed, and changes nothing', async () => {
    const before = await snapshot();
    const big = JSON.stringify({ type: 'assistance.given', payload: { difficulty: 'reading', help: 'x'.repeat(5000) }, actor: clerk });
    const declared = await call('POST', `/cases/${caseId}/events`, big);
    expect([declared.status, declared.json.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 600, (i + 1) * 600)));
        controller.close();
      },
    });
    const streamed = await fetch(`${server.url}/cases/${caseId}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as any).error.code).toBe('PAYLOAD_TOO_LARGE');
    await expectUnchanged(before);
  });
});

describe('ids', () => {
  it('refuses case ids outside the documented characters and length before anything is written', async () => {
    const cases = (await call('GET', '/cases?limit=1000')).json.cases.length;
    for (const bad of ['\ud800', 'a/b', 'a b', '西政办〔2019〕1号', '-leading', 'x'.repeat(129), '']) {
      const { status, json } = await call('POST', '/cases', {
        moduleId: 'disclosure-request',
        input: application,
        actor: clerk,
        caseId: bad,
      });
      expect([status, json.error.code], JSON.stringify(bad)).toEqual([400, 'INVALID_ARGUMENT']);
    }
    expect((await call('GET', '/cases?limit=1000')).json.cases).toHaveLength(cases);
    expect((await call('GET', '/audit/verify')).json.ok).toBe(true);
    const ok = await call('POST', '/cases', {
      moduleId: 'disclosure-request',
      input: application,
      actor: clerk,
      caseId: `A.b_c~d:e-${'9'.repeat(118)}`,
    });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('location')).toBe(`/cases/${encodeURIComponent(ok.json.caseId)}`);
  });

  it('refuses event ids and path ids outside the documented characters, and changes nothing', async () => {
    const before = await snapshot();
    for (const bad of ['\udfff', 'a b', 'x'.repeat(129)]) {
      const { status } = await call('POST', `/cases/${caseId}/events`, {
        type: 'reply.refused',
        payload: { reasons: 'x' },
        actor: clerk,
        eventId: bad,
      });
      expect(status, JSON.stringify(bad)).toBe(400);
    }
    for (const path of ['/cases/%ED%A0%80', '/cases/a%20b/history', '/cases/%E8%A5%BF/events']) {
      const { status, json } = await call(
        path.endsWith('events') ? 'POST' : 'GET',
        path,
        path.endsWith('events') ? { type: 'x', actor: clerk } : undefined,
      );
      expect([status, json.error.code], path).toEqual([400, 'INVALID_ARGUMENT']);
    }
    await expectUnchanged(before);
  });
});

describe('hosts, origins and CORS', () => {
  it('refuses a Host it does not answer for (DNS rebinding) with 421', async () => {
    const { status, json } = await raw('/health', { host: 'attacker.example:8080' });
    expect([status, json.error.code]).toEqual([421, 'HOST_NOT_ALLOWED']);
    expect((await raw('/health', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses writes from a page of another origin when CORS is off, and changes nothing', async () => {
    const before = await snapshot();
    const { status, json, headers } = await call(
      'POST',
      `/cases/${caseId}/events`,
      { type: 'reply.refused', payload: { reasons: 'x' }, actor: clerk },
      { origin: 'https://evil.example' },
    );
    expect([status, json.error.code]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
    expect(headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/cases`, {
      method: 'OPTIONS',
      headers: { origin: server.url, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    await expectUnchanged(before);
  });

  it('answers the configured origins’ preflights and requests', async () => {
    const withCors = await serve({ engine, clock, port: 0, cors: { origins: ['https://oa.example.gov.cn'] } });
    try {
      const preflight = await fetch(`${withCors.url}/cases`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://oa.example.gov.cn',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://oa.example.gov.cn');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
      const read = await fetch(`${withCors.url}/cases/${caseId}`, { headers: { origin: 'https://oa.example.gov.cn' } });
      expect(read.status).toBe(200);
      expect(read.headers.get('access-control-allow-origin')).toBe('https://oa.example.gov.cn');
      const other = await fetch(`${withCors.url}/cases/${caseId}`, { headers: { origin: 'https://elsewhere.example' } });
      expect(other.status).toBe(403);
    } finally {
      await withCors.close();
    }
  });
});

describe('failed authentication', () => {
  it('refuses an address with 429 and Retry-After after 5 failures in the window, then lets it in again', async () => {
    const token = 'good-token-0123456789abcdef';
    const limited = await serve({
      engine,
      clock,
      port: 0,
      authenticate: bearerTokens({ [token]: { actorId: 'clerk-ma', roles: ['clerk'] } }),
      authFailureLimit: { failures: 5, windowMs: 60_000 },
    });
    const get = (t: string) => fetch(`${limited.url}/cases/${caseId}`, { headers: { authorization: `Bearer ${t}` } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await get(`guess-${i}-0123456789abcdef`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const blocked = await get(token);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await blocked.json()) as any).error.code).toBe('TOO_MANY_REQUESTS');
      expect((await fetch(`${limited.url}/health`)).status).toBe(200);
      clock.advance(60_000);
      expect((await get(token)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('retries and reused ids', () => {
  it('answers the same open again with 200 duplicate, and another open with a used id 409 CASE_ID_USED', async () => {
    const open = { moduleId: 'disclosure-request', input: application, actor: clerk, caseId: 'oa-2019-0100', agency: '西吉县政府办' };
    const first = await call('POST', '/cases', open);
    expect(first.status).toBe(201);
    const again = await call('POST', '/cases', open);
    expect([again.status, again.json.duplicate, again.json.caseId]).toEqual([200, true, 'oa-2019-0100']);
    expect(again.headers.get('location')).toBe('/cases/oa-2019-0100');
    const other = await call('POST', '/cases', { ...open, input: { ...application, channel: 'online' } });
    expect([other.status, other.json.error.code, other.json.error.details.differs]).toEqual([409, 'CASE_ID_USED', ['input']]);
    expect((await call('GET', '/cases/oa-2019-0100')).json.case.version).toBe(1);
  });

  it('answers an event id reused for another event with 409 IDEMPOTENCY_MISMATCH, audited, nothing else changed', async () => {
    const event = { type: 'assistance.given', payload: { difficulty: 'reading', help: '代为填写' }, actor: clerk, eventId: 'oa-ev-77' };
    const first = await call('POST', `/cases/${caseId}/events`, event);
    expect(first.status).toBe(200);
    const before = await snapshot();
    const same = await call('POST', `/cases/${caseId}/events`, event);
    expect([same.status, same.json.duplicate, same.json.version]).toEqual([200, true, first.json.version]);
    const other = await call('POST', `/cases/${caseId}/events`, { ...event, payload: { difficulty: 'hearing', help: '手语' } });
    expect([other.status, other.json.error.code]).toEqual([409, 'IDEMPOTENCY_MISMATCH']);
    const history = (await call('GET', `/cases/${caseId}/history`)).json.entries;
    expect(history.at(-1)).toMatchObject({ kind: 'event.rejected', data: { code: 'IDEMPOTENCY_MISMATCH', eventId: 'oa-ev-77' } });
    await expectUnchanged({ version: before.version, entries: before.entries + 1 });
  });

  it('refuses event types that name Object.prototype with 422 UNKNOWN_EVENT, audited', async () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const before = await snapshot();
      const { status, json } = await call('POST', `/cases/${caseId}/events`, { type, payload: {}, actor: clerk });
      expect([status, json.error.code], type).toEqual([422, 'UNKNOWN_EVENT']);
      await expectUnchanged({ version: before.version, entries: before.entries + 1 });
    }
    const role = await call('POST', '/cases', {
      moduleId: 'disclosure-request',
      input: application,
      actor: { id: 'x', role: 'constructor' },
    });
    expect([role.status, role.json.error.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
  });

  it('refuses a payload string over the engine’s limit with 422 and audits its hash and size, not the text', async () => {
    const wide = await serve({ engine, clock, port: 0, maxBodyBytes: 200_000 });
    try {
      const response = await fetch(`${wide.url}/cases/${caseId}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'assistance.given', payload: { difficulty: 'reading', help: 'x'.repeat(100_000) }, actor: clerk }),
      });
      expect(response.status).toBe(422);
      expect(((await response.json()) as any).error.details).toMatchObject({ path: 'payload.help', limit: 'maxStringLength' });
      const last = (await call('GET', `/cases/${caseId}/history`)).json.entries.at(-1);
      expect(last.data.payload).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), chars: expect.any(Number) });
    } finally {
      await wide.close();
    }
  });
});
