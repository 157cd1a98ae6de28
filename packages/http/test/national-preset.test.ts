import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from '@zwgk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Service, startService } from '../src/index.js';
import { jsonClient } from './fixtures/requests.js';

// The law in force today over HTTP: --preset national-2019 opens a case now, without occurredAt
// (《中华人民共和国政府信息公开条例》第三十一条、第三十三条), where the Xiji rules answer NOT_IN_FORCE.

const clerk = { id: 'clerk-wang', role: 'clerk' };
let dir: string;
let service: Service;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zwgk-http-national-'));
  service = await startService({
    store: join(dir, 'cases.sqlite'),
    create: true,
    port: 0,
    presets: ['national-2019', 'xiji-2018-47'],
    clock: new SimulatedClock('2026-12-02T09:40:00+08:00'),
  });
});
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

const send = jsonClient(() => service.url);
const post = (path: string, body: unknown) => send('POST', path, body);

describe('the HTTP service under --preset national-2019', () => {
  it('opens a disclosure request today, without occurredAt, with its 20-working-day reply deadline', async () => {
    const input = {
      applicant: { kind: 'naturalPerson', name: '蒋某', identityDocument: '居民身份证', contact: '13900000000' },
      submittedAt: '2026-12-01T22:10:00+08:00',
      receipt: { channel: 'online', confirmedAt: '2026-12-02T09:30:00+08:00' },
      description: '2026年度城区更新项目用地批复',
      form: '电子邮件',
    };
    const opened = await post('/cases', { moduleId: 'national-disclosure-request', input, actor: clerk, agency: '某县自然资源局' });
    expect(opened.status).toBe(201);
    const view = (await (await fetch(`${service.url}/cases/${opened.json.caseId}`)).json()) as any;
    const reply = view.deadlines.find((d: { name: string }) => d.name === 'reply');
    expect(reply).toMatchObject({ status: 'running', dueAt: '2026-12-31T00:00:00+08:00' }); // 2026-12-30 24:00
  });

  it('refuses a case of the Xiji rules opened today: they ceased to be in force on 2022-04-30', async () => {
    const refused = await post('/cases', { moduleId: 'disclosure-request', input: {}, actor: clerk });
    expect(refused.json.error.code).toBe('NOT_IN_FORCE');
  });
});
