import { describe } from "vitest";
import { usePostgres } from "../../testing/postgres-harness";
import { describeStore } from "../../testing/store-suite";
import { openPostgresStore } from "./pg-store";

describe("PostgreSQL", () => {
  const pg = usePostgres();
  describeStore("PostgreSQL", async () => openPostgresStore(await pg.server.createDatabase(), { max: 4 }));
});
