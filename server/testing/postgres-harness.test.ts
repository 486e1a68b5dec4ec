import { readdirSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgres } from "../store/postgres/database";
import { MIGRATIONS_DIR } from "../store/postgres/migrate";
import { usePostgres } from "./postgres-harness";

describe("the PostgreSQL test harness", () => {
  const pgh = usePostgres();

  it("runs a real server on loopback and migrates a fresh database to the current schema, once", async () => {
    const url = await pgh.server.createDatabase();
    expect(url).toMatch(/^postgres:\/\/vpcd@127\.0\.0\.1:\d+\/t_[0-9a-f]{10}$/);
    const pool = await openPostgres(url);
    const tables = await pool.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(["deployment_leases", "deployments", "designs", "entries", "lab_timers", "schema_migrations", "classes", "class_members", "auth_user", "auth_session"]));
    await pool.end();
    // Opening again finds nothing pending: the migration ran exactly once.
    const again = await openPostgres(url);
    expect((await again.query("SELECT count(*)::int AS n FROM schema_migrations")).rows[0].n).toBe(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).length);
    await again.end();
  });

  it("gives each database its own tables", async () => {
    const [a, b] = [await pgh.server.createDatabase(), await pgh.server.createDatabase()];
    const client = new pg.Client({ connectionString: a });
    await client.connect();
    await client.query("CREATE TABLE only_here (x int)");
    await client.end();
    const other = new pg.Client({ connectionString: b });
    await other.connect();
    await expect(other.query("SELECT * FROM only_here")).rejects.toThrow(/does not exist/);
    await other.end();
  });
});
