import { describe, expect, it } from "vitest";
import { buildCleanupReport } from "./report";

describe("the cleanup report", () => {
  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("counts deleted NAT gateways and terminated instances as gone", () => {
    const report = buildCleanupReport([
      { kind: "nat-gateway", awsId: "nat-1", state: "deleted" },
      { kind: "instance", awsId: "i-1", state: "terminated" },
    ]);
    expect(report).toMatchObject({ isNothingBillableLeft: true, isNothingLeft: true, remaining: [], allowed: [], foreign: [] });
  });

  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("lists an Elastic IP left allocated as billable, with the reason", () => {
    const report = buildCleanupReport([{ kind: "elastic-ip", awsId: "eipalloc-1" }]);
    expect(report.isNothingBillableLeft).toBe(false);
    expect(report.remaining[0]).toMatchObject({ awsId: "eipalloc-1", isBillable: true });
    expect(report.remaining[0].reason).toMatch(/bills/);
  });

  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("lists a subnet left behind as remaining but not billable", () => {
    const report = buildCleanupReport([{ kind: "subnet", awsId: "subnet-1" }]);
    expect(report).toMatchObject({ isNothingBillableLeft: true, isNothingLeft: false });
  });

  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("lists the sandbox's orphan interfaces as the allowed remainder, explained", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-1", state: "in-use", vpcExists: false }]);
    expect(report.isNothingLeft).toBe(true);
    expect(report.allowed[0].reason).toMatch(/moto/);
  });

  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("keeps an interface in a VPC that still exists as remaining", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-1", vpcExists: true }]);
    expect(report.isNothingLeft).toBe(false);
  });

  it("on AWS, explains an interface of the deployment's own instance as being released with it, not as the sandbox's", () => {
    const item = { kind: "network-interface", awsId: "eni-3", vpcExists: true, isOrphan: true };
    expect(buildCleanupReport([item], "aws").allowed[0].reason).toMatch(/being released by AWS/);
    expect(buildCleanupReport([item], "aws").allowed[0].reason).not.toMatch(/sandbox|moto/);
    expect(buildCleanupReport([item], "sandbox").allowed[0].reason).toMatch(/moto keeps/);
  });

  it("lists something not made by the app separately, never as the deployment's", () => {
    const report = buildCleanupReport([{ kind: "network-interface", awsId: "eni-2", vpcExists: true, isForeign: true }]);
    expect(report).toMatchObject({ isNothingLeft: true, remaining: [] });
    expect(report.foreign[0].reason).toMatch(/left it alone/);
  });
});
