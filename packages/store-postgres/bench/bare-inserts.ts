// The PostgreSQL baseline of the durable benchmarks (store, HTTP service): one client committing
// one small row per transaction (prepared, autocommit: one round trip and one commit each).
import pg from 'pg';

/** One-row INSERT transactions per second on one connection for `ms`, into `schema.bare` (created when missing). */
export async function bareInsertRate(url: string, schema: string, ms: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `CREATE SCHEMA IF NOT EXISTS ${schema}; CREATE TABLE IF NOT EXISTS ${schema}.bare (id bigserial PRIMARY KEY, v text NOT NULL)`,
  );
  const insert = { name: 'bare-insert', text: `INSERT INTO ${schema}.bare (v) VALUES ($1)` };
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) await client.query({ ...insert, values: [`row ${n++}`] });
  const rate = (n / (performance.now() - t0)) * 1000;
  await client.end();
  return rate;
}

/** Drops what a benchmark made on the server. */
export async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
