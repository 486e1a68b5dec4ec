import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { countByTag, deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { openLabTimers, type LabTimers } from "./lab-timer";
import { fireDueTimers } from "./timer-scheduler";
import { readableTimer } from "./timer-why";

const sb = sandboxPerFile({ timeScale: 0.02 });

async function until<T>(what: string, read: () => T, isDone: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a lab timer whose cleanup fails", () => {
  it("stays, says why and is retried, and is cleared only once the cleanup is verified", async () => {
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, seedLab(), journal);
    expect(result.status).toBe("complete");
    const timers: LabTimers = openLabTimers(mkdtempSync(path.join(tmpdir(), "vpcd-timers-")));
    timers.set(id, 1_000, 0);

    // AWS refuses to delete the NAT gateway (a permanent error): the timed cleanup cannot finish.
    await sb.sandbox.configure({ faults: "fail=DeleteNatGateway" });
    expect(fireDueTimers(journal, timers, 2_000, 0)).toEqual([id]);
    const failed = await until("the failed attempt", () => timers.get(id), (t) => (t?.attempts ?? 0) >= 1);
    expect(failed?.lastError).toMatch(/nat-gateway/);
    // As the browser and the terminal read it: a message key (worded in the reader's language) and its English.
    expect(readableTimer(failed)).toMatchObject({ why: { key: "timerStepsFailed" }, lastError: expect.stringMatching(/^steps failed: .*nat-gateway/) });

    // The next check tries again; with AWS answering normally it ends verified and the timer goes.
    await sb.sandbox.configure({ faults: "" });
    expect(fireDueTimers(journal, timers, Date.now(), 0)).toEqual([id]);
    await until("the timer to be cleared", () => timers.get(id), (t) => t === undefined);
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual({});
    timers.close();
    journal.close();
  });
});
