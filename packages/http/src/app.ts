import type { TLSSocket } from 'node:tls';
import type { HttpBindings } from '@hono/node-server';
import {
  applyHolidayNotice,
  type Calendar,
  CalendarError,
  createCalendar,
  describeIssue,
  instantToMs,
  loadSchedules,
  parseHolidayNotice,
  toInstant,
  type YearSchedule,
} from '@zwgk/calendar';
import {
  type AnyRuleModule,
  type CaseRecord,
  type CaseView,
  type Checkpoint,
  type Clock,
  compareVersions,
  type DeadlineRecord,
  type Engine,
  type FeedKind,
  ID_MAX_LENGTH,
  ID_PATTERN,
  moduleJsonSchemas,
  systemClock,
  ZwgkError,
} from '@zwgk/core';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { z } from 'zod';
import { type Authenticator, type Connection, type Principal, resolveActor } from './auth.js';
import { errorResponse, HttpError } from './errors.js';
import {
  type AuthFailureLimit,
  AuthFailureLimiter,
  checkHost,
  checkJsonMediaType,
  checkOrigin,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_URL_LENGTH,
  LOOPBACK_HOSTS,
  readIncomingText,
  readLimitedText,
} from './guards.js';
import { openApiDocument } from './openapi.js';
import {
  calendarUpdateBodySchema,
  deadlineQuerySchema,
  feedQuerySchema,
  listCasesQuerySchema,
  openCaseBodySchema,
  schemasQuerySchema,
  sendEventBodySchema,
  upcomingQuerySchema,
  verifyQuerySchema,
} from './schemas.js';
import { type WebhookDispatcher, webhookPutSchema, webhookSubscriptionSchema } from './webhooks.js';

/** Browser access from other origins: off unless configured. */
export interface CorsOptions {
  /** Origins whose pages may call the service, e.g. `['https://oa.example.gov.cn']`. */
  readonly origins: readonly string[];
  /** How long a browser may cache a preflight answer, in seconds. Default 600. */
  readonly maxAgeSeconds?: number;
}

/** Options of {@link createHttpApp}: the engine to expose and how requests are authenticated and bounded. */
export interface HttpAppOptions {
  readonly engine: Engine;
  /** Ties requests to principals (bearer tokens, client certificates). Without it, every request is trusted to name its actor. */
  readonly authenticate?: Authenticator;
  /** The clock of the default window of /deadlines/upcoming and of the failed-authentication window; give the engine's. Default the system clock. */
  readonly clock?: Clock;
  /** Called with failures that are not the client's fault (500). Default `console.error`. */
  readonly onError?: (error: unknown) => void;
  /** Webhook delivery, managed by an administrator at /admin/webhooks; without it those routes are 404. */
  readonly webhooks?: WebhookDispatcher;
  /** The store's latest (signed) checkpoint, served at GET /audit/checkpoint; without it that route is 404. */
  readonly checkpoint?: () => Promise<Checkpoint>;
  /** The longest request body read, in bytes (413 past it). Default 256 KiB. */
  readonly maxBodyBytes?: number;
  /** The longest URL answered (414 past it). Default 8 KiB. */
  readonly maxUrlLength?: number;
  /** Host names (without port) the service answers for, or `'*'` for any; default the loopback names. */
  readonly allowedHosts?: readonly string[] | '*';
  /** CORS for browser pages of other origins; off by default (such pages are refused with 403). */
  readonly cors?: CorsOptions;
  /** Failed authentications allowed per client address before 429. Default 20 a minute. */
  readonly authFailureLimit?: AuthFailureLimit;
}

type AppEnv = { Bindings: Partial<HttpBindings> | undefined; Variables: { principal: Principal | undefined } };

const DAY_MS = 86_400_000;

/**
 * The HTTP service as a Hono app, for serving on its own ({@link serve}) or mounting in a host
 * app: `host.route('/zwgk', createHttpApp({ engine }))`.
 */
export function createHttpApp(options: HttpAppOptions): Hono<AppEnv> {
  const { engine } = options;
  const clock = options.clock ?? systemClock;
  const logError = options.onError ?? ((error: unknown) => console.error(error));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUrlLength = options.maxUrlLength ?? DEFAULT_MAX_URL_LENGTH;
  const allowedHosts = options.allowedHosts ?? LOOPBACK_HOSTS;
  const corsOrigins = options.cors?.origins ?? [];
  const limiter = new AuthFailureLimiter(clock, options.authFailureLimit);
  const app = new Hono<AppEnv>();
  let openApi: unknown;

  app.onError((error, c) => {
    const { status, body, unexpected } = errorResponse(error);
    if (unexpected) logError(error);
    if (status === 401) c.header('WWW-Authenticate', 'Bearer');
    if (status === 429) c.header('Retry-After', String(body.error.details?.retryAfterSeconds ?? 60));
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', async (c, next) => {
    if (c.req.url.length > maxUrlLength)
      throw new HttpError(414, 'URI_TOO_LONG', `the URL is longer than ${maxUrlLength} characters`, { maxUrlLength });
    checkHost(c.req.header('host') ?? new URL(c.req.url).host, allowedHosts);
    checkOrigin(c.req.header('origin'), c.req.url, corsOrigins);
    await next();
  });
  if (options.cors) {
    app.use(
      '*',
      cors({
        origin: [...options.cors.origins],
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Zwgk-Actor', 'X-Zwgk-Role'],
        exposeHeaders: ['Location', 'Retry-After'],
        maxAge: options.cors.maxAgeSeconds ?? 600,
      }),
    );
  }
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          {
            error: {
              code: 'METHOD_NOT_ALLOWED',
              message: `${c.req.method} is not allowed on ${c.req.path} (allowed: ${methods.join(', ')})`,
              details: { allowed: methods },
            },
          },
          405,
          {
            Allow: methods.join(', '),
          },
        ),
    }),
  );

  // Per route rather than app-wide, so that /health and /openapi.json stay open wherever the app is mounted.
  const authenticated = createMiddleware<AppEnv>(async (c, next) => {
    if (options.authenticate) {
      const address = remoteAddress(c);
      limiter.check(address);
      const principal = await options.authenticate(c.req.raw, connectionOf(c));
      if (!principal) {
        limiter.fail(address);
        throw new HttpError(401, 'UNAUTHENTICATED', 'credentials are missing or not recognised');
      }
      c.set('principal', principal);
    }
    await next();
  });

  /** The request's JSON body: application/json (415), at most maxBodyBytes (413), well-formed (400). */
  async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
    checkJsonMediaType(c.req.header('content-type'));
    // Straight from node:http when the service runs on it and nothing has started reading the body.
    const incoming = c.env?.incoming;
    const text =
      incoming && !incoming.readableDidRead
        ? await readIncomingText(incoming, maxBodyBytes)
        : await readLimitedText(c.req.raw, maxBodyBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new HttpError(400, 'INVALID_ARGUMENT', `the request body is not valid JSON: ${(error as Error).message}`);
    }
  }

  /** The case, when the request's credentials may see it; 404 as for a missing case otherwise (its existence is not theirs to know). */
  async function visibleCase(c: Context<AppEnv>, caseId: string): Promise<CaseView> {
    const view = await engine.getCase(caseId);
    if (!sees(c.get('principal'), view.case)) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
    return view;
  }

  app.post('/cases', authenticated, async (c) => {
    const body = parse(openCaseBodySchema, await jsonBody(c), 'body');
    const principal = c.get('principal');
    const actor = resolveActor(c.req.raw, body.actor, principal);
    const agency = agencyToOpen(principal, body.agency, body.moduleId);
    const result = await engine.open(body.moduleId, {
      input: body.input,
      actor,
      ...(body.occurredAt === undefined ? {} : { occurredAt: body.occurredAt }),
      ...(agency === undefined ? {} : { agency }),
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.caseId === undefined ? {} : { caseId: body.caseId }),
    });
    c.header('Location', `/cases/${encodeURIComponent(result.caseId)}`);
    // The same open sent again (a retry after a lost answer) is 200 with duplicate: true.
    return c.json(result, result.duplicate ? 200 : 201);
  });

  app.post('/cases/:id/events', authenticated, async (c) => {
    const body = parse(sendEventBodySchema, await jsonBody(c), 'body');
    const actor = resolveActor(c.req.raw, body.actor, c.get('principal'));
    const caseId = caseIdParam(c);
    const principal = c.get('principal');
    const result = await engine.send(caseId, {
      // Scoped credentials may only send to cases they see: the engine asks on the case it loads for the
      // event (UNKNOWN_CASE otherwise, nothing recorded), so the case is not read twice.
      ...(isAdmin(principal) ? {} : { visible: (record: CaseRecord) => sees(principal, record) }),
      type: body.type,
      payload: body.payload,
      actor,
      ...(body.eventId === undefined ? {} : { eventId: body.eventId }),
      ...(body.occurredAt === undefined ? {} : { occurredAt: body.occurredAt }),
      ...(body.expectedVersion === undefined ? {} : { expectedVersion: body.expectedVersion }),
    });
    return c.json(result, 200);
  });

  app.get('/cases/:id', authenticated, async (c) => {
    const view = await visibleCase(c, caseIdParam(c));
    return c.json({ case: publicCase(view.case), deadlines: view.deadlines, acceptedEvents: view.acceptedEvents });
  });

  app.get('/cases/:id/history', authenticated, async (c) => {
    const caseId = caseIdParam(c);
    await visibleCase(c, caseId);
    return c.json({ caseId, entries: await engine.history(caseId) });
  });

  app.get('/cases', authenticated, async (c) => {
    const q = parse(listCasesQuerySchema, c.req.query(), 'query');
    const principal = c.get('principal');
    const scope = scopeOf(principal);
    if (q.agency !== undefined && scope.agencies !== '*' && !scope.agencies.includes(q.agency))
      throw scopeError('agency', q.agency, scope.agencies);
    if (q.module !== undefined && scope.modules !== '*' && !scope.modules.includes(q.module))
      throw scopeError('module', q.module, scope.modules);
    // Keyset pages in id order; a token scoped to several agencies merges one page of each.
    const agencies = q.agency !== undefined ? [q.agency] : scope.agencies === '*' ? [undefined] : scope.agencies;
    let cases: CaseRecord[] = [];
    for (const agency of agencies) {
      const found = await engine.listCases({
        limit: q.limit,
        afterId: q.after ?? '',
        ...(q.module === undefined ? {} : { moduleId: q.module }),
        ...(q.state === undefined ? {} : { state: q.state }),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(agency === undefined ? {} : { agency }),
        ...(q.parent === undefined ? {} : { parentId: q.parent }),
      });
      cases.push(...found.filter((record) => sees(principal, record)));
    }
    if (agencies.length > 1) cases = cases.sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, q.limit);
    return c.json({ cases: cases.map(publicCase), next: cases.length === q.limit ? cases.at(-1)!.id : null });
  });

  app.get('/feed', authenticated, async (c) => {
    const q = parse(feedQuerySchema, c.req.query(), 'query');
    const scope = scopeOf(c.get('principal'));
    if (q.agency !== undefined && scope.agencies !== '*' && !scope.agencies.includes(q.agency))
      throw scopeError('agency', q.agency, scope.agencies);
    if (q.module !== undefined && scope.modules !== '*' && !scope.modules.includes(q.module))
      throw scopeError('module', q.module, scope.modules);
    const agencies = q.agency !== undefined ? [q.agency] : scope.agencies === '*' ? undefined : scope.agencies;
    const moduleIds = q.module !== undefined ? [q.module] : scope.modules === '*' ? undefined : scope.modules;
    const entries = await engine.feed({
      after: q.after,
      limit: q.limit,
      ...(agencies ? { agencies } : {}),
      ...(moduleIds ? { moduleIds } : {}),
      ...(q.kind === undefined ? {} : { kinds: q.kind.split(',') as FeedKind[] }),
    });
    return c.json({ entries: entries.map((e) => ({ ...e, cursor: String(e.cursor) })), next: String(entries.at(-1)?.cursor ?? q.after) });
  });

  app.get('/deadlines/upcoming', authenticated, async (c) => {
    const q = parse(upcomingQuerySchema, c.req.query(), 'query');
    const from = q.from === undefined ? clock.now() : instantParam(q.from, 'from');
    const to = q.to === undefined ? from + 7 * DAY_MS : instantParam(q.to, 'to');
    if (to <= from) throw new HttpError(400, 'INVALID_ARGUMENT', 'to must be after from', { from: q.from ?? null, to: q.to ?? null });
    const principal = c.get('principal');
    // Keyset pages by (case id, name): the window is read whole, then cut after the cursor.
    const key = (d: DeadlineRecord) => `${d.caseId}/${d.name}`;
    const all = (await engine.upcoming({ from, to }))
      .filter((d) => q.after === undefined || key(d) > q.after)
      .sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const visible = new Map<string, boolean>();
    const deadlines: DeadlineRecord[] = [];
    for (const deadline of all) {
      if (!visible.has(deadline.caseId))
        visible.set(deadline.caseId, isAdmin(principal) || sees(principal, (await engine.getCase(deadline.caseId)).case));
      if (visible.get(deadline.caseId)) deadlines.push(deadline);
      if (deadlines.length === q.limit) break;
    }
    return c.json({
      from: toInstant(from),
      to: toInstant(to),
      next: deadlines.length === q.limit ? key(deadlines.at(-1)!) : null,
      deadlines: deadlines.map((deadline) => ({ falls: fallsIn(deadline, from, to), deadline })),
    });
  });

  app.get('/audit/verify', authenticated, async (c) => {
    const q = parse(verifyQuerySchema, c.req.query(), 'query');
    if (q.caseId !== undefined)
      await visibleCase(c, q.caseId); // 404 for an unknown case, not an empty "ok"
    else if (!isAdmin(c.get('principal')))
      throw new HttpError(403, 'SCOPE_NOT_ALLOWED', 'verifying every chain needs an administrator scope (agencies "*"); name a caseId', {});
    return c.json(await engine.verifyAudit(q.caseId));
  });

  app.get('/audit/checkpoint', authenticated, async (c) => {
    if (!options.checkpoint)
      throw new HttpError(404, 'NOT_FOUND', 'this service publishes no checkpoint: it was started without a store ledger', {});
    return c.json(await options.checkpoint());
  });

  app.get('/modules', authenticated, (c) => c.json({ modules: engine.modules.map(moduleSummary) }));

  app.get('/modules/:id/schemas', authenticated, (c) => {
    const q = parse(schemasQuerySchema, c.req.query(), 'query');
    return c.json(moduleJsonSchemas(findModule(engine.modules, c.req.param('id'), q.version)));
  });

  app.get('/openapi.json', (c) => c.json((openApi ??= openApiDocument(engine.modules))));

  app.get('/calendar', authenticated, (c) => c.json(calendarView(engine.calendar)));

  app.get('/calendar/deadline', authenticated, (c) => {
    const q = parse(deadlineQuerySchema, c.req.query(), 'query');
    const calendar = engine.calendar;
    // A year without a schedule is the library's CALENDAR error (422), naming the year and the remedy.
    const computed = calendarGuard(() =>
      q.unit === 'hours'
        ? calendar.hourDeadline(q.start, q.length)
        : q.unit === 'workingDays'
          ? calendar.workingDayDeadline(q.start, q.length)
          : calendar.calendarDayDeadline(q.start, q.length),
    );
    return c.json(computed);
  });

  // An administrator adds the year the State Council has just announced (or a corrected one); the
  // engine recomputes the running deadlines it moves and audits each on its case. Kept in memory:
  // start the service with --calendar for the year too, so a restart keeps it.
  app.post('/admin/calendar', authenticated, async (c) => {
    const principal = c.get('principal');
    if (!options.authenticate)
      throw new HttpError(
        403,
        'ROLE_NOT_ALLOWED',
        `changing the calendar needs an authenticated ${CALENDAR_ADMIN}: start the service with --tokens or --client-certs`,
        { role: CALENDAR_ADMIN },
      );
    if (!principal || (principal.roles !== '*' && !principal.roles.includes(CALENDAR_ADMIN))) {
      throw new HttpError(403, 'ROLE_NOT_ALLOWED', `changing the calendar needs the role ${CALENDAR_ADMIN}`, { role: CALENDAR_ADMIN });
    }
    // One calendar counts every agency's deadlines: credentials scoped to some agencies may not move the others'.
    requireAdministrator(principal, 'changing the calendar, which moves every agency’s deadlines,');
    const body = parse(calendarUpdateBodySchema, await jsonBody(c), 'body');
    const current = engine.calendar;
    const schedules = calendarInput(() =>
      'noticeText' in body && typeof body.noticeText === 'string'
        ? applyHolidayNotice(current.schedules, parseHolidayNotice(body.noticeText)).changed
        : loadSchedules(body),
    );
    const next = calendarInput(() => withSchedules(current, schedules));
    const recomputed = await engine.useCalendar(next);
    return c.json({ calendar: calendarView(next), recomputed });
  });

  // Webhook subscriptions, for an administrator: they can receive any agency's entries.
  const webhooks = (c: Context<AppEnv>): WebhookDispatcher => {
    if (!options.authenticate)
      throw new HttpError(
        403,
        'SCOPE_NOT_ALLOWED',
        'managing webhooks needs authenticated administrator credentials: start the service with --tokens or --client-certs',
        {},
      );
    requireAdministrator(c.get('principal'), 'managing webhooks');
    if (!options.webhooks)
      throw new HttpError(
        404,
        'NOT_FOUND',
        'this service delivers no webhooks: start it with --webhooks <file.json> (the file may not exist yet)',
        {},
      );
    return options.webhooks;
  };
  app.get('/admin/webhooks', authenticated, (c) => c.json({ subscriptions: webhooks(c).list() }));
  app.put('/admin/webhooks/:id', authenticated, async (c) => {
    const dispatcher = webhooks(c);
    const { after, ...rest } = parse(webhookPutSchema, await jsonBody(c), 'body');
    const subscription = parse(webhookSubscriptionSchema, { id: c.req.param('id'), ...rest }, 'body');
    const { created, subscription: view } = dispatcher.put(subscription, after);
    return c.json(view, created ? 201 : 200);
  });
  app.delete('/admin/webhooks/:id', authenticated, (c) => {
    const id = c.req.param('id');
    if (!webhooks(c).remove(id)) throw new HttpError(404, 'NOT_FOUND', `no webhook subscription ${id}`, { id });
    return c.json({ removed: id });
  });

  app.get('/health', (c) => c.json({ ok: true as const, modules: engine.modules.length, calendar: engine.calendar.version }));

  return app;
}

/** A principal's scope; no principal (no authenticator) and absent fields see everything. */
function scopeOf(principal: Principal | undefined): { agencies: readonly string[] | '*'; modules: readonly string[] | '*' } {
  return { agencies: principal?.agencies ?? '*', modules: principal?.modules ?? '*' };
}

function isAdmin(principal: Principal | undefined): boolean {
  const scope = scopeOf(principal);
  return scope.agencies === '*' && scope.modules === '*';
}

function requireAdministrator(principal: Principal | undefined, what: string): void {
  if (!isAdmin(principal))
    throw new HttpError(403, 'SCOPE_NOT_ALLOWED', `${what} needs an administrator scope (agencies "*" and modules "*")`, {});
}

/** Whether the credentials may see a case: its agency and module are in their scope. */
function sees(principal: Principal | undefined, record: CaseRecord): boolean {
  const { agencies, modules } = scopeOf(principal);
  return (
    (agencies === '*' || (record.agency !== null && agencies.includes(record.agency))) &&
    (modules === '*' || modules.includes(record.moduleId))
  );
}

function scopeError(what: 'agency' | 'module', value: string, allowed: readonly string[]): HttpError {
  return new HttpError(403, 'SCOPE_NOT_ALLOWED', `these credentials are not scoped to ${what} ${value} (scope: ${allowed.join(', ')})`, {
    [what]: value,
    allowed,
  });
}

/** The agency a case is opened for: the body's, which must be in scope, or the scope's only agency. */
function agencyToOpen(principal: Principal | undefined, agency: string | undefined, moduleId: string): string | undefined {
  const scope = scopeOf(principal);
  if (scope.modules !== '*' && !scope.modules.includes(moduleId)) throw scopeError('module', moduleId, scope.modules);
  if (scope.agencies === '*') return agency;
  if (agency === undefined) {
    if (scope.agencies.length === 1) return scope.agencies[0];
    throw new HttpError(400, 'INVALID_ARGUMENT', `name the agency: these credentials are scoped to ${scope.agencies.join(', ')}`, {
      allowed: scope.agencies,
    });
  }
  if (!scope.agencies.includes(agency)) throw scopeError('agency', agency, scope.agencies);
  return agency;
}

function remoteAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** A case id from the path: the documented id characters only (400 otherwise), before the store is asked. */
function caseIdParam(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!ID_PATTERN.test(id))
    throw new HttpError(400, 'INVALID_ARGUMENT', `case id must match ${ID_PATTERN.source}`, { caseId: id.slice(0, ID_MAX_LENGTH) });
  return id;
}

/** The role a principal needs for POST /admin/calendar. */
export const CALENDAR_ADMIN = 'calendar-admin';

function calendarView(calendar: Calendar) {
  return {
    id: calendar.id,
    version: calendar.version,
    years: [...calendar.years],
    provisional: calendar.provisional,
    provisionalYears: [...calendar.provisionalYears],
  };
}

/** `base` with these schedules added (a year given twice: the later one). */
export function withSchedules(base: Calendar, schedules: readonly YearSchedule[]): Calendar {
  const byYear = new Map(schedules.map((s) => [s.year, s]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return createCalendar({
    base,
    schedules: [...byYear.values()],
    id: `${base.id.replace(/\+provisional$/, '')}+${years.join('+')}${base.provisional ? '+provisional' : ''}`,
  });
}

function calendarGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError) {
      throw error.code === 'YEAR_NOT_LOADED'
        ? new ZwgkError('CALENDAR', error.message, { calendar: error.code, ...error.details })
        : new HttpError(400, 'INVALID_ARGUMENT', error.message, { calendar: error.code });
    }
    throw error;
  }
}

/** A schedule or notice the administrator sent that does not read: 400 with the calendar's message. */
function calendarInput<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError)
      throw new HttpError(400, 'INVALID_ARGUMENT', error.message, { calendar: error.code, ...error.details });
    throw error;
  }
}

function connectionOf(c: Context<AppEnv>): Connection {
  const socket = c.env?.incoming?.socket as Partial<TLSSocket> | undefined;
  if (!socket || typeof socket.getPeerCertificate !== 'function') return {};
  const certificate = socket.getPeerCertificate();
  return {
    authorized: socket.authorized === true,
    ...(certificate && Object.keys(certificate).length > 0 ? { peerCertificate: certificate } : {}),
  };
}

/** Validates a request part; the issues go back to the caller as the library's INVALID_ARGUMENT. */
function parse<S extends z.ZodType>(schema: S, value: unknown, part: 'body' | 'query'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ZwgkError('INVALID_ARGUMENT', describeIssue(parsed.error.issues[0], part), { issues: parsed.error.issues });
}

function instantParam(value: string, name: string): number {
  try {
    return instantToMs(value);
  } catch (error) {
    if (error instanceof CalendarError) throw new HttpError(400, 'INVALID_ARGUMENT', `${name}: ${error.message}`, { [name]: value });
    throw error;
  }
}

function fallsIn(deadline: DeadlineRecord, from: number, to: number): ('warning' | 'due')[] {
  const inside = (ms: number | null) => ms !== null && ms >= from && ms < to;
  return [...(inside(deadline.warnAtMs) ? (['warning'] as const) : []), ...(inside(deadline.dueAtMs) ? (['due'] as const) : [])];
}

/** A case without xstate's snapshot: that is the engine's to read, not the API's contract. */
function publicCase(record: CaseRecord): Omit<CaseRecord, 'snapshot'> {
  const { snapshot: _snapshot, ...rest } = record;
  return rest;
}

function moduleSummary(module: AnyRuleModule) {
  return {
    id: module.id,
    version: module.version,
    key: module.key,
    title: module.title,
    regulation: module.source.name,
    inForce: module.inForce,
    roles: module.roles,
    events: Object.fromEntries(
      Object.entries(module.events).map(([type, spec]) => [type, { roles: spec.roles, label: spec.label, clause: spec.clause ?? null }]),
    ),
  };
}

function findModule(modules: readonly AnyRuleModule[], id: string, version: string | undefined): AnyRuleModule {
  const versions = modules.filter((m) => m.id === id);
  const found =
    version === undefined ? versions.sort((a, b) => compareVersions(b.version, a.version))[0] : versions.find((m) => m.version === version);
  if (!found) {
    throw new ZwgkError('UNKNOWN_MODULE', `no rule module ${id}${version === undefined ? '' : `@${version}`} is loaded`, {
      module: id,
      ...(version === undefined ? {} : { version }),
    });
  }
  return found;
}
