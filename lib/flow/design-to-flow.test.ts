import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { moveEntity, updateEntity } from "../design/ops";
import { createFlowDeriver, type FlowView } from "./design-to-flow";
import { planConnection } from "./connect";
import { applyDrop, planDrop } from "./drop";

const lab = seedLab();
const view = (over: Partial<FlowView> = {}): FlowView => ({ selection: new Set(), dragging: new Map(), findings: new Map(), ...over });

describe("designToFlow", () => {
  it("emits parents before children with positions inside their parent", () => {
    const { nodes } = createFlowDeriver()(lab, view());
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
    expect(nodes.find((n) => n.id === "public-a")).toMatchObject({ parentId: "az:lab-vpc:ap-northeast-2a", extent: "parent" });
    expect(nodes.find((n) => n.id === "web-a")).toMatchObject({ parentId: "public-a" });
    expect(nodes.find((n) => n.id === "lab-igw")).toMatchObject({ parentId: "lab-vpc" });
  });
  it("marks public and private subnets from routing and shows free addresses", () => {
    const { nodes } = createFlowDeriver()(lab, view());
    expect(nodes.find((n) => n.id === "public-a")!.data).toMatchObject({ isPublic: true, cidr: "192.168.2.0/24", free: 251 });
    expect(nodes.find((n) => n.id === "private-a")!.data).toMatchObject({ isPublic: false, egress: "nat-gateway" });
  });
  it("returns the very same flow when nothing it depends on changed", () => {
    const derive = createFlowDeriver();
    const v = view();
    const first = derive(lab, v);
    expect(derive(lab, v)).toBe(first);
    expect(derive(lab, { ...v, selection: new Set(["web-a"]) })).not.toBe(first);
  });
  it("keeps unchanged entities as the same node objects after an edit", () => {
    const derive = createFlowDeriver();
    const first = derive(lab, view());
    const second = derive(updateEntity(lab, "instances", "web-a", { name: "web-x" }), view());
    const pick = (f: typeof first, id: string) => f.nodes.find((n) => n.id === id);
    expect(pick(second, "web-c")).toBe(pick(first, "web-c"));
    expect(pick(second, "web-a")).not.toBe(pick(first, "web-a"));
    expect(pick(second, "web-a")!.data.name).toBe("web-x");
  });
  it("applies a drag overlay and selection without touching other nodes", () => {
    const derive = createFlowDeriver();
    const first = derive(lab, view());
    const second = derive(lab, view({ selection: new Set(["public-c"]), dragging: new Map([["public-a", { x: 40, y: 300 }]]) }));
    expect(second.nodes.find((n) => n.id === "public-a")!.position).toEqual({ x: 40, y: 300 });
    expect(second.nodes.find((n) => n.id === "public-c")!.selected).toBe(true);
    expect(second.nodes.find((n) => n.id === "web-a")).toBe(first.nodes.find((n) => n.id === "web-a"));
  });
  it("draws associations, routes, placements, listeners and registrations as edges", () => {
    const ids = createFlowDeriver()(lab, view()).edges.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["association:public-rt:public-a", "route:private-rt:lab-nat", "placement:lab-alb:public-c", "listener:lab-alb:web-tg", "target:web-tg:web-a"]));
  });
  it("uses the stored layout for a moved subnet", () => {
    const { nodes } = createFlowDeriver()(moveEntity(lab, "public-c", { x: 24, y: 200 }), view());
    expect(nodes.find((n) => n.id === "public-c")!.position).toEqual({ x: 24, y: 200 });
  });
});

describe("palette drops", () => {
  const { placements } = createFlowDeriver()(lab, view());
  const all = [...placements.values()];
  const center = (id: string) => ({ x: placements.get(id)!.abs.x + 20, y: placements.get(id)!.abs.y + placements.get(id)!.abs.h - 10 });
  it("gives a subnet dropped in an AZ column that AZ and the next free CIDR", () => {
    const plan = planDrop(lab, all, "subnet", center("az:lab-vpc:ap-northeast-2c"));
    expect(plan).toMatchObject({ ok: true, zone: "ap-northeast-2c", vpcId: "lab-vpc" });
    const { design, id } = applyDrop(lab, plan as never, []);
    expect(design.subnets[id as never]).toMatchObject({ availabilityZone: "ap-northeast-2c", cidr: "192.168.0.0/24" });
  });
  it("puts an instance dropped on a subnet into that subnet", () => {
    const plan = planDrop(lab, all, "instance", center("public-c"));
    const { design, id } = applyDrop(lab, plan as never, []);
    expect(design.instances[id as never]).toMatchObject({ subnetId: "public-c" });
  });
  it("refuses an instance outside any subnet, a NAT outside a VPC and a second internet gateway", () => {
    expect(planDrop(lab, all, "instance", center("lab-vpc"))).toEqual({ ok: false, reason: "needSubnet" });
    expect(planDrop(lab, all, "nat-gateway", { x: 5, y: 5 })).toEqual({ ok: false, reason: "needSubnet" });
    expect(planDrop(lab, all, "internet-gateway", center("public-a"))).toEqual({ ok: false, reason: "oneIgw" });
    expect(planDrop(lab, all, "vpc", center("public-a"))).toEqual({ ok: false, reason: "needRegion" });
  });
});

describe("connections", () => {
  it("associates a subnet with a route table whichever end the drag starts from", () => {
    const plan = planConnection(lab, "public-a", "private-rt");
    expect(plan.ok && plan.action).toBe("associate");
    if (plan.ok) expect(plan.apply(lab).routeTables["private-rt" as never].subnetIds).toContain("public-a");
  });
  it("routes a table to a NAT gateway and registers an instance with a target group", () => {
    expect(planConnection(lab, "public-rt", "lab-nat")).toMatchObject({ ok: true, action: "route" });
    expect(planConnection(lab, "app-a", "web-tg")).toMatchObject({ ok: true, action: "register" });
  });
  it("refuses nonsense pairs with a reason", () => {
    expect(planConnection(lab, "web-a", "web-c")).toEqual({ ok: false, reason: "unsupported" });
    expect(planConnection(lab, "web-a", "web-a")).toEqual({ ok: false, reason: "self" });
    expect(planConnection(lab, "lab-vpc", "public-rt")).toEqual({ ok: false, reason: "unsupported" });
  });
});
