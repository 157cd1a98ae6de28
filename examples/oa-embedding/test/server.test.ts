import type { AddressInfo } from 'node:net';
import { SimulatedClock } from '@zwgk/core';
import { afterEach, describe, expect, it } from 'vitest';
import { demoApplications, demoOfficers } from '../src/demo-xiji.js';
import { OaService } from '../src/oa-service.js';
import { createOaServer } from '../src/server.js';
import { inPerson } from './fixtures.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(now = '2020-09-29T10:00:00+08:00') {
  const clock = new SimulatedClock(now);
  const oa = new OaService({ storeFile: newStoreFile(), clock });
  const server = createOaServer(oa, { receptionist: demoOfficers.clerk });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () => oa.close(),
    () => new Promise<void>((resolve) => server.close(() => resolve())),
  );
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { clock, oa, base };
}

const post = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

describe('the node:http page', () => {
  it('lists the cases with their due dates and flags', async () => {
    const { clock, oa, base } = await serve();
    await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    clock.set('2020-10-26T09:00:00+08:00');

    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    const row = html.match(/<tr class="([a-z]*)" data-case-id="YSQ-2020-0001">(.*?)<\/tr>/)!;
    expect(row[1]).toBe('warning');
    const cells = [...row[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual([
      'YSQ-2020-0001',
      '马明',
      '2019年农村危房改造补助资金分配明细表',
      '2020-09-29 10:00',
      '办理中',
      '2020-10-27（周二）24:00',
      '1',
      '临期',
    ]);
  });

  it('registers a posted application form and redirects to the list', async () => {
    const { base, oa } = await serve();
    const res = await post(`${base}/applications`, {
      channel: 'electronic',
      applicantType: 'organisation',
      applicantName: '西吉县<马铃薯>合作社',
      contact: '0954-3012345',
      creditCode: '91640422MA76XJ2K3M',
      description: '良种补贴名单',
      form: 'electronic',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect((await oa.caseList()).map((r) => r.applicant)).toEqual(['西吉县<马铃薯>合作社']);
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('西吉县&#60;马铃薯&#62;合作社');
    expect(html).not.toContain('<马铃薯>');
  });

  it('answers an invalid form with 400 naming the error, and registers nothing', async () => {
    const { base, oa } = await serve();
    const res = await post(`${base}/applications`, {
      applicantType: 'citizen',
      applicantName: '马明',
      contact: '13909541234',
      description: '名单',
      form: 'paper',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('INVALID_PAYLOAD');
    const badTime = await post(`${base}/applications`, {
      ...Object.fromEntries(Object.entries(demoApplications.housing)),
      receivedAt: '昨天',
    });
    expect(badTime.status).toBe(400);
    expect(await badTime.text()).toContain('INVALID_ARGUMENT');
    expect(await oa.caseList()).toEqual([]);
    expect((await fetch(`${base}/cases`)).status).toBe(404);
  });

  it('today offers the form of 国务院令第711号 and registers it with the receipt its channel dates (第三十一条)', async () => {
    const { base } = await serve('2026-12-02T09:30:00+08:00');
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('登记申请（国务院令第711号《中华人民共和国政府信息公开条例》）');
    expect(page).toContain('name="applicantKind"');
    expect(page).not.toContain('name="idNumber"');
    const national = { ...inPerson, channel: 'online', submittedAt: '2026-12-01T22:10:00+08:00' };
    expect((await post(`${base}/applications`, national)).status).toBe(303);
    const html = await (await fetch(`${base}/`)).text();
    const row = html.match(/<tr class="([a-z]*)" data-case-id="YSQ-2026-0001">(.*?)<\/tr>/)!;
    // Confirmed by both sides now (the receipt field left empty): 20 working days to Wednesday 12-30.
    expect([...row[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1])).toEqual([
      'YSQ-2026-0001',
      '蒋某',
      '2026年度城区更新项目用地批复',
      '2026-12-02 09:30',
      '办理中',
      '2026-12-30（周三）24:00',
      '20',
      '',
    ]);
    // A receipt confirmed before the application was sent: refused, nothing registered.
    const early = await post(`${base}/applications`, { ...national, receivedAt: '2026-12-01T09:00:00+08:00' });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('INVALID_PAYLOAD');
    const unknownKind = await post(`${base}/applications`, { ...national, applicantKind: '个体户' });
    expect(unknownKind.status).toBe(400);
    expect((await fetch(`${base}/`)).ok).toBe(true);
    expect((await (await fetch(`${base}/`)).text()).match(/data-case-id=/g)).toHaveLength(1);
  });
});
