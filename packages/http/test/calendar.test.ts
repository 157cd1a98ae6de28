import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyHolidayNotice, china, createCalendar, parseHolidayNotice } from '@zwgk/calendar';
import { createEngine, MemoryStore, SimulatedClock } from '@zwgk/core';
import { afterEach, describe, expect, it } from 'vitest';
import { clerk, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';
import { bearerTokens, createHttpApp, type Service, serviceOptionsFromArgs, startService } from '../src/index.js';
import { bearer, jsonClient } from './fixtures/requests.js';

// Counting into 2027 before its holidays are announced (asked on 2026-12-02): with a schedule file,
// provisionally, and an administrator adding the year at run time.
const example2027 = readFileSync(join(import.meta.dirname, '..', '..', 'cli', 'test', 'fixtures', 'notice-2027-example.txt'), 'utf8');
const schedule2027 = applyHolidayNotice(china.schedules, parseHolidayNotice(example2027)).changed;
const tokens = {
  'clerk-token-0123456789': { actorId: clerk.id, roles: [clerk.role] },
  'admin-token-0123456789': { actorId: 'admin-li', roles: ['calendar-admin'] },
  'county-admin-token-0123': { actorId: 'admin-wang', roles: ['calendar-admin'], agencies: ['西吉县教育局'] },
};

const dirs: string[] = [];
const services: Service[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function service(argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-http-calendar-'));
  dirs.push(dir);
  writeFileSync(join(dir, '2027.json'), JSON.stringify(schedule2027));
  const options = serviceOptionsFromArgs(
    ['--store', join(dir, 'cases.sqlite'), '--create', '--port', '0', ...argv.map((a) => a.replace('$DIR', dir))],
    {},
  );
  const s = await startService({ ...options, clock: new SimulatedClock('2026-12-02T10:00:00+08:00') });
  services.push(s);
  return async (path: string) => {
    const response = await fetch(`${s.url}${path}`);
    return { status: response.status, json: (await response.json()) as any };
  };
}

describe('the service counts a deadline from 2026-12-20 into 2027', () => {
  const path = '/calendar/deadline?start=2026-12-20&length=15&unit=workingDays';

  it('refuses without the year, naming it and the remedy', async () => {
    const get = await service([]);
    const { status, json } = await get(path);
    expect(status).toBe(422);
    expect(json.error.code).toBe('CALENDAR');
    expect(json.error.message).toContain('No holiday schedule is loaded for 2027');
    expect(json.error.message).toContain(
      'HTTP service: start it with --calendar 2027.json or --provisional, or POST the schedule to /admin/calendar',
    );
  });

  it('with the schedule loaded by --calendar', async () => {
    const get = await service(['--calendar', '$DIR/2027.json']);
    const { status, json } = await get(path);
    expect(status).toBe(200);
    expect(json).toMatchObject({ dueDate: '2027-01-11', dueAt: '2027-01-12T00:00:00+08:00', provisional: false });
    expect((await get('/calendar')).json).toMatchObject({
      id: 'china+2027',
      years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027],
      provisional: false,
      provisionalYears: [],
    });
  });

  it('provisionally with --provisional, and says so', async () => {
    const get = await service(['--provisional']);
    const { status, json } = await get(path);
    expect(status).toBe(200);
    expect(json).toMatchObject({ dueDate: '2027-01-11', provisional: true, explanation: { provisional: { years: [2027] } } });
  });
});

describe('POST /admin/calendar adds a year at run time and moves the running deadlines it changes', () => {
  async function app() {
    const clock = new SimulatedClock('2026-12-21T10:00:00+08:00');
    // The toy module as if still in force in 2026 (the shipped Xiji modules end on 2022-04-30).
    const modules = [{ ...toyRequest, inForce: { ...toyRequest.inForce, to: '2099-12-31' } }, toyReview];
    const engine = createEngine({
      modules,
      calendar: createCalendar({ base: china, provisional: true, id: 'china+provisional' }),
      clock,
      store: new MemoryStore(),
    });
    const http = createHttpApp({ engine, clock, authenticate: bearerTokens(tokens) });
    const send = jsonClient(http);
    const call = (method: string, path: string, token: string, body?: unknown) => send(method, path, body, bearer(token));
    const opened = await call('POST', '/cases', 'clerk-token-0123456789', {
      moduleId: 'toy-request',
      input: { applicant: '张三' },
      actor: clerk,
    });
    expect(opened.status).toBe(201);
    return { call, caseId: opened.json.caseId as string, clock };
  }

  it('shows the deadline as provisional until the notice is loaded, then recomputes it with an audited record', async () => {
    const { call, caseId, clock } = await app();
    const before = (await call('GET', `/cases/${caseId}`, 'clerk-token-0123456789')).json.deadlines[0];
    expect(before).toMatchObject({ name: 'reply', dueAt: '2027-01-13T00:00:00+08:00', provisional: true });
    clock.set('2026-12-28T09:00:00+08:00');
    const noticeText = example2027.replace(
      '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      '一、元旦：1月1日（周五）至4日（周一）放假，共4天。',
    );
    const { status, json } = await call('POST', '/admin/calendar', 'admin-token-0123456789', { noticeText });
    expect(status).toBe(200);
    expect(json.calendar).toMatchObject({ years: expect.arrayContaining([2027]), provisional: true, provisionalYears: [2028, 2029] });
    expect(json.recomputed).toEqual([
      {
        caseId,
        name: 'reply',
        previousDueAt: '2027-01-13T00:00:00+08:00',
        dueAt: '2027-01-14T00:00:00+08:00',
        moved: 'later',
        provisional: false,
      },
    ]);
    const after = (await call('GET', `/cases/${caseId}`, 'clerk-token-0123456789')).json.deadlines[0];
    expect(after).toMatchObject({ dueAt: '2027-01-14T00:00:00+08:00', provisional: false });
    const history = (await call('GET', `/cases/${caseId}/history`, 'clerk-token-0123456789')).json.entries;
    expect(history.at(-1)).toMatchObject({
      kind: 'deadline.recomputed',
      data: {
        previousDueAt: '2027-01-13T00:00:00+08:00',
        dueAt: '2027-01-14T00:00:00+08:00',
        previousProvisional: true,
        provisional: false,
        moved: 'later',
      },
    });
  });

  it('takes schedule JSON as zwgk calendar import writes it', async () => {
    const { call } = await app();
    const { status, json } = await call('POST', '/admin/calendar', 'admin-token-0123456789', schedule2027[0]);
    expect(status).toBe(200);
    expect(json.recomputed).toEqual([]); // the example notice leaves early January as the law has it
    expect(json.calendar.provisionalYears).toEqual([2028, 2029]);
  });

  it('refuses a caller without the role calendar-admin, and a notice it cannot read', async () => {
    const { call } = await app();
    expect(await call('POST', '/admin/calendar', 'clerk-token-0123456789', { noticeText: example2027 })).toMatchObject({
      status: 403,
      json: { error: { code: 'ROLE_NOT_ALLOWED' } },
    });
    const bad = await call('POST', '/admin/calendar', 'admin-token-0123456789', {
      noticeText: example2027.replace('（周五）至3日', '（周四）至3日'),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/^line 7: 2027-01-01 is a 周五, but the notice says 周四/);
    expect((await call('GET', '/calendar', 'clerk-token-0123456789')).json.years).not.toContain(2027);
  });

  it('refuses a calendar-admin scoped to some agencies: one calendar counts every agency’s deadlines', async () => {
    const { call, caseId } = await app();
    expect(await call('POST', '/admin/calendar', 'county-admin-token-0123', { noticeText: example2027 })).toMatchObject({
      status: 403,
      json: { error: { code: 'SCOPE_NOT_ALLOWED', message: expect.stringContaining('administrator scope') } },
    });
    expect((await call('GET', '/calendar', 'clerk-token-0123456789')).json.years).not.toContain(2027);
    expect((await call('GET', `/cases/${caseId}`, 'clerk-token-0123456789')).json.deadlines[0]).toMatchObject({ provisional: true });
  });
});
