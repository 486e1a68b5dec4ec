import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { runPreflight } from "./preflight";

const sb = sandboxPerFile({ timeScale: 0.02 });

describe("the preflight checklist against the sandbox", () => {
  it("names the account and passes every check for the seed lab", async () => {
    const report = await runPreflight(seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.account).toBe("123456789012");
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["identity", "ok"], ["region", "ok"], ["instance-types", "ok"], ["images", "ok"], ["quota-vpcs", "ok"], ["quota-eips", "ok"], ["quota-nat", "ok"], ["permissions", "ok"],
    ]);
    expect(report.ok).toBe(true);
  });

  it("fails the instance-type check for a type the zone does not offer", async () => {
    const design = structuredClone(seedLab());
    design.instances["web-a" as never].instanceType = "p9.mega";
    const report = await runPreflight(design, { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.checks.find((c) => c.id === "instance-types")).toMatchObject({ status: "fail", detail: "not offered: p9.mega (ap-northeast-2a)", detailKey: "typesMissing" });
    expect(report.ok).toBe(false);
  });

  it("fails the Elastic IP quota when the account's addresses are used up", async () => {
    const design = structuredClone(seedLab());
    for (let i = 0; i < 5; i++) design.elasticIps[`extra-${i}` as never] = { id: `extra-${i}`, name: `extra-${i}` } as never;
    const report = await runPreflight(design, { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.checks.find((c) => c.id === "quota-eips")?.status).toBe("fail");
  });
});
