// The durable stores the process-level tests run against, named by a spec a child process can be
// given on its command line: `sqlite:<file>` or `postgres:<schema>` (the server from ZWGK_PG_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseStore } from '@zwgk/core';
import { PostgresStore } from '@zwgk/store-postgres';
import { SqliteStore } from '@zwgk/store-sqlite';
import pg from 'pg';

export type StoreKind = 'sqlite' | 'postgres';

/** Opens the store a spec names (creating it only with `create`); `close` releases it. */
export async function openStore(
  spec: string,
  busyTimeoutMs = 20_000,
  { create = false } = {},
): Promise<{ store: CaseStore; close: () => Promise<void> }> {
  const [kind, ...rest] = spec.split(':');
  const target = rest.join(':');
  if (kind === 'sqlite') {
    const store = new SqliteStore(target, { synchronous: 'NORMAL', busyTimeoutMs, create });
    return { store, close: async () => store.close() };
  }
  if (kind === 'postgres') {
    const store = await PostgresStore.open({ connection: process.env.ZWGK_PG_URL!, schema: target, maxConnections: 2, create });
    return { store, close: () => store.close() };
  }
  throw new Error(`unknown store spec ${spec}`);
}

/** A fresh, empty place for one test: a temporary SQLite file, or a new PostgreSQL schema. */
export function freshSpec(kind: StoreKind): { spec: string; cleanup: () => Promise<void> } {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-durability-'));
    return { spec: `sqlite:${join(dir, 'cases.sqlite')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `zwgk_durability_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  return {
    spec: `postgres:${schema}`,
    cleanup: async () => {
      const admin = new pg.Client({ connectionString: process.env.ZWGK_PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** The stores to test here: SQLite always; PostgreSQL when a server is given (and always in CI). */
export function storeKinds(): StoreKind[] {
  if (!process.env.ZWGK_PG_URL && process.env.CI)
    throw new Error('ZWGK_PG_URL is not set: CI must start PostgreSQL (scripts/postgres-test-server.sh)');
  if (!process.env.ZWGK_PG_URL)
    console.warn('durability tests run on SQLite only: no PostgreSQL server (set ZWGK_PG_URL, see scripts/postgres-test-server.sh)');
  return process.env.ZWGK_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}
