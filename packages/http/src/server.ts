import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { serve as honoServe } from '@hono/node-server';
import { type Calendar, china, toInstant } from '@zwgk/calendar';
import {
  type AnyRuleModule,
  type CaseStore,
  type Checkpoint,
  type Clock,
  createEngine,
  createScheduler,
  type Engine,
  type FiredDeadline,
  LedgerTree,
  type RecomputedDeadline,
  type Scheduler,
  systemClock,
  takeCheckpoint,
} from '@zwgk/core';
import { PostgresStore, type PostgresStoreOptions } from '@zwgk/store-postgres';
import { SqliteStore, type SqliteStoreOptions } from '@zwgk/store-sqlite';
import { createHttpApp, type HttpAppOptions } from './app.js';
import { LOOPBACK_HOSTS } from './guards.js';
import { DEFAULT_PRESETS, presetModules } from './presets.js';
import { WebhookDispatcher, type WebhookOptions } from './webhooks.js';

/** Options of {@link serve}: the app's options and where (and whether with TLS) to listen. */
export interface ServeOptions extends HttpAppOptions {
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: listen beyond loopback only on purpose. */
  readonly hostname?: string;
  /** Serve HTTPS with these options; `{ key, cert, ca, requestCert: true }` asks for client certificates (mutual TLS). */
  readonly tls?: HttpsServerOptions;
  /**
   * Without an authenticator every caller may act as any actor, so `serve` refuses a hostname
   * beyond loopback unless this says so (a gateway in front authenticates). Default false.
   */
  readonly allowUnauthenticatedRemote?: boolean;
}

/** True for the loopback addresses and names. */
export const isLoopback = (hostname: string) =>
  ['127.0.0.1', '::1', 'localhost', '[::1]'].includes(hostname.toLowerCase()) || /^127\./.test(hostname);

/** A listening server: its address and how to close it. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

/** Serves {@link createHttpApp} on Node's HTTP (or HTTPS) server; resolves once it listens. */
export function serve(options: ServeOptions): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  if (!options.authenticate && !isLoopback(hostname) && !options.allowUnauthenticatedRemote) {
    return Promise.reject(
      new TypeError(
        `serve: refusing to listen on ${hostname} without an authenticator (tokens or client certificates); pass allowUnauthenticatedRemote (--allow-unauthenticated-remote) if a gateway in front authenticates`,
      ),
    );
  }
  const app = createHttpApp({ ...options, allowedHosts: options.allowedHosts ?? defaultAllowedHosts(hostname) });
  return new Promise((resolve, reject) => {
    const server = honoServe({
      fetch: app.fetch,
      port: options.port ?? 8080,
      hostname,
      ...(options.tls ? { createServer: createHttpsServer, serverOptions: options.tls } : {}),
    }) as Server;
    server.on('clientError', answerClientError);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = hostname.includes(':') ? `[${hostname}]` : hostname;
      resolve({
        url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open until they time out.
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/**
 * The Host names a server answers for unless configured: the loopback names, and the address it
 * listens on; any when it listens on every interface (it then needs an authenticator, see main).
 */
function defaultAllowedHosts(hostname: string): readonly string[] | '*' {
  if (hostname === '0.0.0.0' || hostname === '::') return '*';
  return [...new Set([...LOOPBACK_HOSTS, hostname.includes(':') ? `[${hostname}]` : hostname])];
}

/**
 * Node refuses a request it cannot parse (a head over 16 KiB, a malformed request line) before the
 * app sees it, with a bare status; this answers in the service's JSON error shape instead.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLong = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: tooLong
      ? { code: 'URI_TOO_LONG', message: 'the request head (URL and headers) is longer than the service reads' }
      : { code: 'INVALID_ARGUMENT', message: 'the request is not well-formed HTTP' },
  });
  const status = tooLong ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Options of {@link startService}: the store, the rules, the scheduler's interval and the server's options. */
export interface ServiceOptions extends Omit<ServeOptions, 'engine' | 'clock' | 'webhooks'> {
  /** A SQLite file (created only with `create`) or a PostgreSQL URL (`postgres://user@host:5432/db`). */
  readonly store: string;
  /** Create the file when there is none (`--create`). Default false: a missing file is an error, never a new empty store. */
  readonly create?: boolean;
  /** Checkpoints of the store's ledger: signed with `key`, and written to `file` every `intervalMs`, so a copy lives outside the database. */
  readonly checkpoints?: CheckpointOptions;
  readonly sqlite?: SqliteStoreOptions;
  /** Options of the PostgreSQL store besides its URL (schema, pool size). */
  readonly postgres?: Omit<PostgresStoreOptions, 'connection'>;
  /** Presets to load, by id (see {@link presets}). Default `['xiji-2018-47']`. */
  readonly presets?: readonly string[];
  /** More rule modules (an integrator's), loaded beside the presets'. */
  readonly modules?: readonly AnyRuleModule[];
  /** Default the system clock; tests pass a SimulatedClock. */
  readonly clock?: Clock;
  /** How often the scheduler fires due deadlines. Default 60 000 ms. */
  readonly tickIntervalMs?: number;
  /** Called with the deadlines each scheduler tick fired (warnings and due), after they are stored. */
  readonly onFired?: (fired: readonly FiredDeadline[]) => void;
  /** Deliver the change feed to these webhook subscriptions (see {@link WebhookDispatcher}). */
  readonly webhooks?: Omit<WebhookOptions, 'clock' | 'onError'>;
  /**
   * The working-day calendar; default `china`. When given (--calendar, --provisional), the running
   * deadlines of the store that were counted with another calendar are recomputed at start, and
   * the ones that moved are in `Service.recomputedAtStart`.
   */
  readonly calendar?: Calendar;
}

/** Options of the service's checkpoints (see {@link ServiceOptions.checkpoints}). */
export interface CheckpointOptions {
  /** An Ed25519 private key (PEM text or a KeyObject) that signs every checkpoint. */
  readonly key?: string | KeyObject;
  /** Where to write the latest checkpoint (replaced atomically), for `zwgk audit verify --since`. */
  readonly file?: string;
  /** How often to write it. Default 3 600 000 ms (hourly); also written on start and on close. */
  readonly intervalMs?: number;
}

/** A store the service opened and closes. */
export type ServiceStore = CaseStore & { close(): void | Promise<void> };

/** The one-command service: the server, its engine, store and scheduler. */
export interface Service extends RunningServer {
  readonly engine: Engine;
  readonly store: ServiceStore;
  readonly scheduler: Scheduler;
  /** The store ledger's checkpoint now (signed when a key was given). */
  checkpoint(): Promise<Checkpoint>;
  /** Deadlines the start-up calendar moved (empty without `calendar`). */
  readonly recomputedAtStart: readonly RecomputedDeadline[];
  /** Present when webhooks are configured. */
  readonly webhooks?: WebhookDispatcher;
}

/** True for a PostgreSQL connection URL rather than a SQLite file name. */
export const isPostgresUrl = (store: string) => /^postgres(ql)?:\/\//i.test(store);

async function openStore(options: ServiceOptions): Promise<ServiceStore> {
  if (isPostgresUrl(options.store))
    return PostgresStore.open({ ...options.postgres, connection: options.store, ...(options.create ? { create: true } : {}) });
  return new SqliteStore(options.store, { ...options.sqlite, ...(options.create ? { create: true } : {}) });
}

/**
 * The whole service: a SQLite or PostgreSQL store, the rule modules of the presets named (default
 * the fifteen of 西政办发〔2018〕47号) and any more given, the China working-day calendar, a
 * scheduler that fires deadlines, and the HTTP server. `close()` stops all of it in order.
 * Several instances may share one PostgreSQL database: each runs its scheduler, and the store
 * lets exactly one of them fire each deadline.
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const clock = options.clock ?? systemClock;
  const modules = [...presetModules(options.presets ?? DEFAULT_PRESETS), ...(options.modules ?? [])];
  const store = await openStore(options);
  let writer: NodeJS.Timeout | undefined;
  try {
    const engine = createEngine({ modules, calendar: china, clock, store });
    // Deadlines stored under another calendar (a year loaded since, a provisional count) are brought to this one.
    const recomputedAtStart = options.calendar ? await engine.useCalendar(options.calendar) : [];
    const onError = options.onError ?? ((error: unknown) => console.error(error));
    const checkpoint = checkpointer(store, clock, options.checkpoints);
    const writeCheckpoint = async () => {
      const file = options.checkpoints?.file;
      if (!file) return;
      const text = `${JSON.stringify(await checkpoint())}\n`;
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file); // a reader never sees half a checkpoint
    };
    await writeCheckpoint();
    if (options.checkpoints?.file) {
      writer = setInterval(() => writeCheckpoint().catch(onError), options.checkpoints.intervalMs ?? 3_600_000);
      writer.unref();
    }
    const scheduler = createScheduler(engine, {
      ...(options.tickIntervalMs === undefined ? {} : { intervalMs: options.tickIntervalMs }),
      ...(options.onFired ? { onFired: options.onFired } : {}),
      onError,
    });
    const webhooks = options.webhooks ? new WebhookDispatcher(engine, { ...options.webhooks, clock, onError }) : undefined;
    const { webhooks: _webhookOptions, ...serveOptions } = options;
    const server = await serve({ ...serveOptions, engine, clock, onError, checkpoint, ...(webhooks ? { webhooks } : {}) });
    scheduler.start();
    webhooks?.start();
    return {
      ...server,
      engine,
      store,
      scheduler,
      ...(webhooks ? { webhooks } : {}),
      checkpoint,
      recomputedAtStart,
      async close() {
        clearInterval(writer);
        await webhooks?.stop();
        await scheduler.stop();
        await server.close();
        await writeCheckpoint().catch(onError);
        await store.close();
      },
    };
  } catch (error) {
    clearInterval(writer);
    await store.close();
    throw error;
  }
}

/** Takes checkpoints of the store's ledger, reading only the leaves added since the last one, signed when a key is given. */
function checkpointer(store: CaseStore, clock: Clock, options: CheckpointOptions = {}): () => Promise<Checkpoint> {
  const tree = new LedgerTree();
  const key = typeof options.key === 'string' ? createPrivateKey(options.key) : options.key;
  if (key && key.asymmetricKeyType !== 'ed25519')
    throw new Error(`checkpoint key is a ${key.asymmetricKeyType} key; checkpoints are signed with Ed25519`);
  const signer = key ? (text: string) => sign(null, Buffer.from(text), key).toString('base64') : undefined;
  return () => takeCheckpoint(store, toInstant(clock.now()), { tree, ...(signer ? { sign: signer } : {}) });
}
