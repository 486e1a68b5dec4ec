import { describe, expect, it } from "vitest";
import { storedWhy, unfinishedWhy, whyOf } from "./timer-why";

describe("why a timed cleanup did not finish", () => {
  it("names the failed steps, else what still bills, else nothing once verified", () => {
    const failures = [{ stepId: "delete:nat-gateway:lab-nat", code: "AccessDenied" }];
    expect(unfinishedWhy({ failures, isNothingBillableLeft: false, remainingIds: ["nat-1"] })).toEqual({ key: "timerStepsFailed", params: { steps: "delete:nat-gateway:lab-nat: AccessDenied" } });
    expect(unfinishedWhy({ failures: [], isNothingBillableLeft: false, remainingIds: ["nat-1", "eipalloc-1"] })).toEqual({ key: "timerStillBilling", params: { ids: "nat-1, eipalloc-1" } });
    expect(unfinishedWhy({ failures: [], isNothingBillableLeft: true, remainingIds: [] })).toBeUndefined();
    expect(unfinishedWhy(undefined)).toEqual({ key: "timerStopped" });
  });

  it("is stored as a message and read back; English an earlier version stored reads as no message", () => {
    const why = unfinishedWhy(undefined)!;
    expect(whyOf(storedWhy(why))).toEqual(why);
    expect(whyOf("the cleanup stopped before it finished")).toBeUndefined();
    expect(whyOf('{"key":"noSuchKey"}')).toBeUndefined();
    expect(whyOf("{not json")).toBeUndefined();
    expect(whyOf(undefined)).toBeUndefined();
  });
});
