import { describe, expect, it } from "vitest";
import { LIVE_TEXTS_EN } from "../live/text";
import { buildCleanupReport, type Remainder } from "./report";

/** The reason's English, from the table the English catalogue holds (these reasons have no values). */
const english = (r: Remainder) => LIVE_TEXTS_EN[r.reason.key];

describe("the cleanup report", () => {
  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(english(buildCleanupReport([item], "aws").allowed[0])).toMatch(/being released by AWS/);
    expect(english(buildCleanupReport([item], "aws").allowed[0])).not.toMatch(/sandbox|moto/);
    expect(english(buildCleanupReport([item], "sandbox").allowed[0])).toMatch(/moto keeps/);
  });

  it("counts deleted NAT gateways and terminated instances as gone", () => {
    const report = buildCleanupReport([
      { kind: "nat-gateway", awsId: "nat-1", state: "deleted" },
      { kind: "instance", awsId: "i-1", state: "terminated" },
    ]);
    expect(report).toMatchObject({ isNothingBillableLeft: true, isNothingLeft: true, remaining: [], allowed: [], foreign: [] });
  });

  it("lists an Elastic IP left allocated as billable, with the reason", () => {
    const report = buildCleanupReport([{ kind: "elastic-ip", awsId: "eipalloc-1" }]);
    expect(report.isNothingBillableLeft).toBe(false);
    expect(report.remaining[0]).toMatchObject({ awsId: "eipalloc-1", isBillable: true });
    expect(report.remaining[0].reason).toEqual({ key: "reasonElasticIp" });
    expect(english(report.remaining[0])).toMatch(/bills/);
  });

  it("lists a subnet left behind as remaining but not billable, naming its kind in the reason", () => {
    const report = buildCleanupReport([{ kind: "subnet", awsId: "subnet-1" }]);
    expect(report).toMatchObject({ isNothingBillableLeft: true, isNothingLeft: false });
    expect(report.remaining[0].reason).toEqual({ key: "reasonOther", params: { kind: "subnet" } });
  });

  it("lists the sandbox's orphan interfaces as the allowed remainder, explained", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-1", state: "in-use", vpcExists: false }]);
    expect(report.isNothingLeft).toBe(true);
    expect(english(report.allowed[0])).toMatch(/moto/);
  });

  it("keeps an interface in a VPC that still exists as remaining", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-1", vpcExists: true }]);
    expect(report.isNothingLeft).toBe(false);
  });

  it("lists something not made by the app separately, never as the deployment's", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-2", vpcExists: true, isForeign: true }]);
    expect(report).toMatchObject({ isNothingLeft: true, remaining: [] });
    expect(english(report.foreign[0])).toMatch(/left it alone/);
  });
});
