import { existsSync, readFileSync } from 'node:fs';
import { delimiter, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Calendar, china, createCalendar, formatIssuePath, loadSchedules, type YearSchedule } from '@zwgk/calendar';
import { z } from 'zod';
import { type Authenticator, bearerTokens, clientCertificates, firstOf, principalSchema, tokenTableSchema } from './auth.js';
import { presets } from './presets.js';
import { isPostgresUrl, type ServiceOptions } from './server.js';
import { webhooksFileSchema } from './webhooks.js';

export const USAGE = `usage: zwgk-http --store <cases.sqlite | postgres://…> [options]

  --store <file|url>      SQLite file of the cases, or a                       env ZWGK_STORE
                          a PostgreSQL URL postgres://user:pass@host:5432/db
  --preset <id>           rule presets to load (repeatable; default national-2019 and xiji-2018-47; known: ${Object.keys(presets).join(', ')})
  --module <path>         an integrator's rule module file (.js/.mjs/.ts; repeatable), as zwgk run --module
  --create                create the SQLite store file when there is none (else a missing file is an error)
  --port <n>              default 8080                                          env PORT
  --hostname <host>       default 127.0.0.1                                     env ZWGK_HOSTNAME
  --tokens <file.json>    bearer tokens: { "<token>": { "actorId", "roles" } }  env ZWGK_TOKENS_FILE
  --tls-cert <file.pem>   serve HTTPS with this certificate …
  --tls-key <file.pem>    … and key
  --tls-ca <file.pem>     CA of client certificates: asks clients for one (mutual TLS)
  --client-certs <file>   client certificates: { "<subject CN>": { "actorId", "roles" } }
  --tick-interval <ms>    how often due deadlines are fired; default 60000
  --checkpoint-key <pem>  Ed25519 private key that signs the ledger's checkpoints (GET /audit/checkpoint)
  --checkpoint-file <f>   write the latest checkpoint there, on start, hourly and on stop
  --checkpoint-interval <ms>  how often to write it; default 3600000
  --calendar <file.json>  add a year's holiday schedule (zwgk calendar import      env ZWGK_CALENDAR
                          writes it; repeatable; a list in the env, like PATH)
  --provisional           count a year without an announced schedule by its        env ZWGK_PROVISIONAL=1
                          statutory holidays; such deadlines say provisional
  A year can also be added at run time: POST /admin/calendar (role calendar-admin).
  --allowed-host <name>   a Host name the service answers for (repeatable; default loopback and --hostname)
  --cors-origin <origin>  let browser pages of this origin call the service (repeatable; default none)
  --max-body-bytes <n>    longest request body; default 262144 (256 KiB)
  --webhooks <file.json>  deliver the change feed: { "subscriptions": [{ "id", "url", "secret", "kinds"?,
                          "agencies"?, "modules"? }] }; delivery state in <file>.state.json; an
                          administrator adds and removes subscriptions with /admin/webhooks (kept in the file)
  --allow-unauthenticated-remote
                          listen beyond loopback without --tokens or --client-certs (any caller may act
                          as any actor: only behind a gateway that authenticates)`;

/** The service's options from the command line, and the module files to load before starting. */
export interface CommandLineOptions extends ServiceOptions {
  /** Rule module files to import (`--module`), loaded by main before the service starts. */
  readonly modulePaths: readonly string[];
}

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
    throw new UsageError(
      `${what} ${path}: an entry ${issue?.path.length ? `(…${formatIssuePath(issue.path.slice(1))})` : ''} ${issue?.message ?? 'is invalid'}`,
    );
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
  return createCalendar({
    base: china,
    schedules: [...byYear.values()],
    provisional,
    id: `china${years.map((y) => `+${y}`).join('')}${provisional ? '+provisional' : ''}`,
  });
}

/** The service's options from the command line and environment (command-line flags win). */
export function serviceOptionsFromArgs(argv: readonly string[], env: Env): CommandLineOptions {
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
        create: { type: 'boolean' },
        'checkpoint-key': { type: 'string' },
        'checkpoint-file': { type: 'string' },
        'checkpoint-interval': { type: 'string' },
        preset: { type: 'string', multiple: true },
        module: { type: 'string', multiple: true },
        'allowed-host': { type: 'string', multiple: true },
        'cors-origin': { type: 'string', multiple: true },
        'max-body-bytes': { type: 'string' },
        webhooks: { type: 'string' },
        'allow-unauthenticated-remote': { type: 'boolean' },
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
  const local = <T extends string | undefined>(path: T): T =>
    path === undefined || isAbsolute(path) || !env.INIT_CWD ? path : (resolve(env.INIT_CWD, path) as T);
  // An empty variable (ZWGK_TOKENS_FILE=) is no setting, not the current folder.
  env = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const storeArg = values.store ?? env.ZWGK_STORE;
  if (!storeArg) throw new UsageError('--store is required');
  const store = isPostgresUrl(storeArg) ? storeArg : local(storeArg);
  for (const id of values.preset ?? [])
    if (!Object.hasOwn(presets, id)) throw new UsageError(`--preset ${id}: unknown preset (known: ${Object.keys(presets).join(', ')})`);
  const tokensFile = local(values.tokens ?? env.ZWGK_TOKENS_FILE);
  const clientCerts = local(values['client-certs']);
  const [cert, key, ca] = [local(values['tls-cert']), local(values['tls-key']), local(values['tls-ca'])];
  if ((cert === undefined) !== (key === undefined)) throw new UsageError('--tls-cert and --tls-key go together');
  if (ca !== undefined && cert === undefined) throw new UsageError('--tls-ca needs --tls-cert and --tls-key');
  if (clientCerts !== undefined && ca === undefined)
    throw new UsageError('--client-certs needs --tls-ca (the CA that signs client certificates)');

  const authenticators: Authenticator[] = [];
  if (tokensFile) authenticators.push(bearerTokens(readJson(tokensFile, tokenTableSchema, 'tokens file')));
  if (clientCerts)
    authenticators.push(
      clientCertificates(readJson(clientCerts, z.record(z.string().min(1), principalSchema), 'client certificates file')),
    );
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  };
  const checkpointKey = local(values['checkpoint-key']);
  const checkpointFile = local(values['checkpoint-file']);
  const checkpoints = {
    ...(checkpointKey === undefined ? {} : { key: read(checkpointKey).toString('utf8') }),
    ...(checkpointFile === undefined ? {} : { file: checkpointFile }),
    ...(values['checkpoint-interval'] === undefined
      ? {}
      : { intervalMs: integer(values['checkpoint-interval'], 'checkpoint-interval', 1000) }),
  };
  const calendar = calendarFromArgs(
    [...(env.ZWGK_CALENDAR ?? '').split(delimiter).filter((p) => p.trim() !== ''), ...values.calendar].map((p) => local(p)),
    values.provisional || env.ZWGK_PROVISIONAL === '1' || env.ZWGK_PROVISIONAL === 'true',
  );
  const port = values.port ?? env.PORT;
  const hostname = values.hostname ?? env.ZWGK_HOSTNAME;
  return {
    store,
    ...(values.create ? { create: true } : {}),
    ...(Object.keys(checkpoints).length === 0 ? {} : { checkpoints }),
    modulePaths: (values.module ?? []).map((path) => local(path)),
    ...(values.preset ? { presets: values.preset } : {}),
    ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] } : {}),
    ...(values['cors-origin'] ? { cors: { origins: values['cors-origin'] } } : {}),
    ...(values['max-body-bytes'] === undefined ? {} : { maxBodyBytes: integer(values['max-body-bytes'], 'max-body-bytes', 1) }),
    ...(values['allow-unauthenticated-remote'] ? { allowUnauthenticatedRemote: true } : {}),
    ...(values.webhooks === undefined
      ? {}
      : {
          webhooks: {
            // A file that does not exist yet starts with no subscriptions; PUT /admin/webhooks/{id} writes it.
            subscriptions: existsSync(local(values.webhooks))
              ? readJson(local(values.webhooks), webhooksFileSchema, 'webhooks file').subscriptions
              : [],
            subscriptionsFile: local(values.webhooks),
            statePath: `${local(values.webhooks)}.state.json`,
          },
        }),
    ...(port === undefined ? {} : { port: integer(port, 'port', 0) }),
    ...(hostname === undefined ? {} : { hostname }),
    ...(values['tick-interval'] === undefined ? {} : { tickIntervalMs: integer(values['tick-interval'], 'tick-interval', 1000) }),
    ...(calendar ? { calendar } : {}),
    ...(authenticators.length === 0 ? {} : { authenticate: authenticators.length === 1 ? authenticators[0]! : firstOf(...authenticators) }),
    // Client certificates are asked for but not required by TLS: a bearer token may stand in, and a
    // missing or untrusted certificate is refused by the authenticator with a JSON 401.
    ...(cert && key
      ? { tls: { cert: read(cert), key: read(key), ...(ca ? { ca: read(ca), requestCert: true, rejectUnauthorized: false } : {}) } }
      : {}),
  };
}
