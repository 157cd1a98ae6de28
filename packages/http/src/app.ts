import type { TLSSocket } from 'node:tls';
import type { HttpBindings } from '@hono/node-server';
import { applyHolidayNotice, CalendarError, createCalendar, describeIssue, instantToMs, loadSchedules, parseHolidayNotice, toInstant, type Calendar, type YearSchedule } from '@zwgk/calendar';
import { compareVersions, moduleJsonSchemas, systemClock, ZwgkError, type AnyRuleModule, type CaseRecord, type Clock, type DeadlineRecord, type Engine } from '@zwgk/core';
import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { resolveActor, type Authenticator, type Connection, type Principal } from './auth.js';
import { errorResponse, HttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { calendarUpdateBodySchema, deadlineQuerySchema, listCasesQuerySchema, openCaseBodySchema, schemasQuerySchema, sendEventBodySchema, upcomingQuerySchema, verifyQuerySchema } from './schemas.js';

/** Options of {@link createHttpApp}: the engine to expose and how requests are authenticated. */
export interface HttpAppOptions {
  readonly engine: Engine;
  /** Ties requests to principals (bearer tokens, client certificates). Without it, every request is trusted to name its actor. */
  readonly authenticate?: Authenticator;
  /** The clock of the default window of /deadlines/upcoming; give the engine's. Default the system clock. */
  readonly clock?: Clock;
  /** Called with failures that are not the client's fault (500). Default `console.error`. */
  readonly onError?: (error: unknown) => void;
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
  const app = new Hono<AppEnv>();
  let openApi: unknown;

  app.onError((error, c) => {
    const { status, body, unexpected } = errorResponse(error);
    if (unexpected) logError(error);
    if (status === 401) c.header('WWW-Authenticate', 'Bearer');
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  // Per route rather than app-wide, so that /health and /openapi.json stay open wherever the app is mounted.
  const authenticated = createMiddleware<AppEnv>(async (c, next) => {
    if (options.authenticate) {
      const principal = await options.authenticate(c.req.raw, connectionOf(c));
      if (!principal) throw new HttpError(401, 'UNAUTHENTICATED', 'credentials are missing or not recognised');
      c.set('principal', principal);
    }
    await next();
  });

  app.post('/cases', authenticated, async (c) => {
    const body = parse(openCaseBodySchema, await jsonBody(c), 'body');
    const actor = resolveActor(c.req.raw, body.actor, c.get('principal'));
    const result = await engine.open(body.moduleId, {
      input: body.input,
      actor,
      ...(body.occurredAt === undefined ? {} : { occurredAt: body.occurredAt }),
      ...(body.agency === undefined ? {} : { agency: body.agency }),
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.caseId === undefined ? {} : { caseId: body.caseId }),
    });
    c.header('Location', `/cases/${encodeURIComponent(result.caseId)}`);
    return c.json(result, 201);
  });

  app.post('/cases/:id/events', authenticated, async (c) => {
    const body = parse(sendEventBodySchema, await jsonBody(c), 'body');
    const actor = resolveActor(c.req.raw, body.actor, c.get('principal'));
    const result = await engine.send(c.req.param('id'), {
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
    const view = await engine.getCase(c.req.param('id'));
    return c.json({ case: publicCase(view.case), deadlines: view.deadlines, acceptedEvents: view.acceptedEvents });
  });

  app.get('/cases/:id/history', authenticated, async (c) => {
    const caseId = c.req.param('id');
    return c.json({ caseId, entries: await engine.history(caseId) });
  });

  app.get('/cases', authenticated, async (c) => {
    const q = parse(listCasesQuerySchema, c.req.query(), 'query');
    const cases = await engine.listCases({
      limit: q.limit,
      ...(q.module === undefined ? {} : { moduleId: q.module }),
      ...(q.state === undefined ? {} : { state: q.state }),
      ...(q.status === undefined ? {} : { status: q.status }),
      ...(q.agency === undefined ? {} : { agency: q.agency }),
      ...(q.parent === undefined ? {} : { parentId: q.parent }),
    });
    return c.json({ cases: cases.map(publicCase) });
  });

  app.get('/deadlines/upcoming', authenticated, async (c) => {
    const q = parse(upcomingQuerySchema, c.req.query(), 'query');
    const from = q.from === undefined ? clock.now() : instantParam(q.from, 'from');
    const to = q.to === undefined ? from + 7 * DAY_MS : instantParam(q.to, 'to');
    if (to <= from) throw new HttpError(400, 'INVALID_ARGUMENT', 'to must be after from', { from: q.from ?? null, to: q.to ?? null });
    const deadlines = await engine.upcoming({ from, to });
    return c.json({ from: toInstant(from), to: toInstant(to), deadlines: deadlines.map((deadline) => ({ falls: fallsIn(deadline, from, to), deadline })) });
  });

  app.get('/audit/verify', authenticated, async (c) => {
    const q = parse(verifyQuerySchema, c.req.query(), 'query');
    if (q.caseId !== undefined) await engine.getCase(q.caseId); // 404 for an unknown case, not an empty "ok"
    return c.json(await engine.verifyAudit(q.caseId));
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
      q.unit === 'hours' ? calendar.hourDeadline(q.start, q.length) : q.unit === 'workingDays' ? calendar.workingDayDeadline(q.start, q.length) : calendar.calendarDayDeadline(q.start, q.length),
    );
    return c.json(computed);
  });

  // An administrator adds the year the State Council has just announced (or a corrected one); the
  // engine recomputes the running deadlines it moves and audits each on its case. Kept in memory:
  // start the service with --calendar for the year too, so a restart keeps it.
  app.post('/admin/calendar', authenticated, async (c) => {
    const principal = c.get('principal');
    if (!options.authenticate) throw new HttpError(403, 'ROLE_NOT_ALLOWED', `changing the calendar needs an authenticated ${CALENDAR_ADMIN}: start the service with --tokens or --client-certs`, { role: CALENDAR_ADMIN });
    if (!principal || (principal.roles !== '*' && !principal.roles.includes(CALENDAR_ADMIN))) {
      throw new HttpError(403, 'ROLE_NOT_ALLOWED', `changing the calendar needs the role ${CALENDAR_ADMIN}`, { role: CALENDAR_ADMIN });
    }
    const body = parse(calendarUpdateBodySchema, await jsonBody(c), 'body');
    const current = engine.calendar;
    const schedules = calendarInput(() =>
      'noticeText' in body && typeof body.noticeText === 'string' ? applyHolidayNotice(current.schedules, parseHolidayNotice(body.noticeText)).changed : loadSchedules(body),
    );
    const next = calendarInput(() => withSchedules(current, schedules));
    const recomputed = await engine.useCalendar(next);
    return c.json({ calendar: calendarView(next), recomputed });
  });

  app.get('/health', (c) => c.json({ ok: true as const, modules: engine.modules.length, calendar: engine.calendar.version }));

  return app;
}

/** The role a principal needs for POST /admin/calendar. */
export const CALENDAR_ADMIN = 'calendar-admin';

function calendarView(calendar: Calendar) {
  return { id: calendar.id, version: calendar.version, years: [...calendar.years], provisional: calendar.provisional, provisionalYears: [...calendar.provisionalYears] };
}

/** `base` with these schedules added (a year given twice: the later one). */
export function withSchedules(base: Calendar, schedules: readonly YearSchedule[]): Calendar {
  const byYear = new Map(schedules.map((s) => [s.year, s]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return createCalendar({ base, schedules: [...byYear.values()], id: `${base.id.replace(/\+provisional$/, '')}+${years.join('+')}${base.provisional ? '+provisional' : ''}` });
}

function calendarGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError) {
      throw error.code === 'YEAR_NOT_LOADED' ? new ZwgkError('CALENDAR', error.message, { calendar: error.code, ...error.details }) : new HttpError(400, 'INVALID_ARGUMENT', error.message, { calendar: error.code });
    }
    throw error;
  }
}

/** A schedule or notice the administrator sent that does not read: 400 with the calendar's message. */
function calendarInput<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarError) throw new HttpError(400, 'INVALID_ARGUMENT', error.message, { calendar: error.code, ...error.details });
    throw error;
  }
}

function connectionOf(c: Context<AppEnv>): Connection {
  const socket = c.env?.incoming?.socket as Partial<TLSSocket> | undefined;
  if (!socket || typeof socket.getPeerCertificate !== 'function') return {};
  const certificate = socket.getPeerCertificate();
  return { authorized: socket.authorized === true, ...(certificate && Object.keys(certificate).length > 0 ? { peerCertificate: certificate } : {}) };
}

async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'INVALID_ARGUMENT', `the request body is not valid JSON: ${(error as Error).message}`);
  }
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
    events: Object.fromEntries(Object.entries(module.events).map(([type, spec]) => [type, { roles: spec.roles, label: spec.label, clause: spec.clause ?? null }])),
  };
}

function findModule(modules: readonly AnyRuleModule[], id: string, version: string | undefined): AnyRuleModule {
  const versions = modules.filter((m) => m.id === id);
  const found = version === undefined ? versions.sort((a, b) => compareVersions(b.version, a.version))[0] : versions.find((m) => m.version === version);
  if (!found) {
    throw new ZwgkError('UNKNOWN_MODULE', `no rule module ${id}${version === undefined ? '' : `@${version}`} is loaded`, { module: id, ...(version === undefined ? {} : { version }) });
  }
  return found;
}
