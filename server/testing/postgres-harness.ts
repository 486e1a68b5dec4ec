import "server-only";
import { afterAll, beforeAll } from "vitest";
import { startPostgres, type PostgresServer } from "./postgres-server";

export { postgresBinDir, startPostgres, type PostgresServer } from "./postgres-server";

export type PostgresHandle = {
  /** The running server (valid from `beforeAll` on). */
  readonly server: PostgresServer;
};

/**
 * One PostgreSQL per vitest file: `beforeAll` starts it, `afterAll` stops it and deletes its
 * data. Tests call `pg.server.createDatabase()` for an empty database of their own.
 */
export function usePostgres(): PostgresHandle {
  let current: PostgresServer | undefined;
  beforeAll(async () => {
    current = await startPostgres();
  });
  afterAll(async () => {
    await current?.stop();
    current = undefined;
  });
  return {
    get server() {
      if (!current) throw new Error("usePostgres: PostgreSQL is not running (use it inside tests or hooks)");
      return current;
    },
  };
}

