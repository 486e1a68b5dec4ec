import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openLabTimers } from "./lab-timer";

describe("the lab timer", () => {
  it("survives a restart and comes due when its time passes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vpcd-timer-"));
    const first = openLabTimers(dir);
    first.set("dep-1", 2 * 3_600_000, 0);
    first.close();
    const second = openLabTimers(dir);
    expect(second.get("dep-1")).toEqual({ deploymentId: "dep-1", dueAt: 7_200_000, setAt: 0 });
    expect(second.due(7_199_999)).toEqual([]);
    expect(second.due(7_200_000).map((t) => t.deploymentId)).toEqual(["dep-1"]);
    second.clear("dep-1");
    expect(second.get("dep-1")).toBeUndefined();
    second.close();
  });
});
