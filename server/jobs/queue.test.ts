import { describe, expect, it } from "vitest";
import { usePostgres } from "../testing/postgres-harness";
import { QUEUES, startBoss } from "./queue";

describe("app instances and workers starting together on a new team database", () => {
  const pg = usePostgres();

  // Regression: two openTeam() at once on a fresh database made one of them PostgreSQL's
  // deadlock victim inside pg-boss's createQueue, and that instance failed to start.
  it.each([1, 2, 3])("all start, and the queues exist once (round %i)", async () => {
    const url = await pg.server.createDatabase();
    const bosses = await Promise.all(Array.from({ length: 4 }, (_, i) => startBoss({ url, isWorker: i === 0, applicationName: `racer-${i}` })));
    try {
      for (const name of Object.values(QUEUES)) expect((await bosses[0]!.getQueue(name))?.name).toBe(name);
      const names = (await bosses[1]!.getQueues()).map((q) => q.name);
      for (const name of Object.values(QUEUES)) expect(names.filter((n) => n === name)).toHaveLength(1);
    } finally {
      await Promise.all(bosses.map((b) => b.stop({ graceful: false, wait: true })));
    }
  });
});
