import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { findEntities } from "./find";

describe("finding a resource", () => {
  const design = seedLab();
  it("puts an exact name before names that only contain the query", () => {
    const found = findEntities(design, "public-a");
    expect(found[0]).toMatchObject({ id: "public-a", kind: "subnet", matched: "name" });
  });
  it("matches a CIDR, ignoring case and spaces", () => {
    const cidr = design.subnets["private-a" as never].cidr;
    const found = findEntities(design, `  ${cidr.toUpperCase()} `);
    expect(found.map((f) => f.id)).toContain("private-a");
    expect(found.find((f) => f.id === "private-a")?.matched).toBe("cidr");
  });
  it("matches an AWS id once the design is deployed", () => {
    const found = findEntities(design, "vpc-0abc", { "lab-vpc": "vpc-0abc123" });
    expect(found).toEqual([expect.objectContaining({ id: "lab-vpc", matched: "aws-id", awsId: "vpc-0abc123" })]);
  });
  it("lists everything for an empty query, VPCs first, and nothing for a query that matches nothing", () => {
    const all = findEntities(design, "", {}, 1000);
    expect(all[0].kind).toBe("vpc");
    expect(all.length).toBeGreaterThan(10);
    expect(findEntities(design, "no-such-thing")).toEqual([]);
  });
});
