import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";
import { cleanupDeployment } from "../cleanup/service";
import { deploymentStatus } from "./deployment-status";

describe("one poll of a deployment", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("shows live resources after the deploy, then the cleanup's checklist, report and deleted nodes", async () => {
    process.env.VPCD_SANDBOX_TIME_SCALE = "0.02";
    const { journal, dir } = tempJournal();
    process.env.VPCD_DATA_DIR = dir;
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    const row = journal.getDeployment(id)!;

    let live = await deploymentStatus(journal, row);
    // The ALB may still be provisioning: live status keeps polling fast until all is settled.
    for (let i = 0; i < 100 && !live.reading?.view.isSettled; i++) {
      expect(live.reading?.nextPollMs).toBe(2_000);
      await new Promise((r) => setTimeout(r, 100));
      live = await deploymentStatus(journal, row);
    }
    expect(live.deployment.status).toBe("complete");
    expect(live.lifecycle).toBe("complete");
    expect(live.entities["lab-alb"].phase).toBe("ready");
    expect(live.reading?.view.rows).toHaveLength(16);
    expect(live.reading?.view.entities["lab-alb"].phase).toBe("ready");
    expect(live.cleanup.progress).toEqual({ done: 0, total: 20 });
    expect(live.cleanup.steps[0].id).toBe("delete:listener:lab-alb");

    await cleanupDeployment(journal, row);
    const after = await deploymentStatus(journal, row);
    expect(after.reading).toBeUndefined();
    expect(after.cleanup.progress).toEqual({ done: 20, total: 20 });
    expect(after.cleanup.report?.isNothingBillableLeft).toBe(true);
    expect(after.cleanup.entities["lab-nat"].phase).toBe("deleted");
    // Regression (issue 10): the deploy side still said "complete" and every entity "ready".
    expect(after.deployment.status).toBe("complete");
    expect(after.lifecycle).toBe("cleaned-up");
    expect(Object.values(after.entities).map((e) => e.phase)).toEqual(Object.values(after.entities).map(() => "deleted"));
    expect(after.entities["lab-alb"].phase).toBe("deleted");
  });
});
