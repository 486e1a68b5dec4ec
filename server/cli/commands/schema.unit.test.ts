import { describe, expect, it } from "vitest";
import { ENTITY_COLLECTIONS } from "../../../lib/design/schema";
import { getTemplate, listTemplates } from "../../../lib/templates";
import { vpcd } from "../../testing/cli-harness";
import { designJsonSchema } from "./schema";

type Json = { type?: string; properties?: Record<string, Json>; additionalProperties?: Json | boolean; required?: string[]; pattern?: string; const?: unknown };

describe("the design JSON Schema", { timeout: 30_000 }, () => {
  const schema = designJsonSchema() as Json & { $schema: string; title: string };
  const subnet = (schema.properties!.subnets.additionalProperties as Json).properties!;

  it("describes every top-level section and refuses unknown fields", () => {
    expect(Object.keys(schema.properties!).sort()).toEqual(["availabilityZones", "layout", "name", "region", "schemaVersion", ...ENTITY_COLLECTIONS].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties!.schemaVersion.const).toBe(1);
  });

  it("turns branded ids into their string pattern and gives CIDRs a pattern every template satisfies", () => {
    expect(subnet.vpcId).toMatchObject({ type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" });
    const cidr = new RegExp(subnet.cidr.pattern!);
    for (const { name } of listTemplates()) {
      for (const s of Object.values(getTemplate(name)!.subnets)) expect(cidr.test(s.cidr)).toBe(true);
    }
    expect(cidr.test("192.168.1/24")).toBe(false);
  });

  it("leaves fields with defaults optional, as a person writes them", () => {
    const instance = (schema.properties!.instances.additionalProperties as Json);
    expect(instance.required).not.toContain("userData");
    expect(instance.required).toContain("subnetId");
  });

  it("is what `vpcd schema` prints", async () => {
    const { code, stdout } = await vpcd(["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
