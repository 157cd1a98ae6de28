import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from '@zwgk/core';
import type { SqliteStore } from '@zwgk/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Service, serviceOptionsFromArgs, startService, UsageError } from '../src/index.js';
import { application, START } from './fixtures/requests.js';

// The one-command configuration: command-line flags and files to the service's options, and
// mutual TLS for real: a throwaway CA, a server certificate and client certificates made with
// openssl, then HTTPS requests on loopback with and without a trusted client certificate.

const TOKEN = 'gateway-token-0123456789abcdef';

let dir: string;
let service: Service;
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

/** `openssl req` options for a new P-256 key, written unencrypted. */
const NEW_P256_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function certificate(name: string, cn: string, signer?: 'ca') {
  openssl('req', ...NEW_P256_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
  const sign = signer ? ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'] : ['-signkey', `${name}.key`];
  openssl('x509', '-req', '-in', `${name}.csr`, ...sign, '-out', `${name}.pem`, '-days', '1', '-extfile', 'ext.cnf');
}

function post(
  path: string,
  body: unknown,
  options: { client?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, service.url);
    const req = request(
      url,
      {
        method: 'POST',
        ca: readFileSync(file('ca.pem')),
        ...(options.client ? { key: readFileSync(file(`${options.client}.key`)), cert: readFileSync(file(`${options.client}.pem`)) } : {}),
        headers: { 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zwgk-http-tls-'));
  writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('req', '-x509', ...NEW_P256_KEY, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=zwgk test CA');
  certificate('server', '127.0.0.1', 'ca');
  certificate('clerk', 'clerk-ma-desk', 'ca');
  certificate('impostor', 'clerk-ma-desk'); // same name, signed by itself
  writeFileSync(file('client-certs.json'), JSON.stringify({ 'clerk-ma-desk': { actorId: 'clerk-ma', roles: ['clerk'] } }));
  writeFileSync(file('tokens.json'), JSON.stringify({ [TOKEN]: { actorId: '*', roles: '*' } }));
  const options = serviceOptionsFromArgs(
    [
      '--store',
      'cases.sqlite',
      '--create',
      '--port',
      '0',
      '--tls-cert',
      'server.pem',
      '--tls-key',
      'server.key',
      '--tls-ca',
      'ca.pem',
      '--client-certs',
      'client-certs.json',
      '--tokens',
      'tokens.json',
    ],
    { INIT_CWD: dir },
  );
  service = await startService({ ...options, clock: new SimulatedClock(START) });
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mutual TLS and bearer tokens from the command line', () => {
  it('serves HTTPS with the store resolved against the caller’s folder', () => {
    expect(service.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect((service.store as SqliteStore).db.name).toBe(file('cases.sqlite'));
  });

  it('acts as the actor of a trusted client certificate', async () => {
    const { status, json } = await post('/cases', { moduleId: 'disclosure-request', input: application }, { client: 'clerk' });
    expect(status).toBe(201);
    expect((await service.engine.getCase(json.caseId)).case.openedBy).toEqual({ id: 'clerk-ma', role: 'clerk' });
    const claimed = await post(
      '/cases',
      { moduleId: 'disclosure-request', input: application, actor: { id: 'clerk-ma', role: 'officeHead' } },
      { client: 'clerk' },
    );
    expect([claimed.status, claimed.json.error.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
  });

  it('refuses with 401 no certificate and a certificate the CA did not sign', async () => {
    for (const client of [undefined, 'impostor']) {
      const { status, json } = await post('/cases', { moduleId: 'disclosure-request', input: application }, client ? { client } : {});
      expect(status, client ?? 'no certificate').toBe(401);
      expect(json.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('takes a bearer token instead of a certificate', async () => {
    const { status } = await post(
      '/cases',
      { moduleId: 'disclosure-request', input: application, actor: { id: 'head-li', role: 'officeHead' } },
      { headers: { authorization: `Bearer ${TOKEN}` } },
    );
    expect(status).toBe(201);
  });
});

describe('serviceOptionsFromArgs', () => {
  it('reads flags and falls back to the environment', () => {
    expect(
      serviceOptionsFromArgs(['--store', '/data/cases.sqlite', '--port', '9000', '--hostname', '0.0.0.0', '--tick-interval', '5000'], {}),
    ).toEqual({
      store: '/data/cases.sqlite',
      modulePaths: [],
      port: 9000,
      hostname: '0.0.0.0',
      tickIntervalMs: 5000,
    });
    expect(serviceOptionsFromArgs([], { ZWGK_STORE: 'a.sqlite', PORT: '8081' })).toEqual({
      store: 'a.sqlite',
      modulePaths: [],
      port: 8081,
    });
  });

  it('refuses a missing store, bad numbers, unknown flags and half a TLS configuration', () => {
    for (const argv of [
      [],
      ['--store', 'a', '--port', 'http'],
      ['--store', 'a', '--tick-interval', '10'],
      ['--store', 'a', '--prot', '1'],
      ['--store', 'a', '--tls-cert', 'x.pem'],
      ['--store', 'a', '--client-certs', 'c.json'],
    ]) {
      expect(() => serviceOptionsFromArgs(argv, {}), argv.join(' ')).toThrow(UsageError);
    }
  });

  it('names a faulty token file without printing its tokens', () => {
    writeFileSync(file('bad-tokens.json'), JSON.stringify({ 'a-secret-token-that-is-long': { actorId: 'clerk-ma', roles: 'clerk' } }));
    const read = () => serviceOptionsFromArgs(['--store', 'a', '--tokens', file('bad-tokens.json')], {});
    expect(read).toThrow(UsageError);
    expect(read).toThrow(/bad-tokens\.json/);
    expect(read).not.toThrow(/a-secret-token/);
  });
});
