import { describe, expect, it } from "vitest";
import { labReadiness } from "./readiness";
import type { ResourceRow, StatusView } from "./types";

const healthText = (health: string) => ({ key: "targetHealth" as const, params: { state: health.split(" (")[0], reason: health.match(/\((.*)\)/)?.[1] ?? "none" } });
const row = (logicalId: string, kind: string, state: string, health?: string): ResourceRow => ({ logicalId, kind, awsId: `${kind}-1`, state, phase: "ready", facts: [], fields: health ? [{ label: { key: "labelTargetHealth" }, value: health, text: healthText(health) }] : [], drift: [] });
const view = (rows: ResourceRow[]): StatusView => ({ deploymentId: "d", at: 0, rows, entities: {}, isSettled: true, fingerprint: "" });

describe("when a deployed lab works", () => {
  it("waits for the load balancer to be active and every target to be healthy, naming each", () => {
    const waiting = labReadiness(view([row("lab-alb", "load-balancer", "provisioning"), row("web-a", "instance", "running", "initial (Elb.RegistrationInProgress)"), row("web-c", "instance", "running", "healthy")]));
    expect(waiting).toEqual({
      hasLoadBalancer: true,
      isWorking: false,
      waitingFor: [
        { logicalId: "lab-alb", kind: "load-balancer", state: "provisioning", texts: [{ key: "loadBalancerState", params: { state: "provisioning" } }] },
        { logicalId: "web-a", kind: "target", state: "initial (Elb.RegistrationInProgress)", texts: [{ key: "targetHealth", params: { state: "initial", reason: "Elb.RegistrationInProgress" } }] },
      ],
    });
  });

  it("works once the ALB is active and the targets healthy; a design without an ALB has nothing to wait for", () => {
    expect(labReadiness(view([row("lab-alb", "load-balancer", "active"), row("web-a", "instance", "running", "healthy")]))?.isWorking).toBe(true);
    expect(labReadiness(view([row("web-a", "instance", "running")]))).toEqual({ hasLoadBalancer: false, isWorking: false, waitingFor: [] });
    expect(labReadiness(undefined)).toBeUndefined();
  });
});
