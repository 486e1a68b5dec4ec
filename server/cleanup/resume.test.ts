import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";
import type { StepEvent } from "../engine/step-events";
import { openLabTimers } from "./lab-timer";
import { cleanupDeployment, getCleanupView } from "./service";
import { fireDueTimers } from "./timer-scheduler";

const SCALE = 0.02;

describe("a cleanup that is stopped, or scheduled by a lab timer", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("picks up where it stopped when run again, without redoing finished steps", async () => {
    process.env.VPCD_SANDBOX_TIME_SCALE = String(SCALE);
    const { journal } = tempJournal();
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    const row = journal.getDeployment(id)!;
    const controller = new AbortController();
    const first: StepEvent[] = [];
    const stopped = await cleanupDeployment(journal, row, {
      signal: controller.signal,
      onEvent: (e) => (first.push(e), e.type === "step-done" && e.stepId === "delete:route-table:public-rt" && controller.abort()),
    });
    expect(stopped.status).toBe("aborted");
    const doneBefore = getCleanupView(journal, row).steps.filter((s) => s.state === "done").map((s) => s.id);
    expect(doneBefore).toContain("delete:route-table:public-rt");
    expect(doneBefore.length).toBeLessThan(20);

    const second: StepEvent[] = [];
    const resumed = await cleanupDeployment(journal, row, { onEvent: (e) => second.push(e) });
    expect(resumed.status).toBe("complete");
    expect(resumed.report.isNothingLeft).toBe(true);
    const rerun = second.filter((e) => e.type === "step-started").map((e) => e.stepId);
    for (const done of doneBefore) expect(rerun).not.toContain(done);
    expect(getCleanupView(journal, row).progress).toEqual({ done: 20, total: 20 });
  });

  it("starts the cleanup when a lab timer came due while nothing ran (timers survive a restart)", async () => {
    process.env.VPCD_SANDBOX_TIME_SCALE = String(SCALE);
    const { journal, dir } = tempJournal();
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    openLabTimers(dir).set(id, Date.now() - 1_000);
    const timers = openLabTimers(dir);
    expect(fireDueTimers(journal, timers)).toEqual([id]);
    // The timer is not due again while its cleanup runs, and goes only once the cleanup is verified.
    expect(fireDueTimers(journal, timers)).toEqual([]);
    const row = journal.getDeployment(id)!;
    for (let i = 0; i < 300 && (!getCleanupView(journal, row).report || timers.get(id)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(getCleanupView(journal, row).report?.isNothingLeft).toBe(true);
    expect(timers.get(id)).toBeUndefined();
  });

  it("runs step by step: a step runs only once what it waits for is done", async () => {
    process.env.VPCD_SANDBOX_TIME_SCALE = String(SCALE);
    const { journal } = tempJournal();
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    const row = journal.getDeployment(id)!;
    await expect(cleanupDeployment(journal, row, { onlyStepId: "delete:elastic-ip:nat-eip" })).rejects.toThrow(/waits for .*delete:nat-gateway:lab-nat/);
    for (let i = 0; i < 20; i++) {
      const next = getCleanupView(journal, row).runnable[0];
      if (!next) break;
      const result = await cleanupDeployment(journal, row, { onlyStepId: next });
      expect(result.failures).toEqual([]);
    }
    const view = getCleanupView(journal, row);
    expect(view.progress).toEqual({ done: 20, total: 20 });
    expect(view.report?.isNothingLeft).toBe(true);
  });
});
