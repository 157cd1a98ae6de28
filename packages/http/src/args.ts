import { readFileSync } from 'node:fs';
import { delimiter, isAbsolute, resolve } from 'node:path';
import { china, createCalendar, loadSchedules, type Calendar, type YearSchedule } from '@zwgk/calendar';
import { parseArgs } from 'node:util';
import { formatIssuePath } from '@zwgk/calendar';
import { z } from 'zod';
import { bearerTokens, clientCertificates, firstOf, principalSchema, tokenTableSchema, type Authenticator } from './auth.js';
import type { ServiceOptions } from './server.js';

export const USAGE = `usage: zwgk-http --store <cases.sqlite> [options]

  --store <file>          SQLite file of the cases (created when missing)      env ZWGK_STORE
  --port <n>              default 8080                                          env PORT
  --hostname <host>       default 127.0.0.1                                     env ZWGK_HOSTNAME
  --tokens <file.json>    bearer tokens: { "<token>": { "actorId", "roles" } }  env ZWGK_TOKENS_FILE
  --tls-cert <file.pem>   serve HTTPS with this certificate …
  --tls-key <file.pem>    … and key
  --tls-ca <file.pem>     CA of client certificates: asks clients for one (mutual TLS)
  --client-certs <file>   client certificates: { "<subject CN>": { "actorId", "roles" } }
  --tick-interval <ms>    how often due deadlines are fired; default 60000
  --calendar <file.json>  add a year's holiday schedule (zwgk calendar import      env ZWGK_CALENDAR
                          writes it; repeatable; a list in the env, like PATH)
  --provisional           count a year without an announced schedule by its        env ZWGK_PROVISIONAL=1
                          statutory holidays; such deadlines say provisional
  A year can also be added at run time: POST /admin/calendar (role calendar-admin).`;

/** A mistake in the command line or a configuration file: printed with the usage, exit code 2. */
export class UsageError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

function readJson<S extends z.ZodType>(path: string, schema: S, what: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${what} ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The path's first key may be a secret token: report only what is wrong.
    throw new UsageError(`${what} ${path}: an entry ${issue?.path.length ? `(…${formatIssuePath(issue.path.slice(1))})` : ''} ${issue?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}

function integer(text: string, name: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got ${text}`);
  return n;
}

/** `china` with the schedule files' years (a later file wins a year), provisional if asked; undefined for plain `china`. */
function calendarFromArgs(files: readonly string[], provisional: boolean): Calendar | undefined {
  if (files.length === 0 && !provisional) return undefined;
  const byYear = new Map<number, YearSchedule>();
  for (const file of files) {
    try {
      for (const s of loadSchedules(JSON.parse(readFileSync(file, 'utf8')))) byYear.set(s.year, s);
    } catch (error) {
      throw new UsageError(`--calendar ${file}: ${(error as Error).message}`);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return createCalendar({ base: china, schedules: [...byYear.values()], provisional, id: `china${years.map((y) => `+${y}`).join('')}${provisional ? '+provisional' : ''}` });
}

/** The service's options from the command line and environment (command-line flags win). */
export function serviceOptionsFromArgs(argv: readonly string[], env: Env): ServiceOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        store: { type: 'string' },
        port: { type: 'string' },
        hostname: { type: 'string' },
        tokens: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'tls-ca': { type: 'string' },
        'client-certs': { type: 'string' },
        'tick-interval': { type: 'string' },
        calendar: { type: 'string', multiple: true, default: [] },
        provisional: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // `npm start -w @zwgk/http` runs in the package's folder; a relative path means the caller's.
  const local = <T extends string | undefined>(path: T): T => (path === undefined || isAbsolute(path) || !env.INIT_CWD ? path : (resolve(env.INIT_CWD, path) as T));
  const store = local(values.store ?? env.ZWGK_STORE);
  if (!store) throw new UsageError('--store is required');
  const tokensFile = local(values.tokens ?? env.ZWGK_TOKENS_FILE);
  const clientCerts = local(values['client-certs']);
  const [cert, key, ca] = [local(values['tls-cert']), local(values['tls-key']), local(values['tls-ca'])];
  if ((cert === undefined) !== (key === undefined)) throw new UsageError('--tls-cert and --tls-key go together');
  if (ca !== undefined && cert === undefined) throw new UsageError('--tls-ca needs --tls-cert and --tls-key');
  if (clientCerts !== undefined && ca === undefined) throw new UsageError('--client-certs needs --tls-ca (the CA that signs client certificates)');

  const authenticators: Authenticator[] = [];
  if (tokensFile) authenticators.push(bearerTokens(readJson(tokensFile, tokenTableSchema, 'tokens file')));
  if (clientCerts) authenticators.push(clientCertificates(readJson(clientCerts, z.record(z.string().min(1), principalSchema), 'client certificates file')));
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  };
  const calendar = calendarFromArgs(
    [...(env.ZWGK_CALENDAR ?? '').split(delimiter).filter((p) => p.trim() !== ''), ...values.calendar].map((p) => local(p)),
    values.provisional || env.ZWGK_PROVISIONAL === '1' || env.ZWGK_PROVISIONAL === 'true',
  );
  const port = values.port ?? env.PORT;
  const hostname = values.hostname ?? env.ZWGK_HOSTNAME;
  return {
    store,
    ...(port === undefined ? {} : { port: integer(port, 'port', 0) }),
    ...(hostname === undefined ? {} : { hostname }),
    ...(values['tick-interval'] === undefined ? {} : { tickIntervalMs: integer(values['tick-interval'], 'tick-interval', 1000) }),
    ...(calendar ? { calendar } : {}),
    ...(authenticators.length === 0 ? {} : { authenticate: authenticators.length === 1 ? authenticators[0]! : firstOf(...authenticators) }),
    // Client certificates are asked for but not required by TLS: a bearer token may stand in, and a
    // missing or untrusted certificate is refused by the authenticator with a JSON 401.
    ...(cert && key ? { tls: { cert: read(cert), key: read(key), ...(ca ? { ca: read(ca), requestCert: true, rejectUnauthorized: false } : {}) } } : {}),
  };
}
