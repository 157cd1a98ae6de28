import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { application, bearer, clerk, jsonClient, serveXiji } from './fixtures/requests.js';

// A case belongs to the agency that opened it. Credentials scoped to agencies (and modules) see
// and act on those cases only: every route is checked with another agency's credentials.

const OFFICE = 'office-token-0123456789abcdef'; // 县政府办公室
const EDUCATION = 'education-token-0123456789abcdef'; // 县教育局
const ADMIN = 'admin-token-0123456789abcdef';
const PROACTIVE_ONLY = 'proactive-token-0123456789abcdef';

let server: RunningServer;
const ids: Record<string, string> = {};

const send = jsonClient(() => server.url);
const call = (token: string, method: string, path: string, body?: unknown) => send(method, path, body, bearer(token));

beforeAll(async () => {
  server = await serveXiji({
    [OFFICE]: { actorId: '*', roles: '*', agencies: ['县政府办公室'] },
    [EDUCATION]: { actorId: '*', roles: '*', agencies: ['县教育局'] },
    [ADMIN]: { actorId: '*', roles: '*' },
    [PROACTIVE_ONLY]: { actorId: '*', roles: '*', agencies: ['县政府办公室'], modules: ['proactive-disclosure'] },
  });
  for (const [name, token] of [
    ['office', OFFICE],
    ['education', EDUCATION],
  ] as const) {
    const opened = await call(token, 'POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk });
    expect(opened.status).toBe(201);
    ids[name] = opened.json.caseId;
  }
});
afterAll(() => server?.close());

describe('agency scopes', () => {
  it('opens a case for the token’s only agency, and refuses another agency', async () => {
    const { json } = await call(OFFICE, 'GET', `/cases/${ids.office}`);
    expect(json.case.agency).toBe('县政府办公室');
    const other = await call(OFFICE, 'POST', '/cases', {
      moduleId: 'disclosure-request',
      input: application,
      actor: clerk,
      agency: '县教育局',
    });
    expect([other.status, other.json.error.code]).toEqual([403, 'SCOPE_NOT_ALLOWED']);
  });

  it('answers 404 for another agency’s case on every case route, and changes nothing', async () => {
    const before = (await call(ADMIN, 'GET', `/cases/${ids.office}/history`)).json.entries.length;
    for (const [method, path, body] of [
      ['GET', `/cases/${ids.office}`, undefined],
      ['GET', `/cases/${ids.office}/history`, undefined],
      ['POST', `/cases/${ids.office}/events`, { type: 'reply.refused', payload: { reasons: '内部事务信息' }, actor: clerk }],
      ['GET', `/audit/verify?caseId=${ids.office}`, undefined],
    ] as const) {
      const { status, json } = await call(EDUCATION, method, path, body);
      expect([status, json.error.code], `${method} ${path}`).toEqual([404, 'UNKNOWN_CASE']);
    }
    expect((await call(ADMIN, 'GET', `/cases/${ids.office}/history`)).json.entries).toHaveLength(before);
    expect((await call(ADMIN, 'GET', `/cases/${ids.office}`)).json.case.version).toBe(1);
  });

  it('lists only the token’s agencies, refuses a filter outside them, and keeps verify-all for administrators', async () => {
    expect((await call(EDUCATION, 'GET', '/cases')).json.cases.map((c: { id: string }) => c.id)).toEqual([ids.education]);
    expect((await call(EDUCATION, 'GET', '/cases?agency=%E5%8E%BF%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4')).status).toBe(403);
    expect((await call(ADMIN, 'GET', '/cases')).json.cases.map((c: { id: string }) => c.id).sort()).toEqual(
      [ids.office, ids.education].sort(),
    );
    expect((await call(EDUCATION, 'GET', '/audit/verify')).json.error.code).toBe('SCOPE_NOT_ALLOWED');
    expect((await call(ADMIN, 'GET', '/audit/verify')).json.ok).toBe(true);
    expect((await call(EDUCATION, 'GET', `/audit/verify?caseId=${ids.education}`)).json.ok).toBe(true);
  });

  it('lists upcoming deadlines of the token’s agencies only', async () => {
    const window = '?from=2019-09-27T00:00:00%2B08:00&to=2019-12-31T00:00:00%2B08:00';
    const caseIds = async (token: string) => [
      ...new Set(
        (await call(token, 'GET', `/deadlines/upcoming${window}`)).json.deadlines.map(
          (d: { deadline: { caseId: string } }) => d.deadline.caseId,
        ),
      ),
    ];
    expect(await caseIds(EDUCATION)).toEqual([ids.education]);
    expect(await caseIds(OFFICE)).toEqual([ids.office]);
    expect((await caseIds(ADMIN)).sort()).toEqual([ids.office, ids.education].sort());
  });

  it('scopes modules too', async () => {
    const refused = await call(PROACTIVE_ONLY, 'POST', '/cases', { moduleId: 'disclosure-request', input: application, actor: clerk });
    expect([refused.status, refused.json.error.code]).toEqual([403, 'SCOPE_NOT_ALLOWED']);
    expect((await call(PROACTIVE_ONLY, 'GET', `/cases/${ids.office}`)).status).toBe(404);
    expect((await call(PROACTIVE_ONLY, 'GET', '/cases')).json.cases).toEqual([]);
  });
});
