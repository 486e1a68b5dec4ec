import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";
import { cleanupDeployment } from "../cleanup/service";
import { statusDashboard } from "./dashboard";

describe("the status panel's poll", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("shows live resources after the deploy, then the cleanup's checklist, report and deleted nodes", async () => {
    process.env.VPCD_SANDBOX_TIME_SCALE = "0.02";
    const { journal, dir } = tempJournal();
    process.env.VPCD_DATA_DIR = dir;
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    const row = journal.getDeployment(id)!;

    let live = await statusDashboard(journal, row);
    // The ALB may still be provisioning: live status keeps polling fast until all is settled.
    for (let i = 0; i < 100 && !live.reading?.view.isSettled; i++) {
      expect(live.reading?.nextPollMs).toBe(2_000);
      await new Promise((r) => setTimeout(r, 100));
      live = await statusDashboard(journal, row);
    }
    expect(live.deployStatus).toBe("complete");
    expect(live.reading?.view.rows).toHaveLength(16);
    expect(live.reading?.view.entities["lab-alb"].phase).toBe("ready");
    expect(live.cleanup.progress).toEqual({ done: 0, total: 20 });
    expect(live.cleanup.steps[0].id).toBe("delete:listener:lab-alb");

    await cleanupDeployment(journal, row);
    const after = await statusDashboard(journal, row);
    expect(after.reading).toBeUndefined();
    expect(after.cleanup.progress).toEqual({ done: 20, total: 20 });
    expect(after.cleanup.report?.isNothingBillableLeft).toBe(true);
    expect(after.cleanup.entities["lab-nat"].phase).toBe("deleted");
  });
});
