import { describe, expect, it } from "vitest";
import { BASE_DELAYS_MS, Clocks } from "./clocks";

function clockAt(scale: number) {
  let now = 1_000_000;
  const clocks = new Clocks(scale, () => now);
  return { clocks, advance: (ms: number) => (now += ms) };
}

describe("Clocks", () => {
  it("holds a NAT gateway pending for its scaled create delay, then reports moto's state", () => {
    const { clocks, advance } = clockAt(0.5);
    clocks.natCreated("nat-1", "eipalloc-1");
    expect(clocks.natState("nat-1", "available")).toBe("pending");
    advance(BASE_DELAYS_MS.natAvailable * 0.5 - 1);
    expect(clocks.natState("nat-1", "available")).toBe("pending");
    advance(1);
    expect(clocks.natState("nat-1", "available")).toBe("available");
    expect(clocks.natAllocation("nat-1")).toBe("eipalloc-1");
  });

  it("reports a deleted NAT gateway deleting, then deleted", () => {
    const { clocks, advance } = clockAt(1);
    clocks.natCreated("nat-1");
    clocks.natDeleted("nat-1");
    expect(clocks.natState("nat-1", "deleted")).toBe("deleting");
    advance(BASE_DELAYS_MS.natDeleted);
    expect(clocks.natState("nat-1", "deleted")).toBe("deleted");
  });

  it("moves instances pending → running and shutting-down → terminated on their delays", () => {
    const { clocks, advance } = clockAt(1);
    clocks.instanceLaunched("i-1");
    expect(clocks.instanceState("i-1", "running")).toBe("pending");
    advance(BASE_DELAYS_MS.instanceRunning);
    expect(clocks.instanceState("i-1", "running")).toBe("running");
    clocks.instanceTerminated("i-1");
    expect(clocks.instanceState("i-1", "terminated")).toBe("shutting-down");
    advance(BASE_DELAYS_MS.instanceTerminated);
    expect(clocks.instanceState("i-1", "terminated")).toBe("terminated");
  });

  it("keeps a deleted ALB's interfaces lingering for their delay", () => {
    const { clocks, advance } = clockAt(1);
    clocks.albCreated({ arn: "arn:alb", name: "lab-alb", subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"], internetFacing: true });
    expect(clocks.albState("arn:alb", "active")).toBe("provisioning");
    expect(clocks.lingeringAlbs()).toEqual([]);
    clocks.albDeleted("arn:alb");
    expect(clocks.lingeringAlbs().map((alb) => alb.name)).toEqual(["lab-alb"]);
    advance(BASE_DELAYS_MS.albInterfacesLinger);
    expect(clocks.lingeringAlbs()).toEqual([]);
  });

  it("applies a changed scale to resources already created, and leaves unknown ids to moto", () => {
    const { clocks } = clockAt(1);
    clocks.natCreated("nat-1");
    expect(clocks.natState("nat-1", "available")).toBe("pending");
    clocks.scale = 0;
    expect(clocks.natState("nat-1", "available")).toBe("available");
    expect(clocks.instanceState("i-unknown", "running")).toBe("running");
  });

  it("forgets everything on reset", () => {
    const { clocks } = clockAt(1);
    clocks.instanceLaunched("i-1");
    clocks.reset();
    expect(clocks.instanceState("i-1", "running")).toBe("running");
  });
});
