import "server-only";
import { afterEach, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import type { Plan } from "../../lib/plan/types";
import type { DeploymentRow } from "../journal/types";
import { StoreConflict, type Store } from "../store/types";

const plan: Plan = {
  steps: {
    "create:vpc:v": { id: "create:vpc:v", action: "create", kind: "vpc", logicalId: "v", inputs: {}, description: "" },
    "create:subnet:s": { id: "create:subnet:s", action: "create", kind: "subnet", logicalId: "s", inputs: {}, description: "" },
  },
  edges: [["create:vpc:v", "create:subnet:s"]],
};

const deployment = (id: string, createdAt: number, extra: Partial<DeploymentRow> = {}): DeploymentRow => ({
  id, name: "lab", design: seedLab(), target: { kind: "sandbox", region: "ap-northeast-2", endpoint: "http://127.0.0.1:1" }, plan, createdAt, ...extra,
});

/**
 * The one contract every store keeps (server/store/types.ts), run against each: the embedded
 * SQLite store and the PostgreSQL one. `open` gives a fresh, empty store per test.
 */
export function describeStore(name: string, open: () => Promise<Store>): void {
  describe(`the ${name} store`, () => {
    const opened: Store[] = [];
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it("keeps deployments newest first, with design, target, plan and adoption as written", async () => {
      const { journal } = await fresh();
      await journal.createDeployment(deployment("dep-a", 5));
      await journal.createDeployment(deployment("dep-b", 9, { ownerId: "student-1" }));
      const adopted = { vpcId: "vpc-0abc", at: 3, notes: [] };
      await journal.createDeployment(deployment("dep-adopted", 2, { adopted }));
      expect((await journal.getDeployment("dep-adopted"))?.adopted).toEqual(adopted);
      expect((await journal.getDeployment("dep-a"))?.adopted).toBeUndefined();
      expect(await journal.getDeployment("dep-missing")).toBeUndefined();
      const b = await journal.getDeployment("dep-b");
      expect(b).toEqual(deployment("dep-b", 9, { ownerId: "student-1" }));
      expect(JSON.stringify(b?.design)).toBe(JSON.stringify(seedLab()));
      expect((await journal.listDeployments()).map((d) => d.id)).toEqual(["dep-b", "dep-a", "dep-adopted"]);
      expect((await journal.listDeployments({ ownerId: "student-1" })).map((d) => d.id)).toEqual(["dep-b"]);
      expect(await journal.listDeployments({ ownerId: "student-2" })).toEqual([]);
    });

    it("appends entries in order, per deployment, keeping outputs, errors and reasons", async () => {
      const { journal } = await fresh();
      await journal.createDeployment(deployment("d1", 1));
      const first = await journal.append({ deploymentId: "d1", stepId: "create:vpc:v", type: "begin", at: 10 });
      await journal.append({ deploymentId: "other", stepId: "create:vpc:v", type: "begin", at: 10 });
      const end = await journal.append({ deploymentId: "d1", stepId: "create:vpc:v", type: "end", outcome: "ok", outputs: { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }, at: 11 });
      await journal.append({ deploymentId: "d1", stepId: "create:subnet:s", type: "end", outcome: "failed", error: { code: "Boom", message: "no", retryable: false }, at: 12 });
      await journal.append({ deploymentId: "d1", stepId: "create:subnet:s", type: "end", outcome: "skipped", reason: "upstream-failed", at: 13 });
      expect(end.seq).toBeGreaterThan(first.seq);
      const entries = await journal.entries("d1");
      expect(entries.map(({ seq: _seq, ...e }) => e)).toEqual([
        { deploymentId: "d1", stepId: "create:vpc:v", type: "begin", at: 10 },
        { deploymentId: "d1", stepId: "create:vpc:v", type: "end", outcome: "ok", outputs: { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }, at: 11 },
        { deploymentId: "d1", stepId: "create:subnet:s", type: "end", outcome: "failed", error: { code: "Boom", message: "no", retryable: false }, at: 12 },
        { deploymentId: "d1", stepId: "create:subnet:s", type: "end", outcome: "skipped", reason: "upstream-failed", at: 13 },
      ]);
      expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((x, y) => x - y));
      expect(await journal.entries("nobody")).toEqual([]);
    });

    it("gives concurrent appends distinct, increasing sequence numbers", async () => {
      const { journal } = await fresh();
      const written = await Promise.all(Array.from({ length: 20 }, (_, i) => journal.append({ deploymentId: "d", stepId: `s${i}`, type: "begin", at: i })));
      expect(new Set(written.map((e) => e.seq)).size).toBe(20);
      expect((await journal.entries("d")).map((e) => e.seq)).toEqual(written.map((e) => e.seq).sort((x, y) => x - y));
    });

    it("records and clears the runner, and sets the account without losing the target", async () => {
      const { journal } = await fresh();
      await journal.createDeployment(deployment("d", 1));
      await journal.setRunner("d", { pid: 42, startedAt: 7, host: "worker-1" });
      expect((await journal.getDeployment("d"))?.runner).toEqual({ pid: 42, startedAt: 7, host: "worker-1" });
      await journal.setRunner("d", null);
      expect((await journal.getDeployment("d"))?.runner).toBeUndefined();
      await journal.setAccount("d", "123456789012");
      expect((await journal.getDeployment("d"))?.target).toEqual({ kind: "sandbox", region: "ap-northeast-2", endpoint: "http://127.0.0.1:1", accountId: "123456789012" });
    });

    it("reports what was created, a begun-but-unfinished create as uncertain", async () => {
      const { journal } = await fresh();
      await journal.createDeployment(deployment("d", 1));
      await journal.append({ deploymentId: "d", stepId: "create:vpc:v", type: "begin", at: 1 });
      await journal.append({ deploymentId: "d", stepId: "create:vpc:v", type: "end", outcome: "ok", outputs: { VpcId: "vpc-9", CidrBlock: "10.0.0.0/16" }, at: 2 });
      await journal.append({ deploymentId: "d", stepId: "create:subnet:s", type: "begin", at: 3 });
      expect(await journal.recordedResources("d")).toEqual([
        { stepId: "create:vpc:v", logicalId: "v", kind: "vpc", awsId: "vpc-9", attributes: { VpcId: "vpc-9", CidrBlock: "10.0.0.0/16" }, certain: true },
        { stepId: "create:subnet:s", logicalId: "s", kind: "subnet", awsId: undefined, attributes: {}, certain: false },
      ]);
      expect(await journal.recordedResources("missing")).toEqual([]);
    });

    it("keeps lab timers: due oldest first, postponed, failed with a count, reset by a new set", async () => {
      const { timers } = await fresh();
      expect(await timers.set("a", 300, 100)).toEqual({ deploymentId: "a", dueAt: 300, setAt: 100 });
      await timers.set("b", 200, 100);
      await timers.set("c", 900, 100);
      expect((await timers.due(300)).map((t) => t.deploymentId)).toEqual(["b", "a"]);
      await timers.postpone("b", 1_000);
      expect((await timers.due(300)).map((t) => t.deploymentId)).toEqual(["a"]);
      await timers.failed("a", 2_000, "x".repeat(600));
      await timers.failed("a", 2_500, "still billing: nat-1");
      expect(await timers.get("a")).toEqual({ deploymentId: "a", dueAt: 2_500, setAt: 100, attempts: 2, lastError: "still billing: nat-1" });
      await timers.set("a", 50, 40);
      expect(await timers.get("a")).toEqual({ deploymentId: "a", dueAt: 50, setAt: 40 });
      await timers.clear("a");
      expect(await timers.get("a")).toBeUndefined();
      expect((await timers.due(5_000)).map((t) => t.deploymentId)).toEqual(["c", "b"]);
    });

    it("saves designs as numbered versions, per owner, newest first", async () => {
      const { designs } = await fresh();
      const lab = seedLab();
      expect(await designs.save({ id: "des-1", ownerId: "u1", design: lab, now: 10 })).toMatchObject({ id: "des-1", version: 1, ownerId: "u1", name: lab.name, savedAt: 10 });
      const renamed = { ...lab, name: "Renamed lab" };
      expect((await designs.save({ id: "des-1", ownerId: "u1", design: renamed, baseVersion: 1, now: 20 })).version).toBe(2);
      await designs.save({ id: "des-2", ownerId: "u2", design: lab, now: 15 });
      expect((await designs.get("des-1"))?.design).toEqual(renamed);
      expect((await designs.get("des-1", 1))?.design).toEqual(lab);
      expect(await designs.get("des-1", 3)).toBeUndefined();
      expect(await designs.get("nope")).toBeUndefined();
      expect((await designs.history("des-1")).map((h) => [h.version, h.name, h.savedAt])).toEqual([[2, "Renamed lab", 20], [1, lab.name, 10]]);
      expect((await designs.list()).map((d) => [d.id, d.version])).toEqual([["des-1", 2], ["des-2", 1]]);
      expect((await designs.list({ ownerId: "u2" })).map((d) => d.id)).toEqual(["des-2"]);
    });

    it("refuses a save based on an older version, and a save over another user's design", async () => {
      const { designs } = await fresh();
      await designs.save({ id: "des-1", ownerId: "u1", design: seedLab() });
      await designs.save({ id: "des-1", ownerId: "u1", design: seedLab(), baseVersion: 1 });
      const stale = designs.save({ id: "des-1", ownerId: "u1", design: seedLab(), baseVersion: 1 });
      await expect(stale).rejects.toBeInstanceOf(StoreConflict);
      await expect(stale).rejects.toMatchObject({ code: "StaleVersion" });
      await expect(designs.save({ id: "des-1", ownerId: "u2", design: seedLab() })).rejects.toMatchObject({ code: "NotOwner" });
      expect((await designs.history("des-1")).length).toBe(2);
    });

    it("numbers concurrent saves of one design without a gap or a repeat", async () => {
      const { designs } = await fresh();
      const saved = await Promise.all(Array.from({ length: 6 }, () => designs.save({ id: "des-c", design: seedLab() })));
      expect(saved.map((s) => s.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });
}
