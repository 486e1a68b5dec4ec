import "server-only";
import type pg from "pg";
import type { Store } from "../types";
import { openPostgres, type PoolOptions } from "./database";
import { postgresDesigns } from "./pg-designs";
import { postgresJournal } from "./pg-journal";
import { postgresTimers } from "./pg-timers";

/** The team store on an open (migrated) pool; `close` ends the pool only if `ownsPool`. */
export function postgresStore(pool: pg.Pool, ownsPool = true): Store & { pool: pg.Pool } {
  return {
    kind: "postgres",
    pool,
    journal: postgresJournal(pool),
    timers: postgresTimers(pool),
    designs: postgresDesigns(pool),
    close: async () => {
      if (ownsPool) await pool.end();
    },
  };
}

/** Opens a pool on `url`, migrates the schema, and returns the store on it. */
export async function openPostgresStore(url: string, options: PoolOptions = {}): Promise<Store & { pool: pg.Pool }> {
  return postgresStore(await openPostgres(url, options));
}
