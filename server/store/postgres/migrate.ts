import "server-only";
import path from "node:path";
import { runner } from "node-pg-migrate";
import type pg from "pg";
import { projectRoot } from "../../util/project-root";

/** The SQL migrations, in order of their numeric (timestamp) prefix. */
export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ projectRoot(), "server", "store", "postgres", "migrations");

/** node-pg-migrate's bookkeeping table, in the same database. */
export const MIGRATIONS_TABLE = "schema_migrations";

/**
 * Brings the schema up to date with node-pg-migrate: every pending file in MIGRATIONS_DIR
 * runs, all in one transaction. Several app instances and workers may start at once, so each
 * waits on node-pg-migrate's advisory lock instead of failing. Returns the names it ran.
 */
export async function migrateUp(client: pg.ClientBase): Promise<string[]> {
  const ran = await runner({
    dbClient: client,
    dir: MIGRATIONS_DIR,
    migrationsTable: MIGRATIONS_TABLE,
    direction: "up",
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: "wait",
    log: () => {},
  });
  return ran.map((m) => m.name);
}
