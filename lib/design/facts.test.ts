import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { getTemplate, listTemplates } from "../templates";
import { collectionOf } from "./ops";
import { entityFacts } from "./facts";

describe("hover-card facts", () => {
  const design = seedLab();
  it("tells a public subnet from a private one, with its CIDR, zone and usable addresses", () => {
    const pub = entityFacts(design, "public-a")!;
    expect(pub.kind).toBe("subnet");
    expect(pub.facts).toEqual(expect.arrayContaining([{ key: "cidr", value: design.subnets["public-a" as never].cidr }, { key: "access", term: "public" }]));
    expect(entityFacts(design, "private-a")!.facts).toContainEqual({ key: "access", term: "private" });
    expect(pub.facts.find((f) => f.key === "usable")?.count).toBe(251);
  });
  it("names an instance's groups, or says it has none", () => {
    expect(entityFacts(design, "web-a")!.facts.find((f) => f.key === "groups")?.value).toContain("lab-sg");
    const bare = structuredClone(design);
    bare.instances["web-a" as never].securityGroupIds = [];
    expect(entityFacts(bare, "web-a")!.facts).toContainEqual({ key: "groups", term: "none" });
  });
  it("answers every entity of every template, and null for an unknown id", () => {
    for (const { name } of listTemplates()) {
      const d = getTemplate(name)!;
      for (const id of Object.keys(d.layout).filter((k) => collectionOf(d, k))) expect(entityFacts(d, id)?.facts.length).toBeGreaterThan(0);
    }
    expect(entityFacts(design, "constructor")).toBeNull();
  });
});
