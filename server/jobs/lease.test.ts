import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePostgres } from "../testing/postgres-harness";
import { openTeam, type Team } from "./team";
import { acquireLease, leaseHolder, takeExpiredLeases } from "./lease";
import { QUEUES, inTransaction } from "./queue";
import { fireDueTimers } from "./worker";

describe("team mode's leases and timers on a real PostgreSQL", () => {
  const pg = usePostgres();
  let team: Team;
  beforeAll(async () => {
    team = await openTeam(await pg.server.createDatabase());
  });
  afterAll(async () => team?.close());
  const job = { job: QUEUES.deploy, payload: { deploymentId: "d" } };

  it("lets one run hold a deployment: a second is refused while it renews, even from the same worker", async () => {
    const first = await acquireLease(team.store.pool, "dep-1", "w1#1", job, 1_000);
    expect(first).toBeDefined();
    expect(await acquireLease(team.store.pool, "dep-1", "w2#1", job, 1_000)).toBeUndefined();
    expect(await acquireLease(team.store.pool, "dep-1", "w1#2", job, 1_000)).toBeUndefined();
    // Renewed every third of a second: still held well after its first second.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await leaseHolder(team.store.pool, "dep-1")).toBe("w1#1");
    expect(first!.lost.aborted).toBe(false);
    await first!.release();
    expect(await leaseHolder(team.store.pool, "dep-1", { includeExpired: true })).toBeUndefined();
    const next = await acquireLease(team.store.pool, "dep-1", "w2#1", job, 300);
    expect(next).toBeDefined();
    await next!.release();
  });

  it("re-enqueues an expired lease exactly once however many workers look", async () => {
    // A holder that renews only every 20 s stands for a dead one once its expiry is forced.
    const dead = await acquireLease(team.store.pool, "dep-2", "w1#3", { job: QUEUES.deploy, payload: { deploymentId: "dep-2" } }, 60_000);
    await team.store.pool.query("UPDATE deployment_leases SET expires_at = vpcd_now_ms() - 1 WHERE deployment_id = 'dep-2'");
    expect(await leaseHolder(team.store.pool, "dep-2")).toBeUndefined();
    expect(await leaseHolder(team.store.pool, "dep-2", { includeExpired: true })).toBe("w1#3");
    const requeue = async (lease: { job: string; payload: object }, client: Parameters<typeof inTransaction>[0]) => void (await team.boss.send(lease.job, lease.payload, { db: inTransaction(client) }));
    const taken = await Promise.all([takeExpiredLeases(team.store.pool, requeue), takeExpiredLeases(team.store.pool, requeue), takeExpiredLeases(team.store.pool, requeue)]);
    expect(taken.flat()).toEqual(["dep-2"]);
    const { rows } = await team.store.pool.query("SELECT data FROM pgboss.job WHERE name = 'deploy' AND data->>'deploymentId' = 'dep-2'");
    expect(rows.map((r) => r.data)).toEqual([{ deploymentId: "dep-2" }]);
    await dead!.release();
  });

  it("tells a run that its lease was taken over, so it stops", async () => {
    const run = await acquireLease(team.store.pool, "dep-3", "w1#4", job, 300);
    expect(run!.lost.aborted).toBe(false);
    // Another worker took it over after an expiry this run did not notice (a long pause).
    await team.store.pool.query("UPDATE deployment_leases SET holder = 'w2#9' WHERE deployment_id = 'dep-3'");
    await new Promise((r) => setTimeout(r, 400));
    expect(run!.lost.aborted).toBe(true);
    // Its release leaves the new holder's lease alone.
    await run!.release();
    expect(await leaseHolder(team.store.pool, "dep-3", { includeExpired: true })).toBe("w2#9");
  });

  it("turns each due lab timer into a cleanup job and postpones the timer while it runs", async () => {
    const now = Date.now();
    await team.store.timers.set("dep-due", now - 1_000, now - 60_000);
    await team.store.timers.set("dep-later", now + 3_600_000, now);
    expect(await fireDueTimers(team.store, team.boss, () => {})).toEqual({ fired: 1 });
    const { rows } = await team.store.pool.query("SELECT data FROM pgboss.job WHERE name = 'cleanup'");
    expect(rows.map((r) => r.data)).toEqual([{ deploymentId: "dep-due", fromTimer: true }]);
    expect((await team.store.timers.get("dep-due"))!.dueAt).toBeGreaterThan(now + 60_000);
    expect(await fireDueTimers(team.store, team.boss, () => {})).toEqual({ fired: 0 });
  });
});
