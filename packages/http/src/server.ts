import type { Server } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve as honoServe } from '@hono/node-server';
import { china, type Calendar } from '@zwgk/calendar';
import { createEngine, createScheduler, systemClock, type Clock, type Engine, type FiredDeadline, type RecomputedDeadline, type Scheduler } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { SqliteStore, type SqliteStoreOptions } from '@zwgk/store-sqlite';
import { createHttpApp, type HttpAppOptions } from './app.js';

/** Options of {@link serve}: the app's options and where (and whether with TLS) to listen. */
export interface ServeOptions extends HttpAppOptions {
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: listen beyond loopback only on purpose. */
  readonly hostname?: string;
  /** Serve HTTPS with these options; `{ key, cert, ca, requestCert: true }` asks for client certificates (mutual TLS). */
  readonly tls?: HttpsServerOptions;
}

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
  const app = createHttpApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = honoServe({
      fetch: app.fetch,
      port: options.port ?? 8080,
      hostname,
      ...(options.tls ? { createServer: createHttpsServer, serverOptions: options.tls } : {}),
    }) as Server;
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

/** Options of {@link startService}: the SQLite file, the scheduler's interval and the server's options. */
export interface ServiceOptions extends Omit<ServeOptions, 'engine' | 'clock'> {
  /** The SQLite file (created when missing). */
  readonly store: string;
  readonly sqlite?: SqliteStoreOptions;
  /** Default the system clock; tests pass a SimulatedClock. */
  readonly clock?: Clock;
  /** How often the scheduler fires due deadlines. Default 60 000 ms. */
  readonly tickIntervalMs?: number;
  /** Called with the deadlines each scheduler tick fired (warnings and due), after they are stored. */
  readonly onFired?: (fired: readonly FiredDeadline[]) => void;
  /**
   * The working-day calendar; default `china`. When given (--calendar, --provisional), the running
   * deadlines of the store that were counted with another calendar are recomputed at start, and
   * the ones that moved are in `Service.recomputedAtStart`.
   */
  readonly calendar?: Calendar;
}

/** The one-command service: the server, its engine, store and scheduler. */
export interface Service extends RunningServer {
  readonly engine: Engine;
  readonly store: SqliteStore;
  readonly scheduler: Scheduler;
  /** Deadlines the start-up calendar moved (empty without `calendar`). */
  readonly recomputedAtStart: readonly RecomputedDeadline[];
}

/**
 * The whole service: a SQLite store, the fifteen modules of 西政办发〔2018〕47号, the China
 * working-day calendar, a scheduler that fires deadlines, and the HTTP server. `close()` stops
 * all of it in order.
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const clock = options.clock ?? systemClock;
  const store = new SqliteStore(options.store, options.sqlite);
  try {
    const engine = createEngine({ modules: xiji2018No47.modules, calendar: china, clock, store });
    // Deadlines stored under another calendar (a year loaded since, a provisional count) are brought to this one.
    const recomputedAtStart = options.calendar ? await engine.useCalendar(options.calendar) : [];
    const onError = options.onError ?? ((error: unknown) => console.error(error));
    const scheduler = createScheduler(engine, {
      ...(options.tickIntervalMs === undefined ? {} : { intervalMs: options.tickIntervalMs }),
      ...(options.onFired ? { onFired: options.onFired } : {}),
      onError,
    });
    const server = await serve({ ...options, engine, clock, onError });
    scheduler.start();
    return {
      ...server,
      engine,
      store,
      scheduler,
      recomputedAtStart,
      async close() {
        await scheduler.stop();
        await server.close();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
