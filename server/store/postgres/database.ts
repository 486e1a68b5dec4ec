import "server-only";
import pg from "pg";
import { migrateUp } from "./migrate";

/**
 * BIGINT (epoch milliseconds, sequence numbers) comes back as a JS number: every value this
 * project stores fits in 2^53.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type PoolOptions = { max?: number; applicationName?: string };

/**
 * Opens a pool on `url` and migrates the schema before handing it out, so every process
 * (app instance, worker, CLI) starts on the current schema without a separate step.
 */
export async function openPostgres(url: string, options: PoolOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: options.applicationName ?? "vpcd" });
  // An idle client that loses its server (restart, network) must not crash the process.
  pool.on("error", () => {});
  const client = await pool.connect();
  try {
    await migrateUp(client);
  } finally {
    client.release();
  }
  return pool;
}

const holder = globalThis as { __vpcdPostgres?: Map<string, Promise<pg.Pool>> };

/** The process's migrated pool for `url`, opened once (Next can load a module twice; globalThis cannot). */
export function sharedPostgres(url: string): Promise<pg.Pool> {
  holder.__vpcdPostgres ??= new Map();
  let pool = holder.__vpcdPostgres.get(url);
  if (!pool) {
    pool = openPostgres(url);
    holder.__vpcdPostgres.set(url, pool);
    pool.catch(() => holder.__vpcdPostgres?.delete(url));
  }
  return pool;
}
