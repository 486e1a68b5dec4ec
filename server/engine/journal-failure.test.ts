import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { deploymentView } from "../../lib/deploy/view";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag, expectedCounts, tempJournal } from "../testing/engine-support";
import { createDeployment } from "./deployments";
import { runDeployment } from "./run-deployment";

const sb = sandboxPerFile({ timeScale: 0.02 });

describe("when the journal cannot be written in the middle of a deploy", () => {
  // Another process holds the journal's write lock past the busy timeout (SQLITE_BUSY): the
  // walk must end, never hang "running", and the deployment must read interrupted and resume.
  it("ends the walk as interrupted, reads interrupted afterwards, and resumes to the same lab", async () => {
    const { journal, dir } = tempJournal();
    const row = createDeployment(journal, seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    const locker = new Database(path.join(dir, "journal.sqlite"));
    let lockedAt = 0;
    let lastTick = Date.now();
    const lockWhenBusy = setInterval(() => {
      const now = Date.now();
      // A journal write blocks the event loop while it waits for the lock (busy timeout, 5 s):
      // a long gap between ticks means one gave up, so the lock can go.
      if (lockedAt && now - lastTick > 4_000 && locker.inTransaction) locker.exec("ROLLBACK");
      lastTick = now;
      if (lockedAt || journal.entries(row.id).length < 20) return;
      lockedAt = now;
      locker.exec("BEGIN EXCLUSIVE");
    }, 5);
    const result = await runDeployment(journal, row.id);
    clearInterval(lockWhenBusy);
    if (locker.inTransaction) locker.exec("ROLLBACK");
    locker.close();

    expect(result.status).toBe("interrupted");
    expect(result.failures.map((f) => f.error.code)).toContain("JournalWriteFailed");
    const view = deploymentView({ ...journal.getDeployment(row.id)!, entries: journal.entries(row.id) }, false, Date.now());
    expect(["interrupted", "stopped", "failed"]).toContain(view.status);
    expect(view.status).not.toBe("running");

    const resumed = await runDeployment(journal, row.id);
    expect(resumed.status).toBe("complete");
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", row.id)).toEqual(expectedCounts(seedLab()));
    journal.close();
  });
});
