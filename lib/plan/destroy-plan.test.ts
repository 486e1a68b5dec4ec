import { describe, expect, it } from "vitest";
import { seedLabRecorded } from "../testing/recorded-fixtures";
import { buildDestroyPlan, checklistOrder, runnableSteps, withoutCompleted } from "./destroy-plan";
import { buildGraph, criticalPath } from "./graph";
import { labNoteOrder } from "../cleanup/lab-note-order";

/** True when `to` can only start after `from` (a path of edges leads from one to the other). */
function precedes(edges: Array<[string, string]>, from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

describe("the destroy plan of the seed lab", () => {
  const plan = buildDestroyPlan(seedLabRecorded());

  it("has one step per deletable resource plus the waits, and none for routes or rules", () => {
    expect(Object.keys(plan.steps)).toEqual([
      "delete:elastic-ip:nat-eip",
      "delete:instance:app-a",
      "delete:instance:web-a",
      "delete:instance:web-c",
      "delete:internet-gateway-attachment:lab-igw",
      "delete:internet-gateway:lab-igw",
      "delete:listener:lab-alb",
      "delete:load-balancer:lab-alb",
      "delete:nat-gateway:lab-nat",
      "delete:route-table:private-rt",
      "delete:route-table:public-rt",
      "delete:security-group:lab-sg",
      "delete:subnet:private-a",
      "delete:subnet:public-a",
      "delete:subnet:public-c",
      "delete:subnet:public-nat",
      "delete:target-group:web-tg",
      "delete:vpc:lab-vpc",
      "update:security-group-references:lab-sg",
      "wait:load-balancer-enis:lab-alb",
    ]);
  });

  it.each([
    ["delete:load-balancer:lab-alb", "wait:load-balancer-enis:lab-alb"],
    ["delete:load-balancer:lab-alb", "delete:target-group:web-tg"],
    ["delete:nat-gateway:lab-nat", "delete:elastic-ip:nat-eip"],
    ["delete:elastic-ip:nat-eip", "delete:internet-gateway-attachment:lab-igw"],
    ["delete:internet-gateway-attachment:lab-igw", "delete:internet-gateway:lab-igw"],
    ["delete:instance:web-a", "delete:security-group:lab-sg"],
    ["wait:load-balancer-enis:lab-alb", "delete:subnet:public-a"],
    ["delete:route-table:public-rt", "delete:subnet:public-nat"],
    ["delete:nat-gateway:lab-nat", "delete:subnet:public-nat"],
    ["delete:subnet:private-a", "delete:vpc:lab-vpc"],
    ["delete:internet-gateway:lab-igw", "delete:vpc:lab-vpc"],
  ])("orders %s before %s", (from, to) => {
    expect(precedes(plan.edges, from, to)).toBe(true);
    expect(precedes(plan.edges, to, from)).toBe(false);
  });

  it("lets independent deletes run in parallel", () => {
    expect(precedes(plan.edges, "delete:instance:web-a", "delete:nat-gateway:lab-nat")).toBe(false);
    expect(precedes(plan.edges, "delete:nat-gateway:lab-nat", "delete:load-balancer:lab-alb")).toBe(false);
  });

  it("says what each wait waits for and why", () => {
    expect(plan.steps["delete:elastic-ip:nat-eip"].description).toMatch(/only after the NAT gateway is deleted, or AWS refuses/);
    expect(plan.steps["wait:load-balancer-enis:lab-alb"].description).toMatch(/network interfaces/);
  });

  it("keeps only direct waits, as the create plan does (transitive reduction)", () => {
    // NAT → Elastic IP → detach already orders the NAT before the detach.
    expect(plan.edges).toContainEqual(["delete:nat-gateway:lab-nat", "delete:elastic-ip:nat-eip"]);
    expect(plan.edges).not.toContainEqual(["delete:nat-gateway:lab-nat", "delete:internet-gateway-attachment:lab-igw"]);
    for (const edge of plan.edges) expect(precedes(plan.edges.filter((e) => e !== edge), edge[0], edge[1])).toBe(false);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(buildDestroyPlan([...seedLabRecorded()].reverse()))).toBe(JSON.stringify(plan));
  });

  it("lists the checklist load balancer first and VPC last", () => {
    const order = checklistOrder(plan).map((s) => s.id);
    expect(order).toHaveLength(20);
    expect(order[0]).toBe("delete:listener:lab-alb");
    expect(order.at(-1)).toBe("delete:vpc:lab-vpc");
  });
});

describe("when a cleanup resumes", () => {
  it("drops finished steps and the edges that touch them", () => {
    const plan = buildDestroyPlan(seedLabRecorded());
    const rest = withoutCompleted(plan, new Set(["delete:nat-gateway:lab-nat"]));
    expect(rest.steps["delete:nat-gateway:lab-nat"]).toBeUndefined();
    expect(rest.edges.some(([a, b]) => a.includes("lab-nat") || b.includes("lab-nat"))).toBe(false);
    expect(Object.keys(rest.steps)).toHaveLength(19);
  });
});

describe("a resource recorded twice under one logical id (a duplicated create)", () => {
  it("gets one step per AWS id", () => {
    const plan = buildDestroyPlan([
      { logicalId: "web-a", kind: "instance", awsId: "i-1" },
      { logicalId: "web-a", kind: "instance", awsId: "i-2" },
      { logicalId: "web-b", kind: "instance" },
    ]);
    expect(Object.keys(plan.steps)).toEqual(["delete:instance:web-a#i-1", "delete:instance:web-a#i-2"]);
  });
});

describe("the critical path", () => {
  it("is the longest chain of durations", () => {
    const plan = buildDestroyPlan(seedLabRecorded());
    const durations = Object.fromEntries(Object.keys(plan.steps).map((id) => [id, 1]));
    durations["delete:nat-gateway:lab-nat"] = 60;
    // NAT (60) → EIP (1) → detach (1) → delete IGW (1) → VPC (1)
    expect(criticalPath(buildGraph(plan), (id) => durations[id])).toBe(64);
  });
});

describe("the lab note's order", () => {
  it("deletes the security group and subnets before the NAT gateway", () => {
    const kinds = labNoteOrder(seedLabRecorded()).map((s) => s.kind);
    expect(kinds.indexOf("subnet")).toBeLessThan(kinds.indexOf("nat-gateway"));
    expect(kinds.indexOf("security-group")).toBeLessThan(kinds.indexOf("subnet"));
    expect(kinds).not.toContain("load-balancer-enis");
  });
});

describe("step by step", () => {
  it("offers only steps whose predecessors are done", () => {
    const plan = buildDestroyPlan(seedLabRecorded());
    const first = runnableSteps(plan, new Set()).map((s) => s.id);
    expect(first).toContain("delete:nat-gateway:lab-nat");
    expect(first).not.toContain("delete:elastic-ip:nat-eip");
    expect(runnableSteps(plan, new Set(["delete:nat-gateway:lab-nat", "delete:instance:web-a", "delete:instance:web-c", "delete:instance:app-a"])).map((s) => s.id)).toContain("delete:elastic-ip:nat-eip");
  });
});
