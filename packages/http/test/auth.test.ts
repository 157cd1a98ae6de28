import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerTokens, createHttpApp, type RunningServer } from '../src/index.js';
import { application, bearer, jsonClient, serveXiji, xijiEngine } from './fixtures/requests.js';

// Bearer tokens tie the caller to the actor and roles it may claim; the engine then checks
// what the role may do. Served on loopback with an in-memory engine.

const CLERK_TOKEN = 'clerk-token-0123456789abcdef';
const GATEWAY_TOKEN = 'oa-gateway-token-0123456789abcdef';

let server: RunningServer;

const send = jsonClient(() => server.url);
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => send('POST', path, body, headers);

beforeAll(async () => {
  server = await serveXiji({
    [CLERK_TOKEN]: { actorId: 'clerk-ma', roles: ['clerk'] },
    [GATEWAY_TOKEN]: { actorId: '*', roles: '*' },
  });
});
afterAll(() => server?.close());

describe('bearer tokens', () => {
  it('answers 401 without a token or with an unknown one, in the error shape, and asks for a bearer token', async () => {
    for (const headers of [{}, bearer('not-a-known-token-at-all'), { authorization: 'Basic Y2xlcms6cHc=' }]) {
      const { status, headers: h, json } = await post('/cases', { moduleId: 'disclosure-request', input: application }, headers);
      expect(status).toBe(401);
      expect(json.error.code).toBe('UNAUTHENTICATED');
      expect(h.get('www-authenticate')).toBe('Bearer');
    }
    const read = await fetch(`${server.url}/cases`);
    expect(read.status).toBe(401);
  });

  it('leaves /health and /openapi.json open', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/openapi.json`)).status).toBe(200);
  });

  it('keeps the same routes open and closed when mounted under a prefix in a host app', async () => {
    const engine = xijiEngine();
    const host = new Hono().route(
      '/zwgk',
      createHttpApp({ engine, authenticate: bearerTokens({ [CLERK_TOKEN]: { actorId: 'clerk-ma', roles: ['clerk'] } }) }),
    );
    expect((await host.request('/zwgk/health')).status).toBe(200);
    expect((await host.request('/zwgk/openapi.json')).status).toBe(200);
    expect((await host.request('/zwgk/cases/health')).status).toBe(401);
    expect((await host.request('/zwgk/cases', { headers: bearer(CLERK_TOKEN) })).status).toBe(200);
  });

  it('acts as the token’s own actor and only role when the request names none', async () => {
    const { status, json } = await post('/cases', { moduleId: 'disclosure-request', input: application }, bearer(CLERK_TOKEN));
    expect(status).toBe(201);
    const view = (await (await fetch(`${server.url}/cases/${json.caseId}`, { headers: bearer(CLERK_TOKEN) })).json()) as any;
    expect(view.case.openedBy).toEqual({ id: 'clerk-ma', role: 'clerk' });
  });

  it('refuses with 403 a role the token does not grant, and another actor’s id', async () => {
    const role = await post(
      '/cases',
      { moduleId: 'disclosure-request', input: application, actor: { id: 'clerk-ma', role: 'officeHead' } },
      bearer(CLERK_TOKEN),
    );
    expect(role.status).toBe(403);
    expect(role.json.error).toMatchObject({ code: 'ROLE_NOT_ALLOWED', details: { role: 'officeHead', granted: ['clerk'] } });
    const other = await post(
      '/cases',
      { moduleId: 'disclosure-request', input: application },
      { ...bearer(CLERK_TOKEN), 'X-Zwgk-Actor': 'head-li' },
    );
    expect(other.status).toBe(403);
    expect(other.json.error.code).toBe('ACTOR_NOT_ALLOWED');
  });

  it('lets a gateway token act for its users, and the engine still checks their roles', async () => {
    const opened = await post(
      '/cases',
      { moduleId: 'disclosure-request', input: application },
      { ...bearer(GATEWAY_TOKEN), 'X-Zwgk-Actor': encodeURIComponent('马主任'), 'X-Zwgk-Role': 'officeHead' },
    );
    expect(opened.status).toBe(201);
    const caseId = opened.json.caseId as string;
    const view = (await (await fetch(`${server.url}/cases/${caseId}`, { headers: bearer(GATEWAY_TOKEN) })).json()) as any;
    expect(view.case.openedBy).toEqual({ id: '马主任', role: 'officeHead' });
    // The token grants any role; the module does not know this one.
    const stranger = await post(
      `/cases/${caseId}/events`,
      { type: 'reply.refused', payload: { reasons: 'x' }, actor: { id: 'x', role: 'mayor' } },
      bearer(GATEWAY_TOKEN),
    );
    expect(stranger.status).toBe(403);
    expect(stranger.json.error).toMatchObject({ code: 'ROLE_NOT_ALLOWED', details: { role: 'mayor', allowed: ['clerk'] } });
    const gatewayNamesNoOne = await post(
      `/cases/${caseId}/events`,
      { type: 'reply.refused', payload: { reasons: 'x' } },
      bearer(GATEWAY_TOKEN),
    );
    expect([gatewayNamesNoOne.status, gatewayNamesNoOne.json.error.code]).toEqual([400, 'INVALID_ARGUMENT']);
  });

  it('rejects a token table with a short token without echoing the token', () => {
    expect(() => bearerTokens({ 'short-secret': { actorId: 'a', roles: ['clerk'] } })).toThrow(/entry 1 is invalid/);
    expect(() => bearerTokens({ 'short-secret': { actorId: 'a', roles: ['clerk'] } })).not.toThrow(/short-secret/);
  });
});
