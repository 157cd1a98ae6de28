import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { presetModules, type Service, serve, serviceOptionsFromArgs, startService, UsageError } from '../src/index.js';
import { application } from './fixtures/requests.js';
import { killServiceProcesses, runServiceProcess } from './fixtures/service-process.js';

// What an office runs: `zwgk-http` with presets, an integrator's module, SQLite or PostgreSQL, and
// a refusal to listen beyond loopback with nobody checking credentials.

const dir = mkdtempSync(join(tmpdir(), 'zwgk-http-cli-'));
afterAll(() => {
  killServiceProcesses('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Runs src/main.ts as `zwgk-http` does, without the store and tokens a developer's environment may set. */
const zwgkHttp = (...args: string[]) => runServiceProcess(args, { ...process.env, ZWGK_STORE: '', ZWGK_TOKENS_FILE: '' });

describe('zwgk-http', () => {
  it('warns that it trusts any actor without an authenticator, and loads an integrator’s --module beside the preset', async () => {
    const run = await zwgkHttp(
      '--store',
      join(dir, 'cases.sqlite'),
      '--create',
      '--port',
      '0',
      '--module',
      'examples/custom-rule-module/src/index.ts',
    );
    expect(run.url, run.err).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.err).toMatch(
      /^warning: no --tokens or --client-certs: every request is trusted to name its actor; for loopback development only$/m,
    );
    const modules = ((await (await fetch(`${run.url}/modules`)).json()) as { modules: { id: string }[] }).modules.map((m) => m.id);
    expect(modules).toHaveLength(15 + national2019.modules.length + 1 /* the --module file's */);
    expect(modules).toContain('national-disclosure-request-2019');
    expect(modules).toContain('national-disclosure-request');
    expect(modules).toContain('disclosure-request');
    run.child.kill('SIGTERM');
  }, 60_000);

  it('refuses to listen beyond loopback without an authenticator unless told to', async () => {
    const run = await zwgkHttp('--store', join(dir, 'refused.sqlite'), '--create', '--port', '0', '--hostname', '0.0.0.0');
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/refusing to listen on 0\.0\.0\.0 without an authenticator/);
    const engineLess = serve({
      engine: (await startService({ store: join(dir, 'x.sqlite'), create: true, port: 0 })).engine,
      hostname: '192.0.2.1',
    });
    await expect(engineLess).rejects.toThrow(/allowUnauthenticatedRemote/);
  }, 60_000);

  it('reads repeated --preset, refuses an unknown one, and keeps a PostgreSQL URL as it is', () => {
    const options = serviceOptionsFromArgs(
      [
        '--store',
        'postgres://zwgk@127.0.0.1:5432/zwgk',
        '--preset',
        'xiji-2018-47',
        '--preset',
        'xiji-2018-47',
        '--module',
        'a.ts',
        '--allow-unauthenticated-remote',
      ],
      { INIT_CWD: '/srv' },
    );
    expect(options).toMatchObject({
      store: 'postgres://zwgk@127.0.0.1:5432/zwgk',
      presets: ['xiji-2018-47', 'xiji-2018-47'],
      modulePaths: ['/srv/a.ts'],
      allowUnauthenticatedRemote: true,
    });
    expect(presetModules(options.presets!)).toHaveLength(15);
    expect(() => serviceOptionsFromArgs(['--store', 'x.sqlite', '--preset', 'constructor'], {})).toThrow(UsageError);
    expect(() => presetModules(['nowhere'])).toThrow(/unknown preset nowhere \(known: national-2019, xiji-2018-47\)/);
  });
});

const url = process.env.ZWGK_PG_URL;
if (!url) console.warn('@zwgk/http PostgreSQL tests skipped: no PostgreSQL server (set ZWGK_PG_URL, see scripts/postgres-test-server.sh)');

describe.runIf(url)('two service instances on one PostgreSQL database', () => {
  const schema = `zwgk_http_${process.pid}`;
  const services: Service[] = [];
  afterAll(async () => {
    for (const s of services) await s.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('share the cases, and fire each deadline once however many sweep', async () => {
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    // A long interval: the test sweeps by hand, both at once.
    for (let i = 0; i < 2; i++)
      services.push(
        await startService({
          store: url!,
          create: true,
          postgres: { schema, maxConnections: 4 },
          port: 0,
          clock,
          tickIntervalMs: 3_600_000,
        }),
      );
    const [a, b] = services as [Service, Service];
    const opened = await fetch(`${a.url}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        moduleId: 'disclosure-request',
        caseId: 'oa-pg-1',
        actor: { id: 'clerk-ma', role: 'clerk' },
        input: application,
      }),
    });
    expect(opened.status).toBe(201);
    const seen = (await (await fetch(`${b.url}/cases/oa-pg-1`)).json()) as { case: { id: string } };
    expect(seen.case.id).toBe('oa-pg-1');
    clock.advance(40 * 86_400_000);
    const [firedA, firedB] = await Promise.all([a.engine.tick(), b.engine.tick()]);
    const fired = [...firedA, ...firedB].filter((f) => f.caseId === 'oa-pg-1').map((f) => `${f.name}:${f.kind}`);
    expect(fired.sort()).toEqual([...new Set(fired)].sort());
    expect(fired).toContain('reply:due');
  }, 60_000);
});
