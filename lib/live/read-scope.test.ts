import { describe, expect, it } from "vitest";
import { filtersFor, readScopeOf } from "./read-scope";

const recorded = [
  { logicalId: "v", kind: "vpc", awsId: "vpc-1" },
  { logicalId: "s", kind: "subnet", awsId: "subnet-1" },
  { logicalId: "g", kind: "internet-gateway", awsId: "igw-1" },
  { logicalId: "g", kind: "igw-attachment", awsId: "igw-1" },
];

describe("where a status refresh looks", () => {
  it("filters on the deployment's tag for what the app deployed", () => {
    const scope = readScopeOf("dep-1", recorded, false);
    expect(filtersFor(scope, "DescribeSubnets")).toEqual([{ Name: "tag:vpcd:deployment", Values: ["dep-1"] }]);
  });

  it("filters on the recorded ids for an adopted deployment, which carries no tag of ours", () => {
    const scope = readScopeOf("dep-1", recorded, true);
    expect(filtersFor(scope, "DescribeSubnets")).toEqual([{ Name: "vpc-id", Values: ["vpc-1"] }]);
    expect(filtersFor(scope, "DescribeVpcs")).toEqual([{ Name: "vpc-id", Values: ["vpc-1"] }]);
    expect(filtersFor(scope, "DescribeInternetGateways")).toEqual([{ Name: "internet-gateway-id", Values: ["igw-1"] }]);
    // No Elastic IP recorded: nothing to ask, so no call.
    expect(filtersFor(scope, "DescribeAddresses")).toBeNull();
  });
});
