import { describe, expect, it } from "vitest";
import type { Design } from "../design/schema";
import { seedLab } from "../templates/seed-lab";
import { compilePlan } from "./compile-plan";
import { renderPlan } from "./render-plan";
import type { Plan } from "./types";

function plan(design: Design): Plan {
  const result = compilePlan(design);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/** The seed lab with `change` applied to a deep copy. */
function makeDesign(change: (d: Design) => void = () => {}): Design {
  const design = structuredClone(seedLab());
  change(design);
  return design;
}

const waitsFor = (p: Plan, stepId: string) => p.edges.filter(([, to]) => to === stepId).map(([from]) => from).sort();

describe("compilePlan on the seed lab", () => {
  it("renders the golden plan", () => {
    expect(renderPlan(plan(seedLab()))).toBe(`1. create:elastic-ip:nat-eip
2. create:internet-gateway:lab-igw
3. create:vpc:lab-vpc
4. create:igw-attachment:lab-igw  <- create:internet-gateway:lab-igw, create:vpc:lab-vpc
5. create:route-table:private-rt  <- create:vpc:lab-vpc
6. create:route-table:public-rt  <- create:vpc:lab-vpc
7. create:route:public-rt:0.0.0.0/0  <- create:igw-attachment:lab-igw, create:route-table:public-rt
8. create:security-group:lab-sg  <- create:vpc:lab-vpc
9. create:security-group-rules:lab-sg  <- create:security-group:lab-sg
10. create:subnet:private-a  <- create:vpc:lab-vpc
11. create:instance:app-a  <- create:security-group:lab-sg, create:subnet:private-a
12. create:route-table-association:private-rt:private-a  <- create:route-table:private-rt, create:subnet:private-a
13. create:subnet:public-a  <- create:vpc:lab-vpc
14. create:route-table-association:public-rt:public-a  <- create:route-table:public-rt, create:subnet:public-a
15. create:instance:web-a  <- create:route-table-association:public-rt:public-a, create:route:public-rt:0.0.0.0/0, create:security-group:lab-sg
16. create:subnet:public-c  <- create:vpc:lab-vpc
17. create:load-balancer:lab-alb  <- create:igw-attachment:lab-igw, create:security-group:lab-sg, create:subnet:public-a, create:subnet:public-c
18. create:route-table-association:public-rt:public-c  <- create:route-table:public-rt, create:subnet:public-c
19. create:instance:web-c  <- create:route-table-association:public-rt:public-c, create:route:public-rt:0.0.0.0/0, create:security-group:lab-sg
20. create:subnet:public-nat  <- create:vpc:lab-vpc
21. create:nat-gateway:lab-nat  <- create:elastic-ip:nat-eip, create:igw-attachment:lab-igw, create:subnet:public-nat
22. create:route-table-association:public-rt:public-nat  <- create:route-table:public-rt, create:subnet:public-nat
23. create:route:private-rt:0.0.0.0/0  <- create:nat-gateway:lab-nat, create:route-table:private-rt
24. create:target-group:web-tg  <- create:vpc:lab-vpc
25. create:listener:lab-alb:80  <- create:load-balancer:lab-alb, create:target-group:web-tg
26. create:target-registration:web-tg:web-a  <- create:instance:web-a, create:target-group:web-tg
27. create:target-registration:web-tg:web-c  <- create:instance:web-c, create:target-group:web-tg
28. update:subnet-public-ip:public-a  <- create:subnet:public-a
29. update:subnet-public-ip:public-c  <- create:subnet:public-c
30. update:subnet-public-ip:public-nat  <- create:subnet:public-nat
31. update:vpc-dns:lab-vpc  <- create:vpc:lab-vpc`);
  });

  it("is deterministic: the same design gives a byte-identical plan", () => {
    expect(JSON.stringify(plan(seedLab()))).toBe(JSON.stringify(plan(makeDesign())));
  });

  it("never puts an AWS id in a plan: inputs refer to other steps symbolically", () => {
    expect(JSON.stringify(plan(seedLab()))).not.toMatch(/"(vpc|subnet|igw|sg|i|nat|rtb|eipalloc)-[0-9a-f]{8,}"/);
    expect(plan(seedLab()).steps["create:subnet:public-a"].inputs.vpcId).toEqual({ ref: "create:vpc:lab-vpc", attr: "VpcId" });
  });
});

describe("only the edges AWS needs", () => {
  it("lets the ALB start without the NAT gateway and nothing wait for the ALB to be active", () => {
    const p = plan(seedLab());
    expect(Object.values(p.steps).filter((s) => s.action === "wait")).toEqual([]);
    expect(waitsFor(p, "create:load-balancer:lab-alb")).not.toContain("create:nat-gateway:lab-nat");
    expect(waitsFor(p, "create:listener:lab-alb:80")).toEqual(["create:load-balancer:lab-alb", "create:target-group:web-tg"]);
  });

  it("makes an instance with user data behind a NAT wait for the NAT route, and one without user data not", () => {
    expect(waitsFor(plan(seedLab()), "create:instance:app-a")).not.toContain("create:route:private-rt:0.0.0.0/0");
    const withUserData = plan(makeDesign((d) => (d.instances["app-a" as never].userData = "#!/bin/bash\napt-get update")));
    expect(waitsFor(withUserData, "create:instance:app-a")).toContain("create:route:private-rt:0.0.0.0/0");
  });

  it("revokes AWS's default egress only when the design's egress differs", () => {
    expect(plan(seedLab()).steps["create:security-group-rules:lab-sg"].inputs.revokeDefaultEgress).toBe(false);
    const tight = plan(makeDesign((d) => (d.securityGroups["lab-sg" as never].egress = [])));
    expect(tight.steps["create:security-group-rules:lab-sg"].inputs.revokeDefaultEgress).toBe(true);
  });

  it("gives a detached internet gateway no attach step and no one waits for it", () => {
    const p = plan(makeDesign((d) => {
      d.internetGateways["lab-igw" as never].vpcId = null;
    }));
    expect(p.steps["create:igw-attachment:lab-igw"]).toBeUndefined();
  });
});

describe("when the design refers to something missing", () => {
  it("returns a PlanError naming the step instead of throwing", () => {
    const result = compilePlan(makeDesign((d) => (d.instances["web-a" as never].subnetId = "gone" as never)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("missing-reference");
      expect(result.error.stepIds).toContain("create:instance:web-a");
    }
  });
});
